// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// Claims per day, stacked by stance or by attribution, up to the scrubber's
// date, on an axis that squeezes the quiet stretches (drawn as breaks).
// The legend sits on the right, bottom key last as in the stack.
RowLayout {
    id: root

    property bool byAttribution: false
    /// The case's coverage; the studio shows its own case's.
    property CoverageView coverage: CaseLibrary.coverage
    readonly property alias bars: bars

    spacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 2
        Label {
            textFormat: Text.PlainText
            text: qsTr("Claims per day")
            font.pixelSize: 13
            color: Theme.inkMuted
        }
        CoverageBars {
            id: bars
            objectName: "coverageBars"
            Layout.fillWidth: true
            Layout.fillHeight: true
            view: root.coverage
            axis: DayAxis {
                firstDate: root.coverage.firstDate
                dayCount: root.coverage.dayCount
                busyDays: root.coverage.eventDays
                tickCount: Math.max(2, Math.floor(bars.width / 110))
            }
            byAttribution: root.byAttribution
            inkColor: Theme.ink
            lineColor: Theme.line
            backgroundColor: Theme.card
            fontPixelSize: 13
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Claims per day up to %1, by %2; at most %3 on one day").arg(root.coverage.cutoffText).arg(root.byAttribution ? qsTr("who is speaking") : qsTr("stance")).arg(root.coverage.peakDayClaims)
            Accessible.description: root.coverage.chartSummary
        }
    }
    // In columns when the chart is too low for one (the studio's preview).
    Grid {
        id: legendGrid
        Layout.alignment: Qt.AlignVCenter
        flow: Grid.TopToBottom
        rows: Math.max(1, Math.min(keys.count, Math.floor((root.height + rowSpacing) / (legendRowHeight + rowSpacing))))
        rowSpacing: 4
        columnSpacing: 12
        readonly property int legendRowHeight: 18
        Repeater {
            id: keys
            // Top of the stack first, as the bars read (the keys of CoverageView::legend()).
            // Bound to the lists themselves, so that the keys change language with them.
            model: Array.from(root.byAttribution ? VocabularyStyle.attributions : VocabularyStyle.stances).reverse()
            delegate: Row {
                id: key
                required property vocabularyEntry modelData
                height: legendGrid.legendRowHeight
                spacing: 6
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 12
                    height: 12
                    color: key.modelData.color
                }
                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    textFormat: Text.PlainText
                    text: key.modelData.label
                    font.pixelSize: 13
                    color: Theme.ink
                }
            }
        }
    }
}
