// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtCharts
import org.claimscope.Claimscope

// Claims per day, stacked by stance or by attribution, up to the scrubber's
// date. The series are created once; their points come from C++ in one go.
ChartView {
    id: root

    property bool byAttribution: false
    property var areas: []

    antialiasing: true
    legend.alignment: Qt.AlignRight
    legend.font.pixelSize: 13
    legend.labelColor: Theme.ink
    backgroundColor: Theme.card
    plotAreaColor: Theme.card
    margins.top: 4
    margins.bottom: 4

    function rebuild(): void {
        removeAllSeries();
        // Each area is filled from zero up to its running total, so the
        // tallest (the last key) is created first and drawn at the back.
        const keys = CaseLibrary.coverage.legend(byAttribution);
        const created = new Array(keys.length);
        for (let i = keys.length - 1; i >= 0; --i)
            created[i] = createSeries(ChartView.SeriesTypeArea, keys[i].label, xAxis, yAxis);
        areas = created;
        refresh();
    }
    function refresh(): void {
        CaseLibrary.coverage.fillStackedChart(areas, byAttribution);
    }

    DateTimeAxis {
        id: xAxis
        format: "d MMM"
        tickCount: 8
        labelsFont.pixelSize: 13
        labelsColor: Theme.ink
        gridLineColor: Theme.line
        color: Theme.inkMuted
        min: CaseLibrary.coverage.firstDate
        max: CaseLibrary.coverage.lastDate
    }
    ValueAxis {
        id: yAxis
        min: 0
        max: 12
        labelFormat: "%d"
        labelsFont.pixelSize: 13
        labelsColor: Theme.ink
        gridLineColor: Theme.line
        color: Theme.inkMuted
        titleText: "<span style=\"color:%1\">%2</span>".arg(Theme.inkMuted).arg(qsTr("claims per day")) // axis titles take no colour property in QML
    }

    onByAttributionChanged: rebuild()
    Component.onCompleted: rebuild()
    Connections {
        target: CaseLibrary.coverage
        function onCutoffChanged(): void {
            root.refresh();
        }
    }
}
