// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The first screen: what the case is, its articles, and the two ways in.
Page {
    id: root

    signal presentRequested
    signal studyRequested
    signal openPackRequested
    signal pageRequested(string page)
    /// "guide" or "worksheet": the printable PDF.
    signal printRequested(string kind)

    title: CaseLibrary.title
    Accessible.name: root.title
    background: Rectangle {
        color: Theme.paper
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentWidth)
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("CLAIMSCOPE · A CASE IN MEDIA LITERACY")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    font.letterSpacing: 1.5
                    color: Theme.accent
                }
                LinkButton {
                    text: qsTr("Open case pack…")
                    Accessible.name: qsTr("Open another case pack")
                    onClicked: root.openPackRequested()
                }
                LinkButton {
                    objectName: "studioButton"
                    text: qsTr("Make or adapt a case")
                    Accessible.name: qsTr("Make or adapt a case in the studio")
                    onClicked: root.pageRequested("studio")
                }
                LinkButton {
                    objectName: "settingsButton"
                    text: qsTr("Settings")
                    Accessible.name: qsTr("Settings: text size, colours, motion")
                    onClicked: root.pageRequested("settings")
                }
            }
            Label {
                id: caseTitle
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: CaseLibrary.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: CaseLibrary.periodText
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.maximumWidth: 900
                text: CaseLibrary.summary
                font.pixelSize: Theme.fontBody
                lineHeight: 1.25
                color: Theme.ink
                wrapMode: Text.WordWrap
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                spacing: Theme.spacing
                ModeButton {
                    id: presentButton
                    objectName: "presentButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    primary: true
                    text: qsTr("Present to a class")
                    description: qsTr("Full-screen steps for a projector, with presenter notes.")
                    focus: true
                    onClicked: root.presentRequested()
                }
                ModeButton {
                    id: studyButton
                    objectName: "studyButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Work through it myself")
                    description: qsTr("Read the coverage, answer the checks, see how you did.")
                    onClicked: root.studyRequested()
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Or explore:")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                }
                Repeater {
                    model: [
                        {
                            page: "article",
                            label: qsTr("Read the articles")
                        },
                        {
                            page: "blame",
                            label: qsTr("Who blamed whom")
                        },
                        {
                            page: "coverage",
                            label: qsTr("How the coverage shifted")
                        },
                        {
                            page: "quiz",
                            label: qsTr("Check yourself")
                        }
                    ]
                    delegate: LinkButton {
                        required property var modelData
                        objectName: modelData.page + "Link"
                        text: modelData.label
                        font.underline: true
                        Accessible.name: modelData.label
                        onClicked: root.pageRequested(modelData.page)
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("On paper:")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                }
                Repeater {
                    model: [
                        {
                            kind: "guide",
                            label: qsTr("Teacher's guide…"),
                            name: qsTr("Save the teacher's guide as PDF: the lesson plan with notes and answers")
                        },
                        {
                            kind: "worksheet",
                            label: qsTr("Worksheet…"),
                            name: qsTr("Save a worksheet as PDF: the questions without answers, for classes without devices")
                        }
                    ]
                    delegate: LinkButton {
                        required property var modelData
                        objectName: modelData.kind + "Button"
                        text: modelData.label
                        font.underline: true
                        Accessible.name: modelData.name
                        onClicked: root.printRequested(modelData.kind)
                    }
                }
            }

            Label {
                objectName: "articleCount"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("The coverage you will examine: %Ln article(s)", "", CaseLibrary.articles.count)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            GridLayout {
                id: grid
                Layout.fillWidth: true
                columns: column.width > 1000 ? 4 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    objectName: "articleRepeater"
                    model: CaseLibrary.articles
                    delegate: ArticleCard {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: CaseLibrary.contentNotice
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
                wrapMode: Text.WordWrap
            }
        }
    }
}
