// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// One quiz item of any type (Quiz.Type: single, evidence, true-false, highlight, rank),
// answered by mouse or keyboard: Tab and the arrow keys move, Enter or Space
// choose, the number keys pick a choice (T and F for true-false). The verdict
// comes from the session and is shown at once, with the explanation.
FocusScope {
    id: root

    required property QuizSession session
    required property string itemId

    /// What to show (QuizSession.item()) and the verdict (QuizSession.verdict()).
    property quizQuestion item
    property itemVerdict verdict
    /// What a span or an option shows before the answer: no verdict.
    property spanVerdict noSpanVerdict
    property optionVerdict noOptionVerdict
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

    function reload(): void {
        root.verdict = root.session.verdict(""); // no answer: nothing of the last item shows with this one
        root.item = root.session.item(root.itemId);
        root.verdict = root.session.verdict(root.itemId);
        root.marked = [];
        root.order = root.item.options.map(o => o.id);
    }

    function settle(result: itemVerdict): void {
        root.verdict = result;
        if (root.answered)
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

    function moveOption(from: int, to: int): void {
        if (root.answered || to < 0 || to >= root.order.length)
            return;
        const ids = root.order.slice();
        const moved = ids.splice(from, 1);
        ids.splice(to, 0, moved[0]);
        root.order = ids;
        // The rows are rebuilt: keep the keyboard on the moved option.
        Qt.callLater(() => {
            const row = rankRepeater.itemAt(to) as RankRow;
            if (row)
                row.focusButton(to < from);
        });
    }

    function check(): void {
        if (root.answered)
            return;
        if (root.type === Quiz.Highlight)
            root.settle(root.session.answerSpans(root.itemId, root.marked));
        else if (root.type === Quiz.Rank)
            root.settle(root.session.answerOrder(root.itemId, root.order));
    }

    function optionText(id: string): string {
        const option = root.item.options.find(o => o.id === id);
        return option ? option.text : "";
    }

    function optionResult(id: string): optionVerdict {
        return root.verdict.optionResults.find(r => r.id === id) ?? root.noOptionVerdict;
    }

    /// The controls that take the answer, in focus order.
    function answerControls(): var {
        if (root.choiceType)
            return [...Array(choiceRepeater.count).keys()].map(i => choiceRepeater.itemAt(i));
        if (root.type === Quiz.TrueFalse)
            return [trueButton, falseButton];
        if (root.type === Quiz.Highlight)
            return [...Array(spanRepeater.count).keys()].map(i => spanRepeater.itemAt(i));
        return [];
    }

    function focusControl(index: int): void {
        const controls = root.answerControls();
        if (index >= 0 && index < controls.length)
            controls[index].forceActiveFocus(Qt.TabFocusReason);
    }

    /// Gives the keyboard to the first thing to answer with.
    function focusFirst(): void {
        const controls = root.answerControls();
        if (controls.length > 0)
            controls[0].forceActiveFocus();
        else if (rankRepeater.count > 0)
            (rankRepeater.itemAt(0) as RankRow).focusButton(false);
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

        // true-false: the statement to judge
        Rectangle {
            Layout.fillWidth: true
            visible: root.type === Quiz.TrueFalse
            implicitHeight: statement.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.card
            border.color: Theme.line
            border.width: 1
            Rectangle {
                width: 6
                height: parent.height
                radius: 3
                color: Theme.accent
            }
            Label {
                id: statement
                objectName: "statementText"
                textFormat: Text.PlainText
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.spacing + 8
                text: root.item.statement
                font.pixelSize: Theme.fontLarge
                font.family: "Noto Serif"
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
        }

        // highlight: which article, and what to do
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.type === Quiz.Highlight && root.item.article.valid
            text: root.item.article.valid ? PackText.plain(qsTr("From %1, %2: “%3”"), [root.item.article.outlet, root.item.article.date, root.item.article.headline]) : ""
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: !root.answered && (root.type === Quiz.Highlight || root.type === Quiz.Rank || root.choiceType || root.type === Quiz.TrueFalse)
            text: root.type === Quiz.Highlight ? qsTr("Mark every phrase that fits (click it or press its number), then press “Check my answer”.") : root.type === Quiz.Rank ? qsTr("Most reliable at the top. Move the options with the Up and Down buttons, then press “Check my answer”.") : root.type === Quiz.TrueFalse ? qsTr("Click True or False, or press T or F.") : qsTr("Click an answer or press its number.")
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }

        // single and evidence
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.choiceType
            spacing: 10
            Repeater {
                id: choiceRepeater
                model: root.choiceType ? root.item.choices : []
                delegate: ChoiceButton {
                    required property quizOption modelData
                    required property int index
                    objectName: "choice_" + modelData.id
                    Layout.fillWidth: true
                    number: index + 1
                    text: modelData.text
                    revealed: root.answered
                    chosen: root.verdict.choiceId === modelData.id
                    isCorrect: root.verdict.correctChoiceId === modelData.id
                    onClicked: root.chooseChoice(modelData.id)
                    Keys.onUpPressed: root.focusControl(index - 1)
                    Keys.onDownPressed: root.focusControl(index + 1)
                }
            }
        }

        // true-false
        RowLayout {
            Layout.fillWidth: true
            visible: root.type === Quiz.TrueFalse
            spacing: Theme.spacing
            ChoiceButton {
                id: trueButton
                objectName: "trueButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                number: 1
                text: qsTr("True")
                Accessible.description: root.answered ? trueButton.resultText : qsTr("Key 1 or T")
                revealed: root.answered
                chosen: root.answered && root.verdict.truth === true
                isCorrect: root.answered && root.verdict.correctAnswer === true
                onClicked: root.chooseTruth(true)
                Keys.onRightPressed: root.focusControl(1)
                Keys.onDownPressed: root.focusControl(1)
            }
            ChoiceButton {
                id: falseButton
                objectName: "falseButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                number: 2
                text: qsTr("False")
                Accessible.description: root.answered ? falseButton.resultText : qsTr("Key 2 or F")
                revealed: root.answered
                chosen: root.answered && root.verdict.truth === false
                isCorrect: root.answered && root.verdict.correctAnswer === false
                onClicked: root.chooseTruth(false)
                Keys.onLeftPressed: root.focusControl(0)
                Keys.onUpPressed: root.focusControl(0)
            }
        }

        // highlight
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.type === Quiz.Highlight
            spacing: 10
            Repeater {
                id: spanRepeater
                model: root.type === Quiz.Highlight ? root.item.spans : []
                delegate: SpanToggle {
                    required property quizSpan modelData
                    readonly property spanVerdict result: root.answered ? root.verdict.spanResults[modelData.index] : root.noSpanVerdict
                    objectName: "span_" + modelData.index
                    Layout.fillWidth: true
                    number: modelData.index + 1
                    quote: modelData.quote
                    where: modelData.where
                    contextHtml: modelData.contextHtml
                    marked: root.answered ? result.marked : root.marked.includes(modelData.index)
                    revealed: root.answered
                    isCorrect: result.correct
                    feedback: result.feedback
                    onClicked: root.toggleSpan(modelData.index)
                    Keys.onUpPressed: root.focusControl(modelData.index - 1)
                    Keys.onDownPressed: root.focusControl(modelData.index + 1)
                }
            }
        }

        // rank
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.type === Quiz.Rank
            spacing: 10
            Label {
                textFormat: Text.PlainText
                text: qsTr("▲ Most reliable")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.inkMuted
            }
            Repeater {
                id: rankRepeater
                model: root.type === Quiz.Rank ? (root.answered ? root.verdict.order : root.order) : []
                delegate: RankRow {
                    required property string modelData
                    required property int index
                    readonly property optionVerdict result: root.optionResult(modelData)
                    objectName: "rankRow_" + modelData
                    Layout.fillWidth: true
                    position: index + 1
                    optionText: root.optionText(modelData)
                    last: index === rankRepeater.count - 1
                    revealed: root.answered
                    correctPosition: result.correctPosition
                    feedback: result.feedback
                    onMoveUpRequested: root.moveOption(index, index - 1)
                    onMoveDownRequested: root.moveOption(index, index + 1)
                }
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("▼ Least reliable")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.inkMuted
            }
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
