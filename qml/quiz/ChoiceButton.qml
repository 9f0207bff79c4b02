// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// One answer to pick: its number key, its text and, once the item is
// answered, whether it was the student's answer and whether it is right.
AbstractButton {
    id: root

    /// What the answer made of this choice. One value, set from one verdict,
    /// so what a screen reader hears never passes through a wrong state.
    enum Outcome {
        Open, // not answered yet
        ChosenRight,
        ChosenWrong,
        RightAnswer, // not chosen, but the right answer
        NotChosen
    }

    required property int number
    property int outcome: ChoiceButton.Open
    readonly property bool revealed: root.outcome !== ChoiceButton.Open
    readonly property bool isCorrect: root.outcome === ChoiceButton.ChosenRight || root.outcome === ChoiceButton.RightAnswer

    readonly property string resultText: ({
            [ChoiceButton.ChosenRight]: qsTr("Your answer: correct"),
            [ChoiceButton.ChosenWrong]: qsTr("Your answer: wrong"),
            [ChoiceButton.RightAnswer]: qsTr("Correct answer")
        })[root.outcome] ?? ""

    implicitHeight: Math.max(64, row.implicitHeight + 2 * 12)
    implicitWidth: 600
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: root.text
    Accessible.description: root.revealed ? root.resultText : qsTr("Key %1").arg(root.number)

    background: Rectangle {
        radius: Theme.radius
        color: root.down && !root.revealed ? Theme.pressed : Theme.card
        border.width: root.visualFocus ? Theme.focusWidth : (root.resultText.length > 0 ? 3 : Theme.borderWidth)
        border.color: root.visualFocus ? Theme.focus : root.resultText.length > 0 ? badge.tone : root.hovered && !root.revealed ? Theme.accent : Theme.line
    }

    contentItem: RowLayout {
        id: row
        spacing: Theme.spacing

        Rectangle {
            // The key to press, or after answering the verdict symbol.
            Layout.leftMargin: 12
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: 40
            implicitHeight: 40
            radius: 20
            color: root.resultText.length > 0 ? badge.tone : "transparent"
            border.width: root.resultText.length > 0 ? 0 : 2
            border.color: Theme.inkMuted
            Accessible.ignored: true
            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: root.resultText.length > 0 ? badge.symbol : root.number
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: root.resultText.length > 0 ? Theme.inkOnStatus : Theme.ink
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.topMargin: 10
            Layout.bottomMargin: 10
            // Room at the card's far edge too (mirrored in a right-to-left
            // language), where a choice in the case's own direction may reach.
            Layout.rightMargin: badge.visible ? 0 : 12
            text: root.text
            font.pixelSize: Theme.fontBody
            color: root.revealed && root.resultText.length === 0 ? Theme.inkMuted : Theme.ink
            wrapMode: Text.WordWrap
        }
        VerdictBadge {
            id: badge
            Layout.rightMargin: 12
            Layout.alignment: Qt.AlignVCenter
            visible: root.resultText.length > 0
            verdict: root.isCorrect ? "right" : "wrong"
            text: root.resultText
        }
    }
}
