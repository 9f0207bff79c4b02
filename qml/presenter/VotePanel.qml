// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The console's side of a class vote: the current item with the answer (for
// the presenter's eyes), the hands counted per choice with − and + buttons
// (the keys 1–4 and Backspace do the same) and whether the class has seen
// the answer yet.
Rectangle {
    id: root

    required property Presentation presentation
    readonly property itemAnswer answer: presentation.answer

    radius: Theme.radius
    color: Theme.card
    border.color: Theme.line

    ScrollView {
        anchors.fill: parent
        anchors.margins: 8
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 6

            StyledLabel {
                Layout.fillWidth: true
                text: qsTr("<b>Question %1 of %2</b> · %3").arg(LanguageManager.number(root.presentation.itemIndex + 1)).arg(LanguageManager.number(root.presentation.itemCount)).arg(root.presentation.itemRevealed ? qsTr("the class sees the answer") : (root.presentation.itemVotable ? qsTr("count the hands") : qsTr("for discussion")))
                font.pixelSize: Theme.fontSmall
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: root.presentation.votes
                delegate: RowLayout {
                    id: voteRow
                    required property voteTally modelData
                    Layout.fillWidth: true
                    spacing: 4
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: PackText.plain("%1%2 %3", [voteRow.modelData.number, voteRow.modelData.correct ? " ✓" : "", voteRow.modelData.text])
                        font.pixelSize: Theme.fontSmall
                        font.bold: voteRow.modelData.correct
                        color: Theme.ink
                        elide: Text.ElideRight
                    }
                    Button {
                        text: "−"
                        flat: true
                        implicitWidth: 36
                        font.pixelSize: Theme.fontBody
                        focusPolicy: Qt.TabFocus
                        enabled: voteRow.modelData.count > 0
                        Accessible.name: qsTr("One hand less for choice %1").arg(voteRow.modelData.number)
                        onClicked: root.presentation.unvote(voteRow.modelData.number)
                    }
                    Label {
                        objectName: "consoleCount" + voteRow.modelData.number
                        textFormat: Text.PlainText
                        Layout.minimumWidth: 32
                        horizontalAlignment: Text.AlignHCenter
                        text: voteRow.modelData.count
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.ink
                    }
                    Button {
                        text: "+"
                        flat: true
                        implicitWidth: 36
                        font.pixelSize: Theme.fontBody
                        focusPolicy: Qt.TabFocus
                        Accessible.name: qsTr("One hand more for choice %1").arg(voteRow.modelData.number)
                        onClicked: root.presentation.vote(voteRow.modelData.number)
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.presentation.itemVotable
                text: qsTr("%Ln hand(s) counted", "", root.presentation.totalVotes)
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: !root.presentation.itemVotable
                text: qsTr("Answer: %1").arg(root.answer.correct.map(c => PackText.plain("%1", [c])).join(root.answer.kind === "rank" ? " > " : " · "))
                font.pixelSize: Theme.fontSmall
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
        }
    }
}
