// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// One saved run's numbers on the results page: score, answered,
// discernment, time spent.
Rectangle {
    id: card
    required property string heading
    required property quizResult results
    implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.card
    border.color: Theme.line
    Accessible.role: Accessible.Grouping
    Accessible.name: heading
    ColumnLayout {
        id: cardColumn
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: card.heading
            font.pixelSize: Theme.fontSmall
            font.bold: true
            font.letterSpacing: 1
            color: Theme.accent
            wrapMode: Text.WordWrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: ResultsFormatter.score(card.results)
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.ink
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: ResultsFormatter.runLine(card.results)
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
            wrapMode: Text.WordWrap
        }
        StyledLabel {
            Layout.fillWidth: true
            Layout.topMargin: 4
            text: ResultsFormatter.statementsText(card.results)
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
    }
}
