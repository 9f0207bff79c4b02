// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtCharts
import org.claimscope.Claimscope

// Accusations per claimant → target, stacked by the evidence offered.
// Qt Charts appears only here and in CoverageChart.qml: a move to Qt Graphs touches two files.
ChartView {
    id: root

    antialiasing: true
    legend.alignment: Qt.AlignBottom
    legend.font.pixelSize: Theme.fontSmall
    legend.labelColor: Theme.ink
    backgroundColor: Theme.card
    plotAreaColor: Theme.card
    margins.left: 0
    margins.right: 8

    function refresh(): void {
        CaseLibrary.blame.fillEvidenceChart(bars, categories, values, 10);
    }

    HorizontalStackedBarSeries {
        id: bars
        axisY: BarCategoryAxis {
            id: categories
            labelsFont.pixelSize: Theme.fontSmall
            labelsColor: Theme.ink
            gridLineColor: Theme.line
            color: Theme.inkMuted
        }
        axisX: ValueAxis {
            id: values
            labelsFont.pixelSize: Theme.fontSmall
            labelsColor: Theme.ink
            gridLineColor: Theme.line
            color: Theme.inkMuted
            titleText: "<span style=\"color:%1\">%2</span>".arg(Theme.inkMuted).arg(qsTr("claims"))
        }
    }

    Connections {
        target: CaseLibrary.blame
        function onCutoffChanged(): void {
            root.refresh();
        }
    }
    Component.onCompleted: refresh()
}
