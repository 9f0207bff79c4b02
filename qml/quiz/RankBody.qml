// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A rank item: options to put in order, most reliable at the top, with the
// Up and Down buttons; then "Check my answer" shows where each belongs.
QuizBody {
    id: root

    /// The option ids in their current order (before the answer).
    required property list<string> order
    /// What an option shows before the answer: no verdict.
    property optionVerdict noVerdict

    /// The student moved an option: `ids` is the new order.
    signal reordered(var ids)

    /// Moves an option, keeping the keyboard on it.
    function moveOption(from: int, to: int): void {
        if (root.answered || to < 0 || to >= root.order.length)
            return;
        const ids = root.order.slice();
        const moved = ids.splice(from, 1);
        ids.splice(to, 0, moved[0]);
        root.reordered(ids);
        Announcer.announce(root, (to < from ? qsTr("Moved up: %1, now %2 of %3") : qsTr("Moved down: %1, now %2 of %3")).arg(root.optionText(moved[0])).arg(LanguageManager.number(to + 1)).arg(LanguageManager.number(ids.length)));
        // The rows are rebuilt: keep the keyboard on the moved option.
        Qt.callLater(() => {
            const row = rankRepeater.itemAt(to) as RankRow;
            if (row)
                row.focusButton(to < from);
        });
    }

    function optionText(id: string): string {
        const option = root.item.options.find(o => o.id === id);
        return option ? option.text : "";
    }

    function optionResult(id: string): optionVerdict {
        return root.verdict.optionResults.find(r => r.id === id) ?? root.noVerdict;
    }

    onFocusFirstRequested: {
        if (rankRepeater.count > 0)
            (rankRepeater.itemAt(0) as RankRow).focusButton(false);
    }

    QuizHint {
        visible: !root.answered
        text: qsTr("Most reliable at the top. Move the options with the Up and Down buttons, then press “Check my answer”.")
    }
    ColumnLayout {
        Layout.fillWidth: true
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
            model: root.answered ? root.verdict.order : root.order
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
}
