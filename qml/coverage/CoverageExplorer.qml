// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// How the coverage shifted: a time scrubber over the phases, the claims per
// day, and for the current phase what was said then against what is known now.
FocusScope {
    id: root

    property date cutoff
    /// In a lesson step: less room, so the phase's framing and headline
    /// examples and the speaker totals give way to the chart (the step's
    /// own text frames it).
    property bool compact: false
    readonly property coveragePhase phase: CaseLibrary.coverage.phase

    implicitWidth: 1200
    implicitHeight: 600

    onCutoffChanged: if (!isNaN(cutoff.getTime()))
        CaseLibrary.coverage.cutoff = cutoff
    Component.onCompleted: if (!isNaN(cutoff.getTime()))
        CaseLibrary.coverage.cutoff = cutoff

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        DateScrubber {
            id: scrubber
            objectName: "coverageScrubber"
            Layout.fillWidth: true
            focus: true
            dayCount: CaseLibrary.coverage.dayCount
            dayIndex: CaseLibrary.coverage.dayIndex
            firstDate: CaseLibrary.coverage.firstDate
            dateText: CaseLibrary.coverage.cutoffText
            markers: CaseLibrary.coverage.eventDays
            onMoved: index => CaseLibrary.coverage.dayIndex = index
            onNextEventRequested: CaseLibrary.coverage.stepToNextEvent()
            onPreviousEventRequested: CaseLibrary.coverage.stepToPreviousEvent()
        }

        // Phase bands, to scale with the scrubber.
        Item {
            id: bands
            Layout.leftMargin: scrubber.trackX
            Layout.preferredWidth: scrubber.trackWidth
            implicitHeight: 30
            Repeater {
                model: CaseLibrary.coverage.phases
                delegate: Rectangle {
                    id: band
                    required property coveragePhase modelData
                    required property int index
                    // On the scrubber's squeezed axis: from its first day to its last.
                    readonly property var positions: scrubber.axis.positions
                    x: (positions[modelData.startIndex] ?? 0) * bands.width
                    width: Math.max(4, ((positions[modelData.endIndex] ?? 0) - (positions[modelData.startIndex] ?? 0)) * bands.width)
                    height: 30
                    radius: 4
                    color: index === CaseLibrary.coverage.currentPhase ? Theme.accent : (modelData.reached ? Theme.trackDone : Theme.trackAhead)
                    border.color: Theme.card
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.title + ", " + modelData.datesText
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 6
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: phaseColumn.implicitHeight + 20
                    radius: Theme.radius
                    color: Theme.card
                    border.color: Theme.accent
                    border.width: 2
                    ColumnLayout {
                        id: phaseColumn
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 4
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: root.phase.title + (root.phase.datesText ? "  ·  " + root.phase.datesText : "")
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.accent
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            visible: !root.compact
                            text: root.phase.framing
                            font.pixelSize: Theme.fontBody
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            visible: !root.compact && root.phase.headlineExamples.length > 0
                            text: qsTr("Headline language: %1").arg(root.phase.headlineExamples.map(h => PackText.plain("“%1”", [h])).join("  "))
                            font.pixelSize: Theme.fontSmall
                            font.italic: true
                            color: Theme.inkMuted
                            wrapMode: Text.WordWrap
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Claims per day by")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.inkMuted
                    }
                    RadioButton {
                        id: byStance
                        checked: true
                        text: qsTr("stance")
                        font.pixelSize: Theme.fontSmall
                        Accessible.name: qsTr("Chart by stance")
                    }
                    RadioButton {
                        text: qsTr("who is speaking")
                        font.pixelSize: Theme.fontSmall
                        Accessible.name: qsTr("Chart by attribution: named, anonymous, official, state media")
                    }
                }
                // Who is speaking, so far: a colour chip and words in ink.
                Flow {
                    Layout.fillWidth: true
                    visible: !root.compact
                    spacing: Theme.spacing
                    Repeater {
                        model: CaseLibrary.coverage.attributionTotals
                        delegate: Row {
                            id: total
                            required property vocabularyCount modelData
                            spacing: 6
                            Accessible.role: Accessible.StaticText
                            Accessible.name: PackText.plain("%1 %2", [total.modelData.label, total.modelData.count])
                            // The chip carries the colour (and the marker), the words stay ink.
                            Rectangle {
                                anchors.verticalCenter: parent.verticalCenter
                                width: Theme.fontSmall
                                height: Theme.fontSmall
                                radius: 2
                                color: total.modelData.color
                                Accessible.ignored: true
                            }
                            Label {
                                textFormat: Text.PlainText
                                text: PackText.plain("%1 %2", [total.modelData.label, total.modelData.count])
                                font.pixelSize: Theme.fontSmall
                                color: Theme.ink
                                Accessible.ignored: true
                            }
                        }
                    }
                }
                CoverageChart {
                    objectName: "coverageChart"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: root.compact ? 140 : 200
                    byAttribution: !byStance.checked
                }
            }

            ColumnLayout {
                Layout.fillWidth: false
                Layout.preferredWidth: root.compact ? 340 : 400
                Layout.fillHeight: true
                spacing: 6
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Said then — known now")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    objectName: "knownAsOf"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: CaseLibrary.coverage.knownAsOfText
                    textFormat: Text.PlainText
                    font.pixelSize: 13
                    color: Theme.inkMuted
                    wrapMode: Text.WordWrap
                }
                ListView {
                    id: thenNow
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 6
                    model: CaseLibrary.coverage.thenVsNowList
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    Accessible.role: Accessible.List
                    // Only the cards in view exist: the name says the real count.
                    Accessible.name: qsTr("Claims of this phase, with what was established later: %Ln", "", thenNow.count)
                    ScrollBar.vertical: ScrollBar {}
                    delegate: Rectangle {
                        id: claimCard
                        required property claimCard card
                        width: thenNow.width - 14
                        implicitHeight: cardColumn.implicitHeight + 16
                        radius: 8
                        color: Theme.card
                        border.color: ListView.isCurrentItem && thenNow.activeFocus ? Theme.focus : Theme.line
                        border.width: ListView.isCurrentItem && thenNow.activeFocus ? Theme.focusWidth : 1
                        Accessible.role: Accessible.ListItem
                        Accessible.name: card.dateText + ", " + card.claimant + ": " + card.paraphrase + ". " + card.outcome.statusLabel + ": " + card.outcome.statusNote + " " + card.outcome.sinceThen
                        ColumnLayout {
                            id: cardColumn
                            anchors.fill: parent
                            anchors.margins: 8
                            spacing: 3
                            StyledLabel {
                                Layout.fillWidth: true
                                text: PackText.rich("<b>%1</b> · %2 · %3", [claimCard.card.claimant, claimCard.card.dateText, claimCard.card.attributionLabel])
                                font.pixelSize: 13
                                color: Theme.inkMuted
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: PackText.plain(qsTr("Then: %1"), [claimCard.card.paraphrase])
                                font.pixelSize: Theme.fontSmall
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Now: %1").arg(claimCard.card.outcome.statusLabel)
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                                Accessible.description: claimCard.card.outcome.statusDescription
                            }
                            Label {
                                Layout.fillWidth: true
                                text: claimCard.card.outcome.statusNote
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.fontSmall
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: claimCard.card.outcome.sinceThen
                                textFormat: Text.PlainText
                                font.pixelSize: 13
                                color: Theme.inkMuted
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }
        }
    }
}
