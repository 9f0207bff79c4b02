// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import org.claimscope.Claimscope

// Who blamed whom between camps: each camp a labelled card with its marker
// on a ring in the case's order, one arrow per direction between two camps
// (width = claims, colour and dash = the most common stance) with a count.
// An open camp shows its actors inside the ring; the others are dimmed.
Item {
    id: root

    /// What is focused: "camp", "actor", "edge" or "".
    property string selectedKind
    property string selectedId
    property string selectedFrom
    property string selectedTo
    property int fontPixelSize: Theme.fontBody
    signal campActivated(string campId)
    signal actorSelected(string actorId)
    signal edgeSelected(string from, string to)

    readonly property var nodes: CaseLibrary.blame.campNodes
    readonly property string openCamp: CaseLibrary.blame.openCamp
    readonly property int topCount: nodes.filter(n => !n.isActor && n.y === 0).length
    readonly property int sideCount: nodes.filter(n => !n.isActor && n.x === 0 && n.y > 0 && n.y < 1).length
    readonly property real gap: 12
    // Cards are as wide as their names need, up to this; the rest of the room is the arrows'.
    readonly property real maxCardWidth: Math.min(fontPixelSize * 13, (width - (Math.max(topCount, 3) - 1) * gap * 2) / Math.max(topCount, 3))
    readonly property real cardWidth: maxCardWidth
    readonly property real cardHeight: (height - (sideCount + 1) * gap) / (sideCount + 2)
    // Names are measured once at fontPixelSize; at other sizes widths and lines scale with the size.
    FontMetrics {
        id: metrics
        font.pixelSize: root.fontPixelSize
        font.bold: true
    }
    readonly property real padding: 6
    /// fontPixelSize, or less where the cards would not hold every name whole (never below 12 px).
    readonly property int labelPixelSize: {
        for (let size = fontPixelSize; size > 12; --size) {
            if (nodes.every(n => n.isActor || cardSizeAt(n.name, size).height <= cardHeight))
                return size;
        }
        return 12;
    }
    readonly property real markerSize: Math.round(labelPixelSize * 1.1)
    /// A camp card's size at a font size: its name on as few lines as the
    /// widest card allows (one line more where a word break may need it).
    function cardSizeAt(name: string, size: real): size {
        const scale = size / fontPixelSize;
        const textRoom = maxCardWidth - Math.round(size * 1.1) - 3 * padding;
        const advance = metrics.advanceWidth(name) * scale + 2;
        const lines = advance <= textRoom ? 1 : Math.ceil(advance / textRoom) + (advance / textRoom % 1 > 0.75 ? 1 : 0);
        return Qt.size(Math.min(maxCardWidth, advance + Math.round(size * 1.1) + 3 * padding), lines * metrics.lineSpacing * scale + 2 * padding + 4);
    }
    function cardSize(name: string): size {
        const s = cardSizeAt(name, labelPixelSize);
        return Qt.size(s.width, Math.min(cardHeight, s.height));
    }
    // Inside the ring, for the actors of an open camp.
    readonly property rect inner: Qt.rect(cardWidth + 2 * gap, cardHeight + gap, width - 2 * cardWidth - 4 * gap, height - 2 * cardHeight - 2 * gap)

    function nodeRect(node: campNode): rect {
        if (node.isActor) {
            const w = (inner.width - (actorColumns - 1) * gap) / actorColumns;
            return Qt.rect(inner.x + node.x * inner.width - w / 2, inner.y + node.y * inner.height - actorHeight / 2, w, actorHeight);
        }
        // A camp's card is centred in its cell of the ring, the cells of the outer rows against the edges.
        const cell = Qt.rect(node.x * (width - cardWidth), node.y * (height - cardHeight), cardWidth, cardHeight);
        const s = cardSize(node.name);
        const x = node.x === 0 ? cell.x : node.x === 1 ? cell.x + cell.width - s.width : cell.x + (cell.width - s.width) / 2;
        const y = node.y === 0 ? cell.y : node.y === 1 ? cell.y + cell.height - s.height : cell.y + (cell.height - s.height) / 2;
        return Qt.rect(x, y, s.width, s.height);
    }
    // As BlameView::actorCell() lays them out.
    readonly property int actorColumns: actorCount <= 4 ? 1 : actorCount <= 12 ? 2 : 3
    readonly property int actorCount: nodes.filter(n => n.isActor).length
    readonly property real actorHeight: actorCount === 0 ? 0 : Math.min(inner.height / Math.ceil(actorCount / actorColumns) - 4, fontPixelSize * 2.6)
    function rectOf(id: string, isActor: bool): rect {
        for (const n of nodes) {
            if (n.id === id && n.isActor === isActor && !n.isOpen)
                return nodeRect(n);
        }
        return Qt.rect(0, 0, 0, 0);
    }
    function isActorId(id: string): bool {
        return nodes.some(n => n.isActor && n.id === id);
    }
    // Where the line from the centre of r towards (tx, ty) leaves r.
    function border(r: rect, tx: real, ty: real): point {
        const cx = r.x + r.width / 2, cy = r.y + r.height / 2;
        const dx = tx - cx, dy = ty - cy;
        const s = Math.min(dx === 0 ? 1e9 : (r.width / 2 + 4) / Math.abs(dx), dy === 0 ? 1e9 : (r.height / 2 + 4) / Math.abs(dy));
        return Qt.point(cx + dx * Math.min(1, s), cy + dy * Math.min(1, s));
    }
    function edgeFocused(edge: blameEdge): bool {
        if (selectedKind === "edge")
            return edge.from === selectedFrom && edge.to === selectedTo;
        if (selectedKind === "camp" || selectedKind === "actor")
            return edge.from === selectedId || edge.to === selectedId;
        return true;
    }
    function nodeDimmed(node: campNode): bool {
        if (openCamp !== "" && !node.isActor && !node.isOpen)
            return !CaseLibrary.blame.campEdges.some(e => (e.from === node.id && isActorId(e.to)) || (e.to === node.id && isActorId(e.from)));
        return !node.active;
    }

    // Arrows below the cards.
    Repeater {
        model: CaseLibrary.blame.campEdges
        delegate: Item {
            id: edge
            required property blameEdge modelData
            readonly property rect a: root.rectOf(modelData.from, root.isActorId(modelData.from))
            readonly property rect b: root.rectOf(modelData.to, root.isActorId(modelData.to))
            readonly property bool self: modelData.from === modelData.to
            readonly property real ax: a.x + a.width / 2
            readonly property real ay: a.y + a.height / 2
            readonly property real bx: b.x + b.width / 2
            readonly property real by: b.y + b.height / 2
            // Bend every arrow towards the middle of the ring, so none leaves the view; A→B and B→A bend by
            // different amounts, so they stay apart.
            readonly property real side: ((by - ay) * (root.width / 2 - ax) - (bx - ax) * (root.height / 2 - ay)) > 0 ? -1 : 1
            // More between cards of one row or column (the line would run under the cards between), less across the ring.
            readonly property bool alongEdge: (modelData.x1 === modelData.x2 && (modelData.x1 === 0 || modelData.x1 === 1)) || (modelData.y1 === modelData.y2 && (modelData.y1 === 0 || modelData.y1 === 1))
            readonly property real bend: (modelData.from < modelData.to ? 1 : 2) * (alongEdge ? 0.16 : 0.07)
            readonly property real mx: (ax + bx) / 2 - side * (by - ay) * bend
            readonly property real my: (ay + by) / 2 + side * (bx - ax) * bend
            readonly property point start: root.border(a, mx, my)
            readonly property point end: root.border(b, mx, my)
            readonly property real len: Math.max(1, Math.hypot(end.x - mx, end.y - my))
            readonly property real ux: (end.x - mx) / len
            readonly property real uy: (end.y - my) / len
            readonly property real stroke: Math.min(16, 2 + modelData.count * 1.2)
            readonly property bool focused: root.edgeFocused(modelData)
            anchors.fill: parent
            visible: !self && a.width > 0 && b.width > 0

            Shape {
                anchors.fill: parent
                preferredRendererType: Shape.CurveRenderer
                opacity: edge.focused ? 0.9 : 0.15
                ShapePath {
                    strokeColor: edge.modelData.color
                    strokeWidth: edge.stroke
                    strokeStyle: edge.modelData.dashPattern.length > 0 ? ShapePath.DashLine : ShapePath.SolidLine
                    dashPattern: edge.modelData.dashPattern.length > 0 ? edge.modelData.dashPattern : [1, 0]
                    capStyle: ShapePath.FlatCap
                    fillColor: "transparent"
                    startX: edge.start.x
                    startY: edge.start.y
                    PathQuad {
                        controlX: edge.mx
                        controlY: edge.my
                        x: edge.end.x - edge.ux * (10 + edge.stroke)
                        y: edge.end.y - edge.uy * (10 + edge.stroke)
                    }
                }
                ShapePath {
                    strokeColor: edge.modelData.color
                    strokeWidth: 1
                    fillColor: edge.modelData.color
                    startX: edge.end.x
                    startY: edge.end.y
                    PathLine {
                        x: edge.end.x - edge.ux * (12 + edge.stroke) - edge.uy * (6 + edge.stroke * 0.7)
                        y: edge.end.y - edge.uy * (12 + edge.stroke) + edge.ux * (6 + edge.stroke * 0.7)
                    }
                    PathLine {
                        x: edge.end.x - edge.ux * (12 + edge.stroke) + edge.uy * (6 + edge.stroke * 0.7)
                        y: edge.end.y - edge.uy * (12 + edge.stroke) - edge.ux * (6 + edge.stroke * 0.7)
                    }
                    PathLine {
                        x: edge.end.x
                        y: edge.end.y
                    }
                }
            }
            AbstractButton {
                id: badge
                objectName: "blameCount"
                // On the curve, a little before its middle, so two opposite arrows' counts do not meet.
                readonly property real t: 0.45
                x: (1 - t) * (1 - t) * edge.start.x + 2 * t * (1 - t) * edge.mx + t * t * edge.end.x - width / 2
                y: (1 - t) * (1 - t) * edge.start.y + 2 * t * (1 - t) * edge.my + t * t * edge.end.y - height / 2
                width: Math.max(height, countText.implicitWidth + 12)
                height: root.fontPixelSize + 12
                opacity: edge.focused ? 1 : 0.35
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Button
                Accessible.name: edge.modelData.label
                PlainToolTip {
                    visible: badge.hovered || badge.visualFocus
                    text: edge.modelData.label
                }
                onClicked: root.edgeSelected(edge.modelData.from, edge.modelData.to)
                Keys.onReturnPressed: root.edgeSelected(edge.modelData.from, edge.modelData.to)
                Keys.onEnterPressed: root.edgeSelected(edge.modelData.from, edge.modelData.to)
                background: Rectangle {
                    radius: height / 2
                    color: Theme.card
                    border.color: badge.visualFocus ? Theme.focus : edge.modelData.color
                    border.width: badge.visualFocus ? Theme.focusWidth : 3
                }
                contentItem: Text {
                    id: countText
                    textFormat: Text.PlainText
                    text: edge.modelData.count
                    font.pixelSize: root.fontPixelSize
                    font.bold: true
                    color: Theme.ink
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }

    // Camps, the open camp's actors, and the open camp itself (activating it closes it).
    Repeater {
        model: root.nodes
        delegate: AbstractButton {
            id: card
            required property campNode modelData
            readonly property rect box: root.nodeRect(modelData)
            readonly property bool selected: modelData.id === root.selectedId && (root.selectedKind === "camp" || root.selectedKind === "actor")
            objectName: "blameNode"
            x: box.x
            y: box.y
            width: box.width
            height: box.height
            opacity: root.nodeDimmed(modelData) ? 0.4 : 1
            focusPolicy: Qt.StrongFocus
            hoverEnabled: true
            Accessible.role: Accessible.Button
            Accessible.name: modelData.label
            PlainToolTip {
                visible: card.hovered || card.visualFocus
                text: card.modelData.label
            }
            function activate(): void {
                if (modelData.isActor)
                    root.actorSelected(modelData.id);
                else
                    root.campActivated(modelData.isOpen ? "" : modelData.id);
            }
            onClicked: activate()
            Keys.onReturnPressed: activate()
            Keys.onEnterPressed: activate()
            background: Rectangle {
                radius: Theme.radius
                color: card.modelData.isOpen ? "transparent" : Theme.card
                border.color: card.visualFocus ? Theme.focus : card.selected ? Theme.accent : Theme.line
                border.width: card.visualFocus ? Theme.focusWidth : card.selected || card.modelData.isOpen ? 3 : 1
            }
            contentItem: Row {
                spacing: 6
                leftPadding: root.padding
                rightPadding: root.padding
                CampMarker {
                    anchors.verticalCenter: parent.verticalCenter
                    marker: card.modelData.marker
                    size: card.modelData.isActor ? Math.round(root.labelPixelSize * 0.7) : root.markerSize
                    color: Theme.ink
                }
                Text {
                    objectName: "blameLabel"
                    anchors.verticalCenter: parent.verticalCenter
                    width: card.width - parent.leftPadding - parent.rightPadding - parent.spacing - (card.modelData.isActor ? Math.round(root.labelPixelSize * 0.7) : root.markerSize)
                    textFormat: Text.PlainText
                    text: card.modelData.name
                    font.pixelSize: root.labelPixelSize
                    font.bold: true
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                    elide: Text.ElideRight
                    maximumLineCount: Math.max(1, Math.floor(card.height / Math.max(1, fontInfo.pixelSize * 1.25)))
                    Accessible.ignored: true // the card carries the name
                }
            }
        }
    }
}
