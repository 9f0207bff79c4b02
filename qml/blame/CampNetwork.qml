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
//
// Keys: the view is one Tab stop; Left/Right move between the cards (camps,
// and the actors of an open camp), Up/Down between the arrows' counts,
// Home/End to the first or last; Enter or Space activates.
FocusScope {
    id: root

    activeFocusOnTab: true
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Who blamed whom, by camp")

    /// What is focused: "camp", "actor", "edge" or "".
    property string selectedKind
    property string selectedId
    property string selectedFrom
    property string selectedTo
    property int fontPixelSize: Theme.fontBody
    signal campActivated(string campId)
    signal actorSelected(string actorId)
    signal edgeSelected(string from, string to)

    /// The card or count that has the focus within the view, when it has it.
    property Item current
    /// The cards (kind "card") or the counts (kind "count") now shown, in order.
    function stops(kind: string): var {
        const found = [];
        for (let i = 0; i < root.children.length; ++i) {
            const child = root.children[i];
            if (kind === "card" && child.objectName === "blameNode" && child.visible)
                found.push(child);
            else if (kind === "count" && child.objectName === "blameArrow" && child.visible)
                found.push(child.countBadge);
        }
        return found;
    }
    /// Moves the focus `step` places among the cards or the counts (0: the first, Infinity: the last).
    function move(kind: string, step: var): void {
        const list = stops(kind);
        if (list.length === 0)
            return;
        const at = list.indexOf(current);
        const index = step === 0 ? 0 : step === Infinity ? list.length - 1 : at < 0 ? 0 : (at + step + list.length) % list.length;
        current = list[index];
        current.forceActiveFocus(Qt.TabFocusReason);
    }
    Keys.onPressed: event => {
        const kind = current && current.objectName === "blameCount" ? "count" : "card";
        switch (event.key) {
        case Qt.Key_Right:
            move("card", 1);
            break;
        case Qt.Key_Left:
            move("card", -1);
            break;
        case Qt.Key_Down:
            move("count", 1);
            break;
        case Qt.Key_Up:
            move("count", -1);
            break;
        case Qt.Key_Home:
            move(kind, 0);
            break;
        case Qt.Key_End:
            move(kind, Infinity);
            break;
        default:
            event.accepted = false;
            return;
        }
        event.accepted = true;
    }
    // Tab lands on the view: the focus goes on to the card or count that had it, else the first card.
    onActiveFocusChanged: if (activeFocus && (!current || !current.visible || !current.activeFocus))
        Qt.callLater(() => {
            if (root.activeFocus && !(root.current && root.current.activeFocus))
                root.current && root.current.visible ? root.current.forceActiveFocus() : root.move("card", 0);
        })

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

    /// Where one arrow runs, bent `k` times its usual amount (negative: to the other side):
    /// from `start` over the control point (mx, my) to `end`.
    function curveOf(edge: blameEdge, a: rect, b: rect, k: real): var {
        const ax = a.x + a.width / 2, ay = a.y + a.height / 2, bx = b.x + b.width / 2, by = b.y + b.height / 2;
        // Bend every arrow towards the middle of the ring, so none leaves the view; A→B and B→A bend by
        // different amounts, so they stay apart.
        const side = ((by - ay) * (width / 2 - ax) - (bx - ax) * (height / 2 - ay)) > 0 ? -1 : 1;
        // More between cards of one row or column (the line would run under the cards between), less across the ring.
        const alongEdge = (edge.x1 === edge.x2 && (edge.x1 === 0 || edge.x1 === 1)) || (edge.y1 === edge.y2 && (edge.y1 === 0 || edge.y1 === 1));
        const bend = k * (edge.from < edge.to ? 1 : 2) * (alongEdge ? 0.16 : 0.07);
        const mx = (ax + bx) / 2 - side * (by - ay) * bend;
        const my = (ay + by) / 2 + side * (bx - ax) * bend;
        return {
            start: border(a, mx, my),
            end: border(b, mx, my),
            mx: mx,
            my: my
        };
    }
    function pointAt(c: var, t: real): point {
        return Qt.point((1 - t) * (1 - t) * c.start.x + 2 * t * (1 - t) * c.mx + t * t * c.end.x, (1 - t) * (1 - t) * c.start.y + 2 * t * (1 - t) * c.my + t * t * c.end.y);
    }
    function inside(p: point, r: rect, margin: real): bool {
        return p.x > r.x - margin && p.x < r.x + r.width + margin && p.y > r.y - margin && p.y < r.y + r.height + margin;
    }
    function meets(a: rect, b: rect): bool {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }
    readonly property real badgeHeight: fontPixelSize + 12
    /// The count of claims within one camp, with a loop sign.
    function selfText(count: int): string {
        return "↺ " + count;
    }
    /// Each arrow's curve and the place of its count, in the order of campEdges: an arrow
    /// bends more (or the other way) until it passes under no card but its own two; a count
    /// slides along its arrow to the first place clear of every card and every count placed
    /// before it (the larger arrows come first).
    readonly property var arrows: {
        const cards = nodes.filter(n => !n.isOpen).map(n => nodeRect(n));
        const view = Qt.rect(0, 0, width, height);
        const placed = [];
        const result = [];
        for (const edge of CaseLibrary.blame.campEdges) {
            const a = rectOf(edge.from, isActorId(edge.from)), b = rectOf(edge.to, isActorId(edge.to));
            if (a.width <= 0 || b.width <= 0) {
                result.push(null);
                continue;
            }
            if (edge.from === edge.to) {
                // Claims within a camp: a count with a loop sign beside its card, where it is clear.
                const w = Math.max(badgeHeight, metrics.advanceWidth(selfText(edge.count)) + 14), h = badgeHeight;
                const spots = [[a.x + a.width / 2 - w / 2, a.y + a.height + 4], [a.x + a.width + 4, a.y + a.height / 2 - h / 2], [a.x - w - 4, a.y + a.height / 2 - h / 2], [a.x + a.width / 2 - w / 2, a.y - h - 4], [a.x + a.width - w, a.y + a.height + 4], [a.x, a.y + a.height + 4], [a.x + a.width - w, a.y - h - 4], [a.x, a.y - h - 4]].map(p => Qt.rect(p[0], p[1], w, h));
                const clear = r => inside(Qt.point(r.x, r.y), view, 0) && inside(Qt.point(r.x + r.width, r.y + r.height), view, 0) && !cards.some(c => meets(r, c)) && !placed.some(c => meets(r, c));
                const badge = spots.find(clear) ?? spots[0];
                placed.push(badge);
                result.push({
                    self: true,
                    badge: badge,
                    start: Qt.point(0, 0),
                    end: Qt.point(0, 0),
                    mx: 0,
                    my: 0
                });
                continue;
            }
            const others = cards.filter(r => !meets(r, a) && !meets(r, b));
            const stroke = Math.min(16, 2 + edge.count * 1.2);
            // The bends, those passing under fewer cards first (a stable sort keeps the smaller bends ahead).
            const candidates = [1, 1.7, 2.4, 3.2, -1, 4, -1.7, 5, -2.4].map(k => {
                const c = curveOf(edge, a, b, k);
                let blocked = 0;
                for (let t = 0.1; t < 0.91; t += 0.04) {
                    const p = pointAt(c, t);
                    if (!inside(p, view, 0) || others.some(r => inside(p, r, stroke / 2 + 2)))
                        ++blocked;
                }
                return {
                    curve: c,
                    blocked: blocked
                };
            }).sort((x, y) => x.blocked - y.blocked);
            const w = Math.max(badgeHeight, metrics.advanceWidth(String(edge.count)) + 14);
            const badgeOn = (c, t) => {
                const p = pointAt(c, t);
                return Qt.rect(p.x - w / 2, p.y - badgeHeight / 2, w, badgeHeight);
            };
            // The first bend, among the clearest, whose count finds a free place.
            let curve = null, badge = null;
            for (const candidate of candidates) {
                if (candidate.blocked > candidates[0].blocked + 2)
                    break;
                for (const t of [0.45, 0.38, 0.52, 0.31, 0.59, 0.24, 0.66, 0.17, 0.73, 0.1, 0.8]) {
                    const r = badgeOn(candidate.curve, t);
                    const grown = Qt.rect(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
                    if (inside(Qt.point(r.x, r.y), view, 0) && inside(Qt.point(r.x + r.width, r.y + r.height), view, 0) && !cards.some(c => meets(grown, c)) && !placed.some(c => meets(grown, c))) {
                        curve = candidate.curve;
                        badge = r;
                        break;
                    }
                }
                if (badge)
                    break;
            }
            // No clear place: the clearest bend, its count a little before the middle.
            if (!badge) {
                curve = candidates[0].curve;
                badge = badgeOn(curve, 0.45);
            }
            placed.push(badge);
            curve.badge = badge;
            result.push(curve);
        }
        return result;
    }

    // Arrows below the cards.
    Repeater {
        model: CaseLibrary.blame.campEdges
        delegate: Item {
            id: edge
            required property blameEdge modelData
            readonly property Item countBadge: badge
            objectName: "blameArrow"
            required property int index
            readonly property var curve: root.arrows[index] ?? null
            readonly property real mx: curve ? curve.mx : 0
            readonly property real my: curve ? curve.my : 0
            readonly property point start: curve ? curve.start : Qt.point(0, 0)
            readonly property point end: curve ? curve.end : Qt.point(0, 0)
            readonly property rect badgeBox: curve ? curve.badge : Qt.rect(0, 0, 0, 0)
            readonly property real len: Math.max(1, Math.hypot(end.x - mx, end.y - my))
            readonly property real ux: (end.x - mx) / len
            readonly property real uy: (end.y - my) / len
            readonly property real stroke: Math.min(16, 2 + modelData.count * 1.2)
            readonly property bool focused: root.edgeFocused(modelData)
            anchors.fill: parent
            visible: curve !== null

            Shape {
                anchors.fill: parent
                visible: !edge.curve?.self
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
                // On the curve, where it is clear of the cards and the other counts (root.arrows).
                x: edge.badgeBox.x
                y: edge.badgeBox.y
                width: edge.badgeBox.width
                height: edge.badgeBox.height
                opacity: edge.focused ? 1 : 0.35
                // Reached by the arrow keys, not by Tab: the view is one Tab stop.
                focusPolicy: Qt.ClickFocus
                onActiveFocusChanged: if (activeFocus)
                    root.current = badge
                Accessible.role: Accessible.Button
                Accessible.name: edge.modelData.label
                PlainToolTip {
                    visible: badge.hovered || badge.visualFocus
                    text: edge.modelData.label
                }
                onClicked: root.edgeSelected(edge.modelData.from, edge.modelData.to)
                background: Rectangle {
                    radius: height / 2
                    color: Theme.card
                    border.color: badge.visualFocus ? Theme.focus : edge.modelData.color
                    border.width: badge.visualFocus ? Theme.focusWidth : 3
                }
                contentItem: Text {
                    id: countText
                    textFormat: Text.PlainText
                    text: edge.curve?.self ? root.selfText(edge.modelData.count) : edge.modelData.count
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
            focusPolicy: Qt.ClickFocus
            onActiveFocusChanged: if (activeFocus)
                root.current = card
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
