// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import org.claimscope.Claimscope

// Who blamed whom as a network: actors are focusable items placed by the
// model, named where their label fits (BlameLabelLayout); each accusation pair is a curved arrow (thickness = claims,
// colour = most frequent stance) with a focusable handle showing its count.
// One Tab stop: Left/Right move among the actors around the ellipse, Up/Down
// among the counts, Home/End to the first or last; Enter or Space activates.
FocusScope {
    id: root

    activeFocusOnTab: true
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Who blamed whom, actor by actor")

    /// The actor or count that has the focus within the view.
    property alias current: keys.current
    function stops(counts: bool): var {
        const repeater = counts ? edgeRepeater : nodeRepeater;
        const found = [];
        for (let i = 0; i < repeater.count; ++i) {
            // qmllint disable missing-property
            const item = counts ? repeater.itemAt(i)?.handle : repeater.itemAt(i);
            // qmllint enable missing-property
            if (item && item.focusPolicy !== Qt.NoFocus)
                found.push(item);
        }
        return found;
    }
    ArrowKeyStops {
        id: keys
        view: root
        stops: counts => root.stops(counts)
        isCount: item => item.objectName === "networkCount"
    }
    Keys.onPressed: event => keys.pressed(event)

    property string selectedFrom
    property string selectedTo
    signal edgeSelected(string from, string to)
    signal actorSelected(string actorId)

    // Room around the ellipse for the labels, which sit outside it.
    readonly property real marginX: 170
    readonly property real marginY: 30
    readonly property real plotWidth: width - 2 * marginX
    readonly property real plotHeight: height - 2 * marginY

    function px(x: real): real {
        return marginX + x * plotWidth;
    }
    function py(y: real): real {
        return marginY + y * plotHeight;
    }

    // Node sizes and which names fit where, without overlapping each other,
    // any node or the edge of the plot (most involved actors first).
    BlameLabelLayout {
        id: labelLayout
        view: CaseLibrary.blame
        width: root.width
        height: root.height
        marginX: root.marginX
        marginY: root.marginY
        fontPixelSize: Theme.fontSmall
    }
    FontMetrics {
        id: labelMetrics
        font.pixelSize: Theme.fontSmall
    }

    // Edges below the nodes.
    Repeater {
        id: edgeRepeater
        model: CaseLibrary.blame.edges
        delegate: Item {
            id: edge
            readonly property alias handle: handle
            required property blameEdge modelData
            readonly property real x1: root.px(modelData.x1)
            readonly property real y1: root.py(modelData.y1)
            readonly property real x2: root.px(modelData.x2)
            readonly property real y2: root.py(modelData.y2)
            // Bend every edge to its left, so A→B and B→A do not overlap.
            readonly property real mx: (x1 + x2) / 2 + (y2 - y1) * 0.18
            readonly property real my: (y1 + y2) / 2 - (x2 - x1) * 0.18
            readonly property real len: Math.max(1, Math.hypot(x2 - mx, y2 - my))
            readonly property real ux: (x2 - mx) / len
            readonly property real uy: (y2 - my) / len
            readonly property real tipX: x2 - ux * 18
            readonly property real tipY: y2 - uy * 18
            readonly property bool selected: root.selectedFrom === modelData.from && root.selectedTo === modelData.to
            readonly property real strokeWidth: Math.min(14, 1.5 + modelData.count * 1.5)
            anchors.fill: parent

            Shape {
                anchors.fill: parent
                preferredRendererType: Shape.CurveRenderer
                opacity: root.selectedFrom === "" || edge.selected ? 0.85 : 0.25
                ShapePath {
                    strokeColor: edge.modelData.color
                    strokeWidth: edge.selected ? edge.strokeWidth + 3 : edge.strokeWidth
                    fillColor: "transparent"
                    capStyle: ShapePath.RoundCap
                    startX: edge.x1
                    startY: edge.y1
                    PathQuad {
                        x: edge.tipX
                        y: edge.tipY
                        controlX: edge.mx
                        controlY: edge.my
                    }
                }
                ShapePath {
                    strokeColor: edge.modelData.color
                    strokeWidth: 1
                    fillColor: edge.modelData.color
                    startX: edge.tipX + edge.ux * 12
                    startY: edge.tipY + edge.uy * 12
                    PathLine {
                        x: edge.tipX - edge.uy * 7
                        y: edge.tipY + edge.ux * 7
                    }
                    PathLine {
                        x: edge.tipX + edge.uy * 7
                        y: edge.tipY - edge.ux * 7
                    }
                    PathLine {
                        x: edge.tipX + edge.ux * 12
                        y: edge.tipY + edge.uy * 12
                    }
                }
            }
            AbstractButton {
                id: handle
                // Along the curve, off any label or node where possible.
                readonly property real t: labelLayout.labels.length > 0 ? labelLayout.badgePosition(edge.x1, edge.y1, edge.mx, edge.my, edge.x2, edge.y2, width) : 0.5
                x: (1 - t) * (1 - t) * edge.x1 + 2 * t * (1 - t) * edge.mx + t * t * edge.x2 - width / 2
                y: (1 - t) * (1 - t) * edge.y1 + 2 * t * (1 - t) * edge.my + t * t * edge.y2 - height / 2
                objectName: "networkCount"
                width: 26
                height: 26
                focusPolicy: Qt.ClickFocus
                Accessible.role: Accessible.Button
                Accessible.name: edge.modelData.label
                PlainToolTip {
                    visible: handle.hovered || handle.visualFocus
                    text: edge.modelData.label
                }
                onClicked: root.edgeSelected(edge.modelData.from, edge.modelData.to)
                background: Rectangle {
                    radius: width / 2
                    color: Theme.card
                    border.color: handle.visualFocus ? Theme.focus : edge.modelData.color
                    border.width: handle.visualFocus ? Theme.focusWidth : edge.selected ? 3 : 2
                }
                contentItem: Text {
                    textFormat: Text.PlainText
                    text: edge.modelData.count
                    font.pixelSize: 13
                    font.bold: true
                    color: Theme.ink
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }

    Repeater {
        id: nodeRepeater
        model: CaseLibrary.blame.nodes
        delegate: AbstractButton {
            id: node
            objectName: "networkNode"
            required property int index
            required property string actorId
            required property string name
            required property real nodeX
            required property real nodeY
            required property bool active
            required property int outgoing
            required property int incoming
            readonly property bool labelled: labelLayout.labels.length > 0 && labelLayout.isLabelled(index)
            x: root.px(nodeX) - width / 2
            y: root.py(nodeY) - height / 2
            width: labelLayout.nodeDiameter(outgoing + incoming)
            height: width
            opacity: active ? 1 : 0.3
            focusPolicy: active ? Qt.ClickFocus : Qt.NoFocus
            hoverEnabled: true
            Accessible.role: Accessible.Button
            Accessible.name: PackText.plain(qsTr("%1: made %2 claims, received %3"), [name, outgoing, incoming])
            // Unlabelled actors show their name here (and in the table).
            PlainToolTip {
                visible: (node.hovered || node.visualFocus) && !node.labelled
                text: node.Accessible.name
            }
            onClicked: root.actorSelected(actorId)
            background: Rectangle {
                radius: width / 2
                color: node.active ? Theme.ink : Theme.line
                border.color: node.visualFocus ? Theme.focus : Theme.card
                border.width: node.visualFocus ? Theme.focusWidth : 2
            }
        }
    }

    // Names, where the layout found room: beside, above or below the node.
    Repeater {
        model: labelLayout.labels
        delegate: Text {
            required property blameLabel modelData
            objectName: "blameLabel"
            textFormat: Text.PlainText
            x: modelData.x
            y: modelData.y
            width: modelData.width
            height: modelData.height
            text: modelData.text
            font: labelMetrics.font
            color: Theme.ink
            elide: Text.ElideRight
            horizontalAlignment: modelData.alignment === Qt.AlignRight ? Text.AlignRight : modelData.alignment === Qt.AlignLeft ? Text.AlignLeft : Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            style: Text.Outline
            styleColor: Theme.card
            Accessible.ignored: true // the node carries the name
        }
    }
}
