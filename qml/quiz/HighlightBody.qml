// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.claimscope.Claimscope

// A highlight item: phrases of an article, each in its sentence, to mark or
// leave (click or number key), then "Check my answer".
QuizBody {
    id: root

    /// The spans marked so far (before the answer).
    required property list<int> marked
    /// What a span shows before the answer: no verdict.
    property spanVerdict noVerdict

    /// The student marked or unmarked a span.
    signal toggled(int index)

    controls: [...Array(spanRepeater.count).keys()].map(i => spanRepeater.itemAt(i))

    QuizHint {
        visible: root.item.article.valid
        text: root.item.article.valid ? PackText.plain(qsTr("From %1, %2: “%3”"), [root.item.article.outlet, root.item.article.date, root.item.article.headline]) : ""
    }
    QuizHint {
        visible: !root.answered
        text: qsTr("Mark every phrase that fits (click it or press its number), then press “Check my answer”.")
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 10
        Repeater {
            id: spanRepeater
            model: root.item.spans
            delegate: SpanToggle {
                required property quizSpan modelData
                readonly property spanVerdict result: root.answered ? root.verdict.spanResults[modelData.index] : root.noVerdict
                objectName: "span_" + modelData.index
                Layout.fillWidth: true
                number: modelData.index + 1
                quote: modelData.quote
                where: modelData.where
                contextHtml: modelData.contextHtml
                marked: root.answered ? result.marked : root.marked.includes(modelData.index)
                revealed: root.answered
                isCorrect: result.correct
                feedback: result.feedback
                onClicked: root.toggled(modelData.index)
                Keys.onUpPressed: root.focusControl(modelData.index - 1)
                Keys.onDownPressed: root.focusControl(modelData.index + 1)
            }
        }
    }
}
