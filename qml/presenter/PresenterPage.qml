// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The presenter's console: what the class sees now (a small copy of the
// audience view), what comes next, the presenter notes, the time, the steps
// to jump to, the class vote on quiz steps and the keys. It lives in the main
// window; the class sees the audience window, full screen on the second
// screen. With one screen OneScreenPage is shown instead.
Page {
    id: root

    required property Presentation presentation
    readonly property LessonModel lesson: CaseLibrary.lesson
    readonly property stepInfo step: lesson.current
    /// The time of day, refreshed every second.
    property date now: new Date()

    /// The presenter asked to end: after the confirmation.
    signal endRequested
    /// "guide" or "worksheet": the printable PDF.
    signal printRequested(string kind)
    /// A print dialog is open: the presenter's keys wait.
    property bool printing: false

    background: Rectangle {
        color: Theme.paper
    }

    function askToEnd(): void {
        endDialog.open();
    }

    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: root.now = new Date()
    }

    PresentationKeys {
        id: keys
        presentation: root.presentation
        enabled: !endDialog.visible && !root.printing
        onEndRequested: root.askToEnd()
    }

    title: qsTr("Presenter view")
    Accessible.name: root.title
    header: Rectangle {
        implicitHeight: headerRow.implicitHeight + 16
        color: Theme.card
        border.color: Theme.line
        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Step %1 of %2 · %3").arg(LanguageManager.number(root.lesson.currentIndex + 1)).arg(LanguageManager.number(root.lesson.count)).arg(root.step.title)
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.ink
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Chapter %1 of %2 · %3").arg(LanguageManager.number(root.step.chapterIndex + 1)).arg(LanguageManager.number(root.lesson.chapters.length)).arg(root.step.chapterTitle)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                    elide: Text.ElideRight
                }
            }
            Rectangle {
                objectName: "blankedBadge"
                visible: root.presentation.blanked
                implicitWidth: blankLabel.implicitWidth + 20
                implicitHeight: blankLabel.implicitHeight + 10
                radius: 6
                color: Theme.ink
                Label {
                    id: blankLabel
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: qsTr("■ Screen blank (B)")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.paper
                }
            }
            Rectangle {
                objectName: "jumpBadge"
                visible: root.presentation.jumpArmed || root.presentation.jumpText.length > 0
                implicitWidth: jumpLabel.implicitWidth + 20
                implicitHeight: jumpLabel.implicitHeight + 10
                radius: 6
                color: Theme.card
                border.color: Theme.focus
                border.width: 2
                Label {
                    id: jumpLabel
                    objectName: "jumpText"
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: qsTr("Go to step %1▏ Enter").arg(root.presentation.jumpText)
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.focus
                }
            }
            Label {
                objectName: "elapsed"
                textFormat: Text.PlainText
                text: root.presentation.elapsedText
                font.pixelSize: Theme.fontHeading
                font.bold: true
                font.family: "monospace"
                color: root.presentation.clockRunning ? Theme.ink : Theme.inkMuted
                Accessible.name: qsTr("Time presenting: %1").arg(text)
            }
            Button {
                text: root.presentation.clockRunning ? qsTr("Pause") : qsTr("Resume")
                flat: true
                font.pixelSize: Theme.fontSmall
                focusPolicy: Qt.TabFocus
                Accessible.name: root.presentation.clockRunning ? qsTr("Pause the timer") : qsTr("Resume the timer")
                onClicked: root.presentation.toggleClock()
            }
            Button {
                text: qsTr("Reset")
                flat: true
                font.pixelSize: Theme.fontSmall
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Reset the timer")
                onClicked: root.presentation.resetClock()
            }
            Label {
                objectName: "wallClock"
                textFormat: Text.PlainText
                text: Qt.formatTime(root.now, "hh:mm")
                font.pixelSize: Theme.fontLarge
                color: Theme.inkMuted
                Accessible.name: qsTr("The time: %1").arg(text)
            }
            Button {
                objectName: "guideButton"
                text: qsTr("Guide…")
                flat: true
                font.pixelSize: Theme.fontSmall
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Save the teacher's guide as PDF")
                onClicked: root.printRequested("guide")
            }
            Button {
                objectName: "worksheetButton"
                text: qsTr("Worksheet…")
                flat: true
                font.pixelSize: Theme.fontSmall
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Save a worksheet as PDF: the questions without answers")
                onClicked: root.printRequested("worksheet")
            }
            Button {
                objectName: "endButton"
                text: qsTr("End")
                font.pixelSize: Theme.fontSmall
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("End the presentation")
                onClicked: root.askToEnd()
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 12

        // The steps, by chapter: click one (or type its number and Enter) to go there.
        Rectangle {
            Layout.preferredWidth: Math.round(root.width * 0.2)
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.card
            border.color: Theme.line
            Flickable {
                id: stepList
                objectName: "stepList"
                anchors.fill: parent
                anchors.margins: 4
                clip: true
                contentHeight: stepColumn.height
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                /// Keeps the current step in the upper third of the list.
                function showCurrent(): void {
                    const row = stepRepeater.itemAt(root.lesson.currentIndex);
                    if (!row || height <= 0)
                        return;
                    contentY = Math.max(0, Math.min(row.y - height / 3, contentHeight - height));
                }
                Connections {
                    target: root.presentation // a new step is a new sub-step
                    function onSubStepChanged(): void {
                        Qt.callLater(stepList.showCurrent);
                    }
                }
                onHeightChanged: Qt.callLater(showCurrent)

                Column {
                    id: stepColumn
                    width: stepList.width
                    Repeater {
                        id: stepRepeater
                        model: root.lesson
                        onItemAdded: Qt.callLater(stepList.showCurrent)
                        delegate: ItemDelegate {
                            id: stepRow
                            required property int index
                            required property string title
                            required property string kind
                            required property string chapterTitle
                            required property int stepInChapter
                            readonly property bool current: index === root.lesson.currentIndex
                            width: stepColumn.width
                            padding: 4
                            leftPadding: 8
                            // A chapter's first step carries the chapter's name above it.
                            topPadding: stepInChapter === 0 ? chapterLabel.implicitHeight + 10 : 4
                            focusPolicy: Qt.TabFocus
                            text: "%1  %2".arg(LanguageManager.number(index + 1)).arg(title)
                            font.pixelSize: Theme.fontSmall
                            font.bold: current
                            Accessible.name: qsTr("Go to step %1: %2 (%3)").arg(LanguageManager.number(index + 1)).arg(title).arg(kind)
                            background: Item {
                                Label {
                                    id: chapterLabel
                                    textFormat: Text.PlainText
                                    visible: stepRow.stepInChapter === 0
                                    x: 6
                                    y: 6
                                    width: parent.width - 12
                                    text: stepRow.chapterTitle
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                    color: Theme.accentDark
                                    elide: Text.ElideRight
                                }
                                Rectangle {
                                    anchors.fill: parent
                                    anchors.topMargin: stepRow.topPadding - 4
                                    color: stepRow.current ? Theme.paper : "transparent"
                                    border.width: stepRow.visualFocus ? 2 : (stepRow.current ? 1 : 0)
                                    border.color: stepRow.visualFocus ? Theme.focus : Theme.accent
                                    radius: 4
                                }
                            }
                            contentItem: Label {
                                textFormat: Text.PlainText
                                text: stepRow.text
                                font: stepRow.font
                                color: Theme.ink
                                elide: Text.ElideRight
                                verticalAlignment: Text.AlignVCenter
                            }
                            onClicked: root.presentation.jumpTo(index + 1)
                        }
                    }
                }
            }
        }

        // Now and next.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 5
            spacing: 8
            Label {
                textFormat: Text.PlainText
                text: root.presentation.blanked ? qsTr("The class sees a black screen") : qsTr("The class sees")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.inkMuted
            }
            AudienceView {
                id: preview
                objectName: "consolePreview"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.round(width * 9 / 16)
                Layout.maximumHeight: Math.round(width * 9 / 16)
                enabled: false
                presentation: root.presentation
                border.color: Theme.line
                border.width: 1
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: nextLabel.implicitHeight + 16
                radius: Theme.radius
                color: Theme.card
                border.color: Theme.line
                StyledLabel {
                    id: nextLabel
                    objectName: "nextText"
                    anchors.fill: parent
                    anchors.margins: 8
                    text: PackText.rich(qsTr("<b>Next</b> %1"), [root.presentation.nextText])
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
            }
            Item {
                Layout.fillHeight: true
            }
        }

        // Notes, and the vote on quiz steps.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: 8
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 2
                radius: Theme.radius
                color: Theme.card
                border.color: Theme.focus
                ScrollView {
                    anchors.fill: parent
                    anchors.margins: 8
                    contentWidth: availableWidth
                    StyledLabel {
                        objectName: "presenterNotes"
                        width: parent.width
                        text: PackText.rich(qsTr("<b>Notes</b> %1"), [root.step.presenterNotes.length > 0 ? root.step.presenterNotes : qsTr("(none for this step)")])
                        font.pixelSize: Theme.fontBody
                        lineHeight: 1.2
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                }
            }
            VotePanel {
                objectName: "votePanel"
                visible: root.presentation.onQuiz
                Layout.fillWidth: true
                Layout.preferredHeight: 3
                Layout.fillHeight: true
                presentation: root.presentation
            }
        }
    }

    footer: Rectangle {
        implicitHeight: keyGuide.implicitHeight + 12
        color: Theme.card
        border.color: Theme.line
        StyledLabel {
            id: keyGuide
            objectName: "keyGuide"
            anchors.fill: parent
            anchors.margins: 6
            anchors.leftMargin: Theme.spacing
            text: qsTr("<b>Two screens</b>: the class sees the audience window · ") + (root.presentation.digitsVote ? qsTr("<b>1–4</b> count a hand · <b>Backspace</b> takes one back · <b>G</b>, number, <b>Enter</b> go to a step") : qsTr("<b>Number</b>, <b>Enter</b> go to a step")) + qsTr(" · <b>→ PgDn Space</b> next · <b>← PgUp</b> back · <b>B</b> or <b>.</b> blank · <b>F</b> full screen · <b>Esc</b> leave full screen, then end")
            font.pixelSize: Theme.fontSmall
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
    }

    EndPresentationDialog {
        id: endDialog
        anchors.centerIn: parent
        detail: qsTr("The audience window closes. The class's votes are forgotten.")
        onAccepted: root.endRequested()
    }
}
