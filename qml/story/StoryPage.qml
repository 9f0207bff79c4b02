// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The guided story: one lesson step at a time, with chapter progress.
// → / ← (or Alt+→ / Alt+← anywhere) move through the steps; a step with
// something hidden shows it first. On a quiz step they move through the
// questions: → goes on only from a question that was answered (checked) or
// skipped, and leaves the step once the results show.
Page {
    id: root

    readonly property LessonModel lesson: CaseLibrary.lesson
    readonly property stepInfo step: lesson.current
    signal backRequested
    signal showInArticle(string articleId, string claimId, string quote)

    /// The quiz of the current step while one shows (its actions sit in the
    /// control row at the bottom).
    property QuizPage activeQuiz: null
    readonly property bool quizRunning: root.activeQuiz !== null && !root.activeQuiz.session.finished
    /// Set when → was pressed on a question not yet answered.
    property bool quizHintShown: false

    /// → : the next question or step (LessonModel.forward()).
    function forward(): void {
        const quiz = root.activeQuiz;
        if (root.lesson.forward(quiz ? quiz.session : null) === LessonModel.NeedsAnswer) {
            root.quizHintShown = true;
            quiz.actions?.focusOnward();
        }
    }
    /// ← : the previous question, or the previous step.
    function back(): void {
        root.lesson.back(root.activeQuiz ? root.activeQuiz.session : null);
    }
    readonly property bool revealed: root.lesson.revealed

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Story: %1").arg(root.step.chapterTitle)

    // Only unfocused labels change with the step, so a screen reader is told
    // where the class is, the step's title and its text; and what a reveal shows.
    onStepChanged: {
        root.quizHintShown = false;
        const title = /[.?!:…]$/.test(root.step.title.trim()) ? root.step.title : root.step.title + ".";
        Announcer.announce(root, qsTr("Step %1 of %2: %3 %4").arg(LanguageManager.number(root.step.index + 1)).arg(LanguageManager.number(root.lesson.count)).arg(title).arg(root.step.text));
    }
    onRevealedChanged: {
        if (root.revealed)
            Announcer.announce(root, root.step.reveal);
    }
    Connections {
        target: root.activeQuiz ? root.activeQuiz.session : null
        ignoreUnknownSignals: true
        function onCurrentIndexChanged(): void {
            root.quizHintShown = false;
        }
    }

    background: Rectangle {
        color: Theme.paper
    }
    focus: true

    Keys.onRightPressed: root.forward()
    Keys.onLeftPressed: root.back()
    Keys.onEscapePressed: root.backRequested()
    Shortcut {
        sequences: ["Alt+Right"]
        onActivated: root.forward()
    }
    Shortcut {
        sequences: ["Alt+Left"]
        onActivated: root.back()
    }

    header: PageHeader {
        title: root.step.chapterTitle
        subtitle: qsTr("Chapter %1 of %2 · step %3 of %4").arg(LanguageManager.number(root.step.chapterIndex + 1)).arg(LanguageManager.number(root.lesson.chapters.length)).arg(LanguageManager.number(root.step.stepInChapter + 1)).arg(LanguageManager.number(root.step.stepsInChapter))
        onBackRequested: root.backRequested()
        Repeater {
            model: root.lesson.chapters
            delegate: Button {
                id: chip
                objectName: "chapterChip"
                required property chapterInfo modelData
                required property int index
                readonly property bool current: index === root.lesson.currentChapter
                // Read again when the language changes (revision), in its digits.
                text: LanguageManager.revision, LanguageManager.number(index + 1)
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
                    textFormat: Text.PlainText
                    text: chip.text
                    font: chip.font
                    color: chip.current ? Theme.inkOnAccent : Theme.ink
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                implicitWidth: 44
                Accessible.name: qsTr("Chapter %1: %2").arg(LanguageManager.number(index + 1)).arg(modelData.title)
                PlainToolTip {
                    visible: chip.hovered
                    text: chip.modelData.title
                }
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

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "previousButton"
                text: root.activeQuiz ? qsTr("← Previous step") : qsTr("← Previous")
                enabled: root.lesson.canGoPrevious
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Previous step")
                onClicked: root.lesson.previous()
            }
            Label {
                objectName: "stepLabel"
                textFormat: Text.PlainText
                readonly property bool hint: root.quizHintShown && root.quizRunning && !(root.activeQuiz && root.activeQuiz.questionView.answered)
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: hint ? qsTr("Answer or skip this question to go on") : qsTr("Step %1 of %2").arg(LanguageManager.number(root.lesson.currentIndex + 1)).arg(LanguageManager.number(root.lesson.count))
                font.pixelSize: Theme.fontSmall
                font.bold: hint
                color: hint ? Theme.ink : Theme.inkMuted
                wrapMode: Text.WordWrap
            }
            // On a quiz step: its actions (previous question, skip, check, next question).
            Loader {
                id: quizActions
                active: root.activeQuiz !== null
                visible: active
                sourceComponent: QuizActions {
                    session: root.activeQuiz.session
                    itemView: root.activeQuiz.questionView
                    offerDone: false // "Next →" goes on
                    spread: false
                }
                onLoaded: root.activeQuiz.actions = quizActions.item as QuizActions
            }
            Button {
                objectName: "revealButton"
                visible: root.step.reveal.length > 0 && !root.lesson.revealed
                text: qsTr("Reveal")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Reveal what comes next")
                onClicked: root.lesson.reveal()
            }
            QuizButton {
                id: nextButton
                objectName: "nextButton"
                kind: "primary"
                visible: !root.quizRunning
                text: root.lesson.canGoNext ? qsTr("Next →") : qsTr("Finish")
                Accessible.name: root.lesson.canGoNext ? qsTr("Next step") : qsTr("Finish the lesson")
                onClicked: root.lesson.canGoNext ? root.lesson.advance() : root.backRequested()
            }
        }
    }

    Component {
        id: quizStep
        QuizPage {
            id: stepQuiz
            objectName: "stepQuiz"
            embedded: true
            doneFocusItem: nextButton
            itemIds: root.step.quiz
            onFinished: root.lesson.next()
            Component.onCompleted: root.activeQuiz = stepQuiz
        }
    }
}
