// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtCharts
import org.claimscope.Claimscope

// Accusations per claimant → target, stacked by the evidence offered.
// Qt Charts appears only here: a move to Qt Graphs touches one file.
// A Qt Charts view has no accessible object of its own: this item is the
// chart for a screen reader, a Tab stop with the data in one sentence.
FocusScope {
    id: root

    /// The sentence a screen reader says, from the bars drawn.
    property string summary
    activeFocusOnTab: true
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Bar chart: claims by who blamed whom, by evidence, by %1").arg(CaseLibrary.blame.cutoffText)
    Accessible.description: qsTr("%1 The Table tab lists every pair.").arg(root.summary)
    Accessible.focusable: true

    function refresh(): void {
        CaseLibrary.blame.fillEvidenceChart(bars, categories, values, 10);
        root.summary = ChartText.barSummary(bars, categories.categories);
    }

    ChartView {
        anchors.fill: parent
        antialiasing: true
        legend.alignment: Qt.AlignBottom
        legend.font.pixelSize: Theme.fontSmall
        legend.labelColor: Theme.ink
        backgroundColor: Theme.card
        plotAreaColor: Theme.card
        margins.left: 0
        margins.right: 8

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
    }
    Rectangle {
        anchors.fill: parent
        visible: root.activeFocus
        color: "transparent"
        border.width: Theme.focusWidth
        border.color: Theme.focus
    }

    Connections {
        target: CaseLibrary.blame
        function onCutoffChanged(): void {
            root.refresh();
        }
    }
    Component.onCompleted: refresh()
}
