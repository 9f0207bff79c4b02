// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import org.claimscope.Claimscope

// What an arrow's colour and dash mean: each stance with a sample of its line.
Flow {
    id: root

    property int pixelSize: 13

    spacing: 12
    Repeater {
        model: VocabularyStyle.stances
        delegate: Row {
            id: item
            required property vocabularyEntry modelData
            spacing: 4
            Shape {
                width: 30
                height: 8
                anchors.verticalCenter: parent.verticalCenter
                ShapePath {
                    readonly property list<real> pattern: CaseLibrary.blame.dashPattern(item.modelData.id)
                    strokeColor: item.modelData.color
                    strokeWidth: 4
                    strokeStyle: pattern.length > 0 ? ShapePath.DashLine : ShapePath.SolidLine
                    dashPattern: pattern.length > 0 ? pattern : [1, 0]
                    capStyle: ShapePath.FlatCap
                    startX: 0
                    startY: 4
                    PathLine {
                        x: 30
                        y: 4
                    }
                }
            }
            Text {
                textFormat: Text.PlainText
                text: item.modelData.label
                font.pixelSize: root.pixelSize
                color: Theme.inkMuted
            }
        }
    }
}
