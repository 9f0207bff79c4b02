// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The verdict on an answer: right, wrong or partly right (symbol and word),
// the feedback on what was chosen, and why the item matters.
Rectangle {
    id: root

    property bool correct: false
    property real credit: 0
    property string feedback
    property string explanation

    readonly property string verdictText: root.correct ? qsTr("Correct") : root.credit > 0 ? qsTr("Partly right: %1% of the points").arg(Math.round(root.credit * 100)) : qsTr("Not right")
    /// What a screen reader says when the verdict appears: the verdict, the
    /// feedback on the answer and why it matters, each a sentence of its own
    /// (not "Correct Right. The first…").
    readonly property string spokenText: [root.verdictText, root.feedback, root.explanation].map(t => t.trim()).filter(t => t.length > 0).map(t => /[.!?…:]$/.test(t) ? t : t + ".").join(" ")

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.card
    border.width: 3
    border.color: badge.tone
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.verdictText
    Accessible.description: [root.feedback, root.explanation].filter(t => t.length > 0).join(" ")

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 10

        VerdictBadge {
            id: badge
            objectName: "verdictBadge"
            verdict: root.correct ? "right" : root.credit > 0 ? "partial" : "wrong"
            text: root.verdictText
            pixelSize: Theme.fontLarge
        }
        Label {
            objectName: "feedbackText"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.feedback.length > 0
            text: root.feedback
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.topMargin: 4
            text: qsTr("Why it matters")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.ink
        }
        Label {
            objectName: "explanationText"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.explanation
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
    }
}
