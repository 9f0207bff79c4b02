// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A candidate phrase of a highlight item, shown inside its sentence of the
// article, which the student marks or leaves; after "Check" it says whether
// that was right and why.
AbstractButton {
    id: root

    required property int number
    required property string quote
    required property string where
    required property string contextHtml
    property bool marked: false
    property bool revealed: false
    property bool isCorrect: false
    property string feedback

    readonly property string resultText: !root.revealed ? "" : root.marked && root.isCorrect ? qsTr("You marked it: right") : root.isCorrect ? qsTr("Missed: this one fits") : root.marked ? qsTr("Marked, but it does not fit") : qsTr("Rightly left unmarked")
    readonly property bool resultRight: root.marked === root.isCorrect

    implicitHeight: column.implicitHeight + 2 * 12
    implicitWidth: 600
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: root.marked
    Accessible.name: PackText.plain(qsTr("“%1”, %2"), [root.quote, root.where])
    Accessible.description: root.revealed ? root.resultText + ". " + root.feedback : qsTr("Key %1 marks or unmarks it").arg(root.number)

    background: Rectangle {
        radius: Theme.radius
        color: root.marked ? Theme.markPaper : Theme.card
        border.width: root.visualFocus ? Theme.focusWidth : (root.marked || root.revealed ? 3 : Theme.borderWidth)
        border.color: root.visualFocus ? Theme.focus : root.revealed ? badge.tone : root.marked ? Theme.warning : root.hovered ? Theme.accent : Theme.line
    }

    contentItem: ColumnLayout {
        id: column
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.topMargin: 12
            spacing: 12
            Label {
                textFormat: Text.PlainText
                // A box and a word, not colour alone, say whether it is marked.
                text: root.marked ? "☑" : "☐"
                font.pixelSize: Theme.fontLarge
                color: Theme.ink
                Accessible.ignored: true
            }
            Label {
                textFormat: Text.PlainText
                text: root.marked ? qsTr("%1 · %2 · marked").arg(root.number).arg(root.where) : qsTr("%1 · %2").arg(root.number).arg(root.where)
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.inkMuted
                Accessible.ignored: true
            }
            Item {
                Layout.fillWidth: true
            }
            VerdictBadge {
                id: badge
                visible: root.revealed
                verdict: root.resultRight ? "right" : "wrong"
                text: root.resultText
            }
        }
        StyledLabel {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.bottomMargin: root.revealed ? 0 : 12
            text: root.contextHtml
            font.pixelSize: Theme.fontBody
            font.family: "Noto Serif"
            lineHeight: 1.2
            color: Theme.ink
            wrapMode: Text.WordWrap
            Accessible.ignored: true
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.bottomMargin: 12
            visible: root.revealed
            text: root.feedback
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
            Accessible.ignored: true
        }
    }
}
