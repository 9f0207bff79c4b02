// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtCharts

// One window with one chart: the floor a Qt Quick + Qt Charts app starts from.
ApplicationWindow {
    width: 1280
    height: 720
    visible: true
    title: "Baseline"
    Material.theme: Material.Light

    ChartView {
        anchors.fill: parent
        title: "Baseline"
        antialiasing: true
        LineSeries {
            XYPoint {
                x: 0
                y: 0
            }
            XYPoint {
                x: 1
                y: 2
            }
            XYPoint {
                x: 2
                y: 1
            }
        }
    }
}
