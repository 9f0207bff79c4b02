// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A true-false item: the statement to judge, then True or False (keys 1 and 2, T and F).
QuizBody {
    id: root

    /// The student said true or false.
    signal truthChosen(bool truth)

    controls: [trueButton, falseButton]

    Rectangle {
        Layout.fillWidth: true
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
    QuizHint {
        visible: !root.answered
        text: qsTr("Click True or False, or press T or F.")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ChoiceButton {
            id: trueButton
            objectName: "trueButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            number: 1
            text: qsTr("True")
            Accessible.description: root.answered ? trueButton.resultText : qsTr("Key 1 or T")
            outcome: root.outcomeOf(root.verdict, root.verdict.truth === true, root.verdict.correctAnswer === true)
            onClicked: root.truthChosen(true)
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
            outcome: root.outcomeOf(root.verdict, root.verdict.truth === false, root.verdict.correctAnswer === false)
            onClicked: root.truthChosen(false)
            Keys.onLeftPressed: root.focusControl(0)
            Keys.onUpPressed: root.focusControl(0)
        }
    }
}
