// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The current item of a quiz step, as the class sees it: the question and
// its numbered choices; once the presenter reveals it, the class's votes
// beside the correct answer and its explanation. An item that cannot be
// voted with 1–4 (highlight, rank) is shown for discussion. Nothing of the
// answer is bound before `presentation.itemRevealed`.
Item {
    id: root

    required property Presentation presentation
    readonly property quizQuestion item: presentation.item
    readonly property bool revealed: presentation.itemRevealed
    readonly property itemAnswer answer: presentation.revealedAnswer

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            objectName: "voteProgress"
            textFormat: Text.PlainText
            text: root.presentation.itemVotable ? qsTr("Question %1 of %2 · show of hands").arg(LanguageManager.number(root.presentation.itemIndex + 1)).arg(LanguageManager.number(root.presentation.itemCount)) : qsTr("Question %1 of %2 · for discussion").arg(LanguageManager.number(root.presentation.itemIndex + 1)).arg(LanguageManager.number(root.presentation.itemCount))
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.accentDark
        }
        Label {
            objectName: "votePrompt"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.item.prompt
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.item.statement.length > 0
            text: "“" + root.item.statement + "”"
            font.pixelSize: Theme.fontHeading
            font.italic: true
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.item.article.valid
            text: root.item.article.valid ? PackText.plain(qsTr("In “%1” (%2)"), [root.item.article.headline, root.item.article.outlet]) : ""
            font.pixelSize: Theme.fontBody
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 2

            // Votable: the choices, then the tally.
            VoteChart {
                objectName: "voteChart"
                visible: root.presentation.itemVotable
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.alignment: Qt.AlignTop
                rows: root.presentation.votes
                total: root.presentation.totalVotes
                revealed: root.revealed
            }
            // For discussion: the passages to judge, or the sources to rank.
            // Once revealed, the answer takes their place (a ranking lists them all again, in order).
            ColumnLayout {
                visible: !root.presentation.itemVotable && !root.revealed
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.alignment: Qt.AlignTop
                spacing: 6
                Repeater {
                    // the passages to judge, or the sources to rank, as plain strings
                    model: root.item.spans.length > 0 ? root.item.spans.map(s => s.quote) : root.item.options.map(o => o.text)
                    delegate: Label {
                        required property string modelData
                        required property int index
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: PackText.plain("%1. %2", [LanguageManager.number(index + 1), modelData])
                        font.pixelSize: Theme.fontLarge
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                }
            }
            // The answer, once revealed.
            Rectangle {
                objectName: "voteAnswer"
                visible: root.revealed
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.alignment: Qt.AlignTop
                implicitHeight: answerColumn.implicitHeight + 24
                radius: Theme.radius
                color: Theme.warningPaper
                border.color: Theme.warning
                border.width: 2
                ColumnLayout {
                    id: answerColumn
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 8
                    Label {
                        textFormat: Text.PlainText
                        text: root.answer.kind === "rank" ? qsTr("Most reliable first") : qsTr("Answer")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.warning
                    }
                    Repeater {
                        model: root.answer.correct
                        delegate: Label {
                            required property string modelData
                            required property int index
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: root.answer.kind === "rank" ? PackText.plain("%1. %2", [LanguageManager.number(index + 1), modelData]) : modelData
                            font.pixelSize: root.presentation.itemVotable ? Theme.fontLarge : Theme.fontBody
                            font.bold: true
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                    }
                    Label {
                        objectName: "voteExplanation"
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: root.answer.explanation
                        font.pixelSize: Theme.fontBody
                        lineHeight: 1.2
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
