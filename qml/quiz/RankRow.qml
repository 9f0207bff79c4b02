// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// One option of a rank item at its current place, with buttons to move it;
// after "Check", where it belongs and why.
Rectangle {
    id: root

    required property int position
    required property string optionText
    property bool last: false
    property bool revealed: false
    property int correctPosition: 0
    property string feedback

    signal moveUpRequested
    signal moveDownRequested

    readonly property bool inPlace: root.position === root.correctPosition
    readonly property bool buttonFocused: upButton.activeFocus || downButton.activeFocus

    function focusButton(up: bool): void {
        if ((up && upButton.enabled) || !downButton.enabled)
            upButton.forceActiveFocus(Qt.TabFocusReason);
        else
            downButton.forceActiveFocus(Qt.TabFocusReason);
    }

    implicitHeight: column.implicitHeight + 2 * 12
    implicitWidth: 600
    radius: Theme.radius
    color: Theme.card
    border.width: root.revealed ? 3 : 2
    border.color: root.revealed ? badge.tone : Theme.line
    Accessible.role: Accessible.ListItem
    Accessible.name: PackText.plain(qsTr("%1. %2"), [root.position, root.optionText])
    Accessible.description: root.revealed ? badge.text + ". " + root.feedback : ""

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 12
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                textFormat: Text.PlainText
                Layout.alignment: Qt.AlignVCenter
                Layout.preferredWidth: 40
                text: root.position + "."
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.accent
                horizontalAlignment: Text.AlignRight
                Accessible.ignored: true
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                text: root.optionText
                font.pixelSize: Theme.fontBody
                color: Theme.ink
                wrapMode: Text.WordWrap
                Accessible.ignored: true
            }
            QuizButton {
                id: upButton
                objectName: "moveUpButton"
                Layout.alignment: Qt.AlignVCenter
                visible: !root.revealed
                enabled: root.position > 1
                text: qsTr("↑ Up")
                pixelSize: Theme.fontSmall
                Accessible.name: PackText.plain(qsTr("Move up: %1"), [root.optionText])
                onClicked: root.moveUpRequested()
            }
            QuizButton {
                id: downButton
                objectName: "moveDownButton"
                Layout.alignment: Qt.AlignVCenter
                visible: !root.revealed
                enabled: !root.last
                text: qsTr("↓ Down")
                pixelSize: Theme.fontSmall
                Accessible.name: PackText.plain(qsTr("Move down: %1"), [root.optionText])
                onClicked: root.moveDownRequested()
            }
            VerdictBadge {
                id: badge
                Layout.alignment: Qt.AlignVCenter
                visible: root.revealed
                verdict: root.inPlace ? "right" : "wrong"
                text: root.inPlace ? qsTr("Right place") : qsTr("Belongs at %1").arg(root.correctPosition)
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: 40 + Theme.spacing
            visible: root.revealed
            text: root.feedback
            font.pixelSize: Theme.fontBody
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
            Accessible.ignored: true
        }
    }
}
