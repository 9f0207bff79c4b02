// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The guided story: one lesson step at a time, with chapter progress.
// → / ← (or Alt+→ / Alt+← anywhere) move through the steps; a step with
// something hidden shows it first.
Page {
    id: root

    readonly property LessonModel lesson: CaseLibrary.lesson
    readonly property var step: lesson.current
    property bool presenting: false
    property bool notesShown: presenting
    signal backRequested
    signal showInArticle(string articleId, string claimId, string quote)

    background: Rectangle { color: Theme.paper }
    focus: true

    Keys.onRightPressed: lesson.advance()
    Keys.onLeftPressed: lesson.previous()
    Keys.onEscapePressed: root.backRequested()
    Shortcut {
        sequences: ["Alt+Right"]
        onActivated: root.lesson.advance()
    }
    Shortcut {
        sequences: ["Alt+Left"]
        onActivated: root.lesson.previous()
    }
    Shortcut {
        sequences: ["N"]
        enabled: root.presenting
        onActivated: root.notesShown = !root.notesShown
    }

    header: PageHeader {
        title: root.step.chapterTitle ?? ""
        subtitle: qsTr("Chapter %1 of %2 · step %3 of %4").arg((root.step.chapterIndex ?? 0) + 1).arg(root.lesson.chapters.length)
                  .arg((root.step.stepInChapter ?? 0) + 1).arg(root.step.stepsInChapter ?? 0)
        onBackRequested: root.backRequested()
        Repeater {
            model: root.lesson.chapters
            delegate: Button {
                id: chip
                required property var modelData
                required property int index
                readonly property bool current: index === root.lesson.currentChapter
                text: index + 1
                flat: true
                font.pixelSize: Theme.fontSmall
                font.bold: current
                background: Rectangle {
                    implicitWidth: 40
                    implicitHeight: 40
                    radius: 20
                    color: chip.current ? Theme.accent : (chip.hovered ? Theme.paper : "transparent")
                    border.width: chip.visualFocus ? Theme.focusWidth : (chip.current ? 0 : 1)
                    border.color: chip.visualFocus ? Theme.focus : Theme.line
                }
                contentItem: Text {
                    text: chip.text
                    font: chip.font
                    color: chip.current ? Theme.inkOnAccent : Theme.ink
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                implicitWidth: 44
                Accessible.name: qsTr("Chapter %1: %2").arg(index + 1).arg(modelData.title)
                ToolTip.visible: hovered
                ToolTip.text: modelData.title
                onClicked: root.lesson.currentIndex = modelData.firstStep
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 10

        StepView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            step: root.step
            revealed: root.lesson.revealed
            quizComponent: quizStep
            onShowInArticle: (articleId, claimId, quote) => root.showInArticle(articleId, claimId, quote)
        }

        Rectangle {
            Layout.fillWidth: true
            visible: root.presenting && root.notesShown
            implicitHeight: notesLabel.implicitHeight + 20
            radius: Theme.radius
            color: Theme.infoPaper
            border.color: Theme.focus
            Label {
                id: notesLabel
                anchors.fill: parent
                anchors.margins: 10
                text: qsTr("<b>Presenter notes</b> (N hides them): %1").arg(root.step.presenterNotes ?? "")
                textFormat: Text.StyledText
                font.pixelSize: Theme.fontSmall
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "previousButton"
                text: qsTr("← Previous")
                enabled: root.lesson.canGoPrevious
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Previous step")
                onClicked: root.lesson.previous()
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Step %1 of %2").arg(root.lesson.currentIndex + 1).arg(root.lesson.count)
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
            }
            Button {
                objectName: "revealButton"
                visible: (root.step.reveal ?? "").length > 0 && !root.lesson.revealed
                text: qsTr("Reveal")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Reveal what comes next")
                onClicked: root.lesson.reveal()
            }
            PrimaryButton {
                objectName: "nextButton"
                text: root.lesson.canGoNext ? qsTr("Next →") : qsTr("Finish")
                Accessible.name: root.lesson.canGoNext ? qsTr("Next step") : qsTr("Finish the lesson")
                onClicked: root.lesson.canGoNext ? root.lesson.advance() : root.backRequested()
            }
        }
    }

    Component {
        id: quizStep
        QuizPage {
            objectName: "stepQuiz"
            itemIds: root.step.quiz ?? []
            onFinished: root.lesson.next()
        }
    }
}
