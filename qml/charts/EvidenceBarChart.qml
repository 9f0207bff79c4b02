// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtCharts
import org.claimscope.Claimscope

// Accusations per claimant → target, stacked by the evidence offered.
// Chart code stays in qml/charts/ so that a move to Qt Graphs touches one folder.
ChartView {
    id: root

    antialiasing: true
    legend.alignment: Qt.AlignBottom
    legend.font.pixelSize: Theme.fontSmall
    backgroundColor: Theme.card
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
        }
        axisX: ValueAxis {
            id: values
            labelsFont.pixelSize: Theme.fontSmall
            titleText: qsTr("claims")
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
