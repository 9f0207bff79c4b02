// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The choices of a class vote, numbered as the presenter's keys count them.
// Before the reveal only the choices; after it, one bar per choice with its
// count and percentage written out (the text is the table alternative: every
// number the bars show is also in words) and the correct choice marked.
ColumnLayout {
    id: root

    /// Presentation.votes.
    property list<voteTally> rows
    property int total: 0
    property bool revealed: false

    spacing: 6
    Accessible.role: Accessible.Table
    Accessible.name: root.revealed ? qsTr("How the class answered: %1").arg(root.hands(root.total)) : qsTr("The choices")

    function hands(n: int): string {
        return qsTr("%Ln hand(s)", "", n);
    }

    Repeater {
        model: root.rows
        delegate: Rectangle {
            id: row
            required property voteTally modelData
            readonly property bool correct: root.revealed && modelData.correct
            objectName: "voteRow" + modelData.number
            Layout.fillWidth: true
            implicitHeight: Math.max(choiceText.implicitHeight, badge.implicitHeight) + 8
            radius: Theme.radius
            color: Theme.card
            border.width: row.correct ? 4 : 1
            border.color: row.correct ? Theme.focus : Theme.line
            Accessible.role: Accessible.Row
            Accessible.name: root.revealed ? PackText.plain(qsTr("Choice %1, %2: %3, %4 percent%5"), [row.modelData.number, row.modelData.text, root.hands(row.modelData.count), row.modelData.percent, row.correct ? qsTr(", the correct answer") : ""]) : PackText.plain(qsTr("Choice %1: %2"), [row.modelData.number, row.modelData.text])

            // The bar: the share of the class's hands, behind the text.
            Rectangle {
                objectName: "voteBar"
                visible: root.revealed
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.margins: 4
                width: (parent.width - 8) * row.modelData.percent / 100
                radius: Theme.radius - 2
                color: row.correct ? Theme.focus : Theme.line
                opacity: row.correct ? 0.25 : 0.8
            }
            RowLayout {
                anchors.fill: parent
                anchors.margins: 4
                anchors.leftMargin: 8
                anchors.rightMargin: 12
                spacing: 12
                Rectangle {
                    id: badge
                    Layout.alignment: Qt.AlignVCenter
                    implicitWidth: 36
                    implicitHeight: 36
                    radius: 18
                    color: row.correct ? Theme.focus : Theme.ink
                    Label {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        text: row.modelData.number
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.paper
                    }
                }
                Label {
                    id: choiceText
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: row.modelData.text
                    font.pixelSize: Theme.fontLarge
                    font.bold: row.correct
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "voteCount"
                    textFormat: Text.PlainText
                    visible: root.revealed
                    Layout.alignment: Qt.AlignVCenter
                    text: (row.correct ? "✓ " : "") + qsTr("%1 · %2%").arg(LanguageManager.number(row.modelData.count)).arg(LanguageManager.number(row.modelData.percent))
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.ink
                }
            }
        }
    }
    Label {
        objectName: "voteTotal"
        textFormat: Text.PlainText
        visible: root.revealed
        text: root.total > 0 ? qsTr("%1 in all").arg(root.hands(root.total)) : qsTr("No hands were counted.")
        font.pixelSize: Theme.fontBody
        color: Theme.inkMuted
    }
}
