// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.claimscope.Claimscope

// A single or evidence item: one of several choices, picked by click or number key.
QuizBody {
    id: root

    /// The student picked a choice.
    signal chosen(string choiceId)

    controls: [...Array(choiceRepeater.count).keys()].map(i => choiceRepeater.itemAt(i))

    QuizHint {
        visible: !root.answered
        text: qsTr("Click an answer or press its number.")
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 10
        Repeater {
            id: choiceRepeater
            model: root.item.choices
            delegate: ChoiceButton {
                required property quizOption modelData
                required property int index
                objectName: "choice_" + modelData.id
                Layout.fillWidth: true
                number: index + 1
                text: modelData.text
                outcome: root.outcomeOf(root.verdict, root.verdict.choiceId === modelData.id, root.verdict.correctChoiceId === modelData.id)
                onClicked: root.chosen(modelData.id)
                Keys.onUpPressed: root.focusControl(index - 1)
                Keys.onDownPressed: root.focusControl(index + 1)
            }
        }
    }
}
