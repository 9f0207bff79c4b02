// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.claimscope.Claimscope

// The part of a quiz item that depends on its type: what to judge, how to
// answer and, once answered, what was right. QuizItemView shows one per
// Quiz type (ChoiceBody, TrueFalseBody, HighlightBody, RankBody), keeps the
// answer and hears the body's signals.
ColumnLayout {
    id: root

    required property quizQuestion item
    required property itemVerdict verdict
    readonly property bool answered: root.verdict.answered
    /// The controls that take the answer, in focus order (a JS array: typed
    /// list indexing compiles to C++ our strict warnings refuse).
    property var controls: []
    /// The keyboard should go to the first thing to answer with: the first
    /// control, or whatever a body's own handler chooses.
    signal focusFirstRequested

    /// What an answer made of one choice, from the verdict alone, in one step.
    function outcomeOf(verdict: itemVerdict, chosen: bool, correct: bool): int {
        if (!verdict.answered)
            return ChoiceButton.Open;
        if (chosen)
            return correct ? ChoiceButton.ChosenRight : ChoiceButton.ChosenWrong;
        return correct ? ChoiceButton.RightAnswer : ChoiceButton.NotChosen;
    }

    /// Gives the keyboard to the control at `index`, if there is one.
    function focusControl(index: int): void {
        if (index >= 0 && index < root.controls.length)
            root.controls[index].forceActiveFocus(Qt.TabFocusReason);
    }

    spacing: Theme.spacing
    onFocusFirstRequested: {
        if (root.controls.length > 0)
            root.controls[0].forceActiveFocus();
    }
}
