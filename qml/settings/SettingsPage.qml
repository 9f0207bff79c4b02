// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// Text size, colours, motion, the booster delay and the language. Every change applies at
// once and is remembered on this computer (AppSettings).
Page {
    id: root

    signal backRequested

    objectName: "settingsPage"
    title: qsTr("Settings")
    Accessible.name: root.title
    background: Rectangle {
        color: Theme.paper
    }

    header: PageHeader {
        title: qsTr("Settings")
        subtitle: qsTr("Changes apply at once and are remembered on this computer.")
        onBackRequested: root.backRequested()
    }

    Keys.onEscapePressed: root.backRequested()

    component SectionTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: 10
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.ink
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin / 2
            width: Math.min(flick.width - 2 * Theme.margin, 900)
            spacing: 8

            // ------------------------------------------------ text size
            SectionTitle {
                Layout.topMargin: 0
                text: qsTr("Text size")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("A")
                    font.pixelSize: Math.round(15 * AppSettings.minFontScale)
                    color: Theme.inkMuted
                    Accessible.ignored: true
                }
                Slider {
                    id: fontSlider
                    objectName: "fontScaleSlider"
                    Layout.fillWidth: true
                    from: AppSettings.minFontScale
                    to: AppSettings.maxFontScale
                    stepSize: 0.05
                    snapMode: Slider.SnapAlways
                    value: AppSettings.fontScale
                    // Qt Quick's accessible Value interface reads these names, not from and to.
                    readonly property real minimumValue: from
                    readonly property real maximumValue: to
                    focus: true
                    Accessible.name: qsTr("Text size: %1 percent").arg(Math.round(value * 100))
                    Accessible.description: qsTr("Arrow keys change the size in steps of 5 percent. For a large room, try 150 percent.")
                    onMoved: AppSettings.fontScale = Math.round(value * 100) / 100
                }
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("A")
                    font.pixelSize: 30
                    color: Theme.inkMuted
                    Accessible.ignored: true
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.preferredWidth: Math.round(80 * Theme.fontScale)
                    text: qsTr("%1 %").arg(Math.round(AppSettings.fontScale * 100))
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.ink
                    horizontalAlignment: Text.AlignRight
                }
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: preview.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.card
                border.color: Theme.line
                border.width: Theme.borderWidth
                ColumnLayout {
                    id: preview
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 4
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: qsTr("Preview")
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.accent
                    }
                    Label {
                        objectName: "previewText"
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: qsTr("Who said it, when, and on what evidence? Ask these three questions of every claim you read.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                }
            }

            // ------------------------------------------------ colours
            SectionTitle {
                text: qsTr("Colours")
            }
            ButtonGroup {
                id: themeGroup
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: [
                        {
                            id: "light",
                            label: qsTr("Light"),
                            description: qsTr("Dark text on warm paper.")
                        },
                        {
                            id: "dark",
                            label: qsTr("Dark"),
                            description: qsTr("Light text on a dark background, for dim rooms.")
                        },
                        {
                            id: "contrast",
                            label: qsTr("High contrast"),
                            description: qsTr("Black on white, thick outlines: for projectors and low vision.")
                        }
                    ]
                    delegate: RadioButton {
                        id: choice
                        required property var modelData
                        required property int index
                        readonly property var swatch: Theme.palettes[index]
                        objectName: "theme_" + modelData.id
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        ButtonGroup.group: themeGroup
                        checked: AppSettings.theme === modelData.id
                        text: modelData.label
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("%1 colours").arg(modelData.label)
                        Accessible.description: modelData.description
                        onToggled: AppSettings.theme = modelData.id
                        // Drawn by us: beside the name rather than mid-card, with the theme's focus ring.
                        indicator: Rectangle {
                            x: choice.leftPadding
                            y: choice.topPadding + Math.max(0, (Theme.fontBody * 1.35 - height) / 2)
                            implicitWidth: 24
                            implicitHeight: 24
                            radius: 12
                            color: Theme.card
                            border.width: choice.visualFocus ? Theme.focusWidth : 2
                            border.color: choice.visualFocus ? Theme.focus : Theme.ink
                            Rectangle {
                                anchors.centerIn: parent
                                width: 12
                                height: 12
                                radius: 6
                                color: Theme.accent
                                visible: choice.checked
                            }
                        }
                        contentItem: ColumnLayout {
                            spacing: 6
                            Label {
                                textFormat: Text.PlainText
                                Layout.leftMargin: choice.indicator.width + choice.spacing
                                Layout.fillWidth: true
                                text: choice.text
                                font: choice.font
                                color: Theme.ink
                            }
                            // A swatch of the palette: its paper, a card with text, and its accent.
                            Rectangle {
                                Layout.leftMargin: choice.indicator.width + choice.spacing
                                Layout.fillWidth: true
                                implicitHeight: 52
                                radius: 6
                                color: choice.swatch.paper
                                border.color: choice.swatch.line
                                border.width: choice.swatch.borderWidth
                                Accessible.ignored: true
                                Rectangle {
                                    x: 8
                                    y: 8
                                    width: parent.width * 0.55
                                    height: parent.height - 16
                                    radius: 4
                                    color: choice.swatch.card
                                    border.color: choice.swatch.line
                                    Text {
                                        textFormat: Text.PlainText
                                        anchors.centerIn: parent
                                        text: qsTr("Aa")
                                        font.pixelSize: 20
                                        font.bold: true
                                        color: choice.swatch.ink
                                    }
                                }
                                Rectangle {
                                    anchors.right: parent.right
                                    anchors.rightMargin: 8
                                    anchors.verticalCenter: parent.verticalCenter
                                    width: parent.width * 0.28
                                    height: 28
                                    radius: 4
                                    color: choice.swatch.accent
                                    Text {
                                        textFormat: Text.PlainText
                                        anchors.centerIn: parent
                                        text: "→"
                                        font.pixelSize: 18
                                        font.bold: true
                                        color: choice.swatch.inkOnAccent
                                    }
                                }
                            }
                            Label {
                                textFormat: Text.PlainText
                                Layout.leftMargin: choice.indicator.width + choice.spacing
                                Layout.fillWidth: true
                                text: choice.modelData.description
                                font.pixelSize: Theme.fontSmall
                                color: Theme.inkMuted
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }

            // ------------------------------------------------ motion and booster, side by side
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing * 2
                rowSpacing: 8

                SectionTitle {
                    Layout.preferredWidth: 1
                    text: qsTr("Motion")
                }
                SectionTitle {
                    Layout.preferredWidth: 1
                    text: qsTr("Booster check")
                }
                Switch {
                    id: motionSwitch
                    objectName: "reducedMotionSwitch"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    text: qsTr("Reduce motion: pages do not slide, timelines jump instead of playing")
                    font.pixelSize: Theme.fontBody
                    checked: AppSettings.reducedMotion
                    Accessible.name: qsTr("Reduce motion")
                    Accessible.description: text
                    onToggled: AppSettings.reducedMotion = checked
                    contentItem: Label {
                        textFormat: Text.PlainText
                        leftPadding: motionSwitch.indicator.width + motionSwitch.spacing
                        text: motionSwitch.text
                        font: motionSwitch.font
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing
                    SpinBox {
                        id: boosterBox
                        objectName: "boosterSpinBox"
                        from: 0
                        to: AppSettings.maxBoosterDelayDays
                        value: AppSettings.boosterDelayDays
                        editable: true
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("Days before the booster check: %1").arg(value)
                        Accessible.description: qsTr("A short check of fresh items, offered this many days after finishing the case; 0 offers it straight away.")
                        onValueModified: AppSettings.boosterDelayDays = value
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        //: After a number box holding the count; %Ln is that count, not shown in this text.
                        text: qsTr("day(s) after finishing the case, a short check of fresh items", "", boosterBox.value)
                        font.pixelSize: Theme.fontBody
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                }
            }

            // ------------------------------------------------ language
            SectionTitle {
                text: qsTr("Language")
            }
            ButtonGroup {
                id: languageGroup
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    // Codes only: a retranslation then changes the texts, not the buttons (focus stays).
                    model: [""].concat(LanguageManager.choices.map(choice => choice.code))
                    delegate: RadioButton {
                        id: languageChoice
                        required property string modelData
                        objectName: "language_" + (modelData || "system")
                        ButtonGroup.group: languageGroup
                        checked: AppSettings.language === modelData
                        //: The language setting's first choice; %1 is the name of the computer's language in that language, e.g. "Deutsch".
                        text: modelData === "" ? qsTr("System default (%1)").arg(LanguageManager.nativeName(LanguageManager.systemLanguage)) : LanguageManager.nativeName(modelData)
                        font.pixelSize: Theme.fontBody
                        Accessible.name: text
                        onToggled: AppSettings.language = modelData
                        contentItem: Label {
                            textFormat: Text.PlainText
                            leftPadding: languageChoice.mirrored ? 0 : languageChoice.indicator.width + languageChoice.spacing
                            rightPadding: languageChoice.mirrored ? languageChoice.indicator.width + languageChoice.spacing : 0
                            text: languageChoice.text
                            font: languageChoice.font
                            color: Theme.ink
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }

            // ------------------------------------------------ reset
            QuizButton {
                objectName: "resetButton"
                Layout.topMargin: 8
                kind: "secondary"
                text: qsTr("Reset to defaults")
                Accessible.name: qsTr("Reset all settings to their defaults")
                onClicked: AppSettings.resetToDefaults()
            }
        }
    }
}
