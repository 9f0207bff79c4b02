// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// Presenting on one screen (a laptop mirrored onto the projector): the class
// sees everything this window shows, so it shows the audience view and no
// console. Below it a small strip for the teacher (T hides it) with nothing
// that answers a question: the step, the title of what comes next, the hands
// counted in all, the time and the mode. Notes and answers appear only when
// the teacher presses N and confirms that the class will see them, and go
// away at the next move.
Page {
    id: root
    title: qsTr("Presenting on one screen")
    Accessible.name: root.title
    objectName: "oneScreenPage"

    required property Presentation presentation
    readonly property LessonModel lesson: CaseLibrary.lesson
    readonly property stepInfo step: lesson.current
    /// The teacher's strip is shown (T toggles it).
    property bool stripShown: true

    /// The presenter asked to end: after the confirmation.
    signal endRequested

    background: Rectangle {
        color: root.presentation.blanked ? Theme.blank : Theme.paper
    }

    function askToEnd(): void {
        endDialog.open();
    }
    /// N: notes and answers after the warning; N again hides them.
    function askToPeek(): void {
        if (root.presentation.peeking)
            root.presentation.peeking = false;
        else
            peekDialog.open();
    }

    PresentationKeys {
        id: keys
        presentation: root.presentation
        enabled: !endDialog.visible && !peekDialog.visible
        onEndRequested: root.askToEnd()
    }
    Shortcut {
        sequences: ["N"]
        context: Qt.ApplicationShortcut
        enabled: keys.enabled
        onActivated: root.askToPeek()
    }
    Shortcut {
        sequences: ["T"]
        context: Qt.ApplicationShortcut
        enabled: keys.enabled
        onActivated: root.stripShown = !root.stripShown
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        AudienceView {
            id: audience
            objectName: "oneScreenAudience"
            Layout.fillWidth: true
            Layout.fillHeight: true
            presentation: root.presentation
        }

        // The teacher's strip: the class sees it too, so it answers nothing.
        Rectangle {
            id: strip
            objectName: "teacherStrip"
            visible: root.stripShown && !root.presentation.blanked
            Layout.fillWidth: true
            implicitHeight: stripColumn.implicitHeight + 8
            color: Theme.card
            border.color: Theme.line
            ColumnLayout {
                id: stripColumn
                anchors.fill: parent
                anchors.margins: 4
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        objectName: "stripStep"
                        textFormat: Text.PlainText
                        text: qsTr("Step %1 of %2").arg(LanguageManager.number(root.lesson.currentIndex + 1)).arg(LanguageManager.number(root.lesson.count))
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.ink
                    }
                    Label {
                        objectName: "stripNext"
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: root.presentation.nextTextForClass
                        font.pixelSize: Theme.fontSmall
                        color: Theme.ink
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "stripJump"
                        textFormat: Text.PlainText
                        visible: root.presentation.jumpArmed || root.presentation.jumpText.length > 0
                        text: qsTr("Go to step %1▏ Enter").arg(root.presentation.jumpText)
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.focus
                    }
                    Label {
                        objectName: "stripHands"
                        textFormat: Text.PlainText
                        visible: root.presentation.itemVotable
                        // The hands in all, never per choice: the class sees this strip.
                        text: qsTr("%Ln hand(s) counted", "", root.presentation.totalVotes)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.ink
                    }
                    Label {
                        objectName: "stripElapsed"
                        textFormat: Text.PlainText
                        text: root.presentation.elapsedText
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        font.family: "monospace"
                        color: root.presentation.clockRunning ? Theme.ink : Theme.inkMuted
                        Accessible.name: qsTr("Time presenting: %1").arg(text)
                    }
                }
                StyledLabel {
                    objectName: "keyGuide"
                    Layout.fillWidth: true
                    text: (root.presentation.digitsVote ? qsTr("<b>One screen</b>: the class sees all of this · <b>1–4</b> count a hand · <b>G</b>, number, <b>Enter</b> go to a step") : qsTr("<b>One screen</b>: the class sees all of this · <b>Number</b>, <b>Enter</b> go to a step")) + qsTr(" · <b>→</b> next · <b>←</b> back · <b>B</b> blank · <b>N</b> notes and answers, after a warning · <b>T</b> this strip · <b>F</b> full screen · <b>Esc</b> leave full screen, then end")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    // Notes and answers: created only while the teacher has asked for them.
    Loader {
        objectName: "peekLoader"
        active: root.presentation.peeking && !root.presentation.blanked
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 12
        anchors.bottomMargin: (strip.visible ? strip.height : 0) + 12
        width: Math.round(parent.width * 0.42)
        sourceComponent: Rectangle {
            objectName: "peekPanel"
            radius: Theme.radius
            color: Theme.card
            border.color: Theme.warning
            border.width: 3
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 10
                spacing: 8
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("The class sees this. N or Esc hides it.")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
                // The notes as tall as they are (at most half the panel), the hands below them.
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: !root.presentation.onQuiz
                    Layout.preferredHeight: Math.min(notesColumn.implicitHeight, root.height * 0.35)
                    contentWidth: availableWidth
                    ColumnLayout {
                        id: notesColumn
                        width: parent.width
                        spacing: 8
                        StyledLabel {
                            objectName: "peekNotes"
                            Layout.fillWidth: true
                            text: PackText.rich(qsTr("<b>Notes</b> %1"), [root.step.presenterNotes.length > 0 ? root.step.presenterNotes : qsTr("(none for this step)")])
                            font.pixelSize: Theme.fontBody
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                        StyledLabel {
                            objectName: "peekExplanation"
                            visible: root.presentation.onQuiz
                            Layout.fillWidth: true
                            text: root.presentation.onQuiz ? PackText.rich(qsTr("<b>Why</b> %1"), [root.presentation.answer.explanation]) : ""
                            font.pixelSize: Theme.fontBody
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                    }
                }
                VotePanel {
                    objectName: "peekVotes"
                    visible: root.presentation.onQuiz
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    presentation: root.presentation
                }
            }
        }
    }

    Dialog {
        id: peekDialog
        objectName: "peekDialog"
        anchors.centerIn: parent
        width: Math.min(root.width - 40, 560)
        modal: true
        title: qsTr("The class will see this")
        Label {
            textFormat: Text.PlainText
            width: peekDialog.availableWidth
            text: qsTr("On one screen the class sees everything you see. Show the presenter notes and, on a question, its answer and the hands per choice?")
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        footer: DialogButtonBox {
            Button {
                objectName: "cancelPeek"
                text: qsTr("Keep them hidden")
                font.pixelSize: Theme.fontBody
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                Accessible.name: text
            }
            Button {
                objectName: "confirmPeek"
                text: qsTr("Show them to everyone")
                font.pixelSize: Theme.fontBody
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                Accessible.name: text
            }
        }
        onOpened: peekDialog.footer.forceActiveFocus()
        onAccepted: root.presentation.peeking = true
    }

    EndPresentationDialog {
        id: endDialog
        anchors.centerIn: parent
        detail: qsTr("The class's votes are forgotten.")
        onAccepted: root.endRequested()
    }
}
