// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// One quiz item of any type, answered by mouse or keyboard: Tab and the
// arrow keys move, Enter or Space choose, the number keys pick a choice (T
// and F for true-false). What differs by type is in a body chosen by the
// item's Quiz type (ChoiceBody, TrueFalseBody, HighlightBody, RankBody). The
// verdict comes from the session and is shown at once, with the explanation.
FocusScope {
    id: root

    required property QuizSession session
    required property string itemId

    /// What to show (QuizSession.item()) and the verdict (QuizSession.verdict()).
    property quizQuestion item
    property itemVerdict verdict
    /// Highlight: the spans marked so far; rank: the option ids in their current order.
    property list<int> marked: []
    property list<string> order: []

    readonly property int type: root.item.type
    readonly property bool answered: root.verdict.answered
    readonly property bool choiceType: root.type === Quiz.Single || root.type === Quiz.Evidence
    readonly property Item feedbackItem: feedbackPanel
    /// Highlight and rank items are answered with "Check my answer" once the student is ready.
    readonly property bool needsCheck: !root.answered && (root.type === Quiz.Highlight || root.type === Quiz.Rank)
    /// False when the caller offers "Check my answer" itself (QuizPage does, in its footer).
    property bool showCheckButton: true

    /// Emitted once when the student's answer has been recorded.
    signal answerGiven

    implicitHeight: column.implicitHeight
    implicitWidth: 800

    /// What a screen reader says when the question appears: the keyboard
    /// goes to the first answer, which does not say what is asked.
    /// The item whose question, and whose verdict, a screen reader was last told.
    property string spokenQuestion
    property string spokenVerdict
    readonly property string questionText: [root.item.prompt, root.item.statement.length > 0 ? "“" + root.item.statement + "”" : ""].filter(t => t.length > 0).join(" ")

    function reload(): void {
        root.verdict = root.session.verdict(""); // no answer: nothing of the last item shows with this one
        root.item = root.session.item(root.itemId);
        root.verdict = root.session.verdict(root.itemId);
        root.marked = [];
        root.order = root.item.options.map(o => o.id);
        // Said once per question shown (reload runs on creation and on each new item).
        if (root.item.valid && root.spokenQuestion !== root.itemId) {
            root.spokenQuestion = root.itemId;
            Announcer.announce(root, root.questionText);
        }
    }

    // The case's words in another language (a switch of the interface's):
    // the same question and answer, reworded; what the student marked stays.
    Connections {
        target: CaseLibrary
        function onTextsChanged(): void {
            root.item = root.session.item(root.itemId);
            root.verdict = root.session.verdict(root.itemId);
        }
    }

    function settle(result: itemVerdict): void {
        root.verdict = result;
        if (!root.answered)
            return;
        // The session has already told us of the answer (resultsChanged), so
        // "once" is kept per item: the panel is not focused, it is announced.
        if (root.spokenVerdict !== root.itemId) {
            root.spokenVerdict = root.itemId;
            Announcer.announce(feedbackPanel, feedbackPanel.spokenText, true);
        }
        root.answerGiven();
    }

    function chooseChoice(choiceId: string): void {
        if (!root.answered)
            root.settle(root.session.answerChoice(root.itemId, choiceId));
    }

    function chooseTruth(truth: bool): void {
        if (!root.answered)
            root.settle(root.session.answerTrueFalse(root.itemId, truth));
    }

    function toggleSpan(index: int): void {
        if (root.answered)
            return;
        const kept = root.marked.filter(i => i !== index);
        if (kept.length === root.marked.length)
            kept.push(index);
        root.marked = kept;
    }

    function check(): void {
        if (root.answered)
            return;
        if (root.type === Quiz.Highlight)
            root.settle(root.session.answerSpans(root.itemId, root.marked));
        else if (root.type === Quiz.Rank)
            root.settle(root.session.answerOrder(root.itemId, root.order));
    }

    /// Gives the keyboard to the first thing to answer with.
    function focusFirst(): void {
        (body.item as QuizBody)?.focusFirstRequested();
    }

    /// The number keys: choose (single, evidence, true-false) or mark (highlight).
    function pressNumber(n: int): bool {
        if (root.answered)
            return false;
        if (root.choiceType && n <= root.item.choices.length) {
            root.chooseChoice(root.item.choices[n - 1].id);
            return true;
        }
        if (root.type === Quiz.TrueFalse && n <= 2) {
            root.chooseTruth(n === 1);
            return true;
        }
        if (root.type === Quiz.Highlight && n <= root.item.spans.length) {
            root.toggleSpan(n - 1);
            return true;
        }
        return false;
    }

    onItemIdChanged: root.reload()
    Component.onCompleted: root.reload()

    Connections {
        target: root.session
        function onResultsChanged(): void {
            root.verdict = root.session.verdict(root.itemId);
        }
    }

    Keys.onPressed: event => {
        if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
            return;
        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9)
            event.accepted = root.pressNumber(event.key - Qt.Key_0);
        else if (root.type === Quiz.TrueFalse && !root.answered && (event.key === Qt.Key_T || event.key === Qt.Key_F)) {
            root.chooseTruth(event.key === Qt.Key_T);
            event.accepted = true;
        }
    }

    Component {
        id: choiceBody
        ChoiceBody {
            item: root.item
            verdict: root.verdict
            onChosen: choiceId => root.chooseChoice(choiceId)
        }
    }
    Component {
        id: trueFalseBody
        TrueFalseBody {
            item: root.item
            verdict: root.verdict
            onTruthChosen: truth => root.chooseTruth(truth)
        }
    }
    Component {
        id: highlightBody
        HighlightBody {
            item: root.item
            verdict: root.verdict
            marked: root.marked
            onToggled: index => root.toggleSpan(index)
        }
    }
    Component {
        id: rankBody
        RankBody {
            item: root.item
            verdict: root.verdict
            order: root.order
            onReordered: ids => root.order = ids
        }
    }

    ColumnLayout {
        id: column
        width: root.width
        spacing: Theme.spacing

        Label {
            objectName: "criteriaText"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.item.criteria.length > 0 ? qsTr("Skill: %1").arg(root.item.criteria.join(" · ")) : ""
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "promptText"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.item.prompt
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        // What differs by type, one body per Quiz type.
        Loader {
            id: body
            Layout.fillWidth: true
            visible: status === Loader.Ready
            sourceComponent: ({
                    [Quiz.Single]: choiceBody,
                    [Quiz.Evidence]: choiceBody,
                    [Quiz.TrueFalse]: trueFalseBody,
                    [Quiz.Highlight]: highlightBody,
                    [Quiz.Rank]: rankBody
                })[root.type] ?? null
        }

        QuizButton {
            id: checkButton
            objectName: "inlineCheckButton"
            visible: root.showCheckButton && root.needsCheck
            kind: "primary"
            text: qsTr("Check my answer")
            onClicked: root.check()
        }

        FeedbackPanel {
            id: feedbackPanel
            objectName: "feedbackPanel"
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: root.answered
            correct: root.verdict.correct
            credit: root.verdict.credit
            // Highlight and rank feedback is shown on each span or option above.
            feedback: root.choiceType || root.type === Quiz.TrueFalse ? root.verdict.feedback : ""
            explanation: root.verdict.explanation
        }
    }
}
