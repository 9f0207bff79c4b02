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
    /// The card for the open camp's actors that do not fit ("5 more"): its id, their ids, and its name.
    signal groupSelected(string groupId, list<string> actorIds, string name)
    signal edgeSelected(string from, string to)

    /// The card or count that has the focus within the view, when it has it.
    property alias current: keys.current
    /// The cards (kind "card") or the counts (kind "count") now shown, in order.
    function stops(kind: string): var {
        const found = [];
        for (let i = 0; i < root.children.length; ++i) {
            const child = root.children[i];
            if (kind === "card" && child.objectName === "blameNode" && child.visible)
                found.push(child);
            else if (kind === "count" && child.objectName === "blameArrow" && child.visible)
                found.push(child);
        }
        // In the models' order (a moved row's delegate keeps its place among the children).
        found.sort((a, b) => a.index - b.index);
        return kind === "count" ? found.map(arrow => arrow.countBadge) : found;
    }
    ArrowKeyStops {
        id: keys
        view: root
        stops: counts => root.stops(counts ? "count" : "card")
        isCount: item => item.objectName === "blameCount"
    }
    Keys.onPressed: event => keys.pressed(event)

    readonly property string openCamp: CaseLibrary.blame.openCamp
    // Where the cards, arrows and counts go (in C++: the routing runs on every day that adds a claim).
    CampLayout {
        id: layout
        view: CaseLibrary.blame
        width: root.width
        height: root.height
        fontPixelSize: root.fontPixelSize
    }
    readonly property int labelPixelSize: layout.labelPixelSize
    readonly property real padding: layout.padding
    readonly property real markerSize: layout.markerSize

    function edgeFocused(edge: blameEdge): bool {
        if (selectedKind === "edge")
            return edge.from === selectedFrom && edge.to === selectedTo;
        // An open camp in focus: the arrows of its actors.
        const inOpenCamp = id => selectedId === openCamp && CaseLibrary.blame.campOf(id) === openCamp;
        if (selectedKind === "camp")
            return edge.from === selectedId || edge.to === selectedId || inOpenCamp(edge.from) || inOpenCamp(edge.to);
        if (selectedKind === "actor")
            return edge.from === selectedId || edge.to === selectedId;
        return true;
    }

    // Arrows below the cards.
    Repeater {
        model: layout.arrows
        delegate: Item {
            id: arrow
            required property int index
            required property blameEdge edge
            required property rect box
            required property point start
            required property point control
            required property point end
            required property bool loop
            required property string countText
            readonly property Item countBadge: badge
            objectName: "blameArrow"
            // A count of claims within a camp may sit on its own card's border (CampLayout): above the card, not hidden by it.
            z: loop ? 1 : 0
            readonly property real len: Math.max(1, Math.hypot(end.x - control.x, end.y - control.y))
            readonly property real ux: (end.x - control.x) / len
            readonly property real uy: (end.y - control.y) / len
            readonly property real stroke: layout.strokeWidth(edge.count)
            readonly property bool focused: root.edgeFocused(edge)
            anchors.fill: parent

            Shape {
                anchors.fill: parent
                visible: !arrow.loop
                preferredRendererType: Shape.CurveRenderer
                opacity: arrow.focused ? 0.9 : 0.15
                ShapePath {
                    strokeColor: arrow.edge.color
                    strokeWidth: arrow.stroke
                    strokeStyle: arrow.edge.dashPattern.length > 0 ? ShapePath.DashLine : ShapePath.SolidLine
                    dashPattern: arrow.edge.dashPattern.length > 0 ? arrow.edge.dashPattern : [1, 0]
                    capStyle: ShapePath.FlatCap
                    fillColor: "transparent"
                    startX: arrow.start.x
                    startY: arrow.start.y
                    PathQuad {
                        controlX: arrow.control.x
                        controlY: arrow.control.y
                        x: arrow.end.x - arrow.ux * (10 + arrow.stroke)
                        y: arrow.end.y - arrow.uy * (10 + arrow.stroke)
                    }
                }
                ShapePath {
                    strokeColor: arrow.edge.color
                    strokeWidth: 1
                    fillColor: arrow.edge.color
                    startX: arrow.end.x
                    startY: arrow.end.y
                    PathLine {
                        x: arrow.end.x - arrow.ux * (12 + arrow.stroke) - arrow.uy * (6 + arrow.stroke * 0.7)
                        y: arrow.end.y - arrow.uy * (12 + arrow.stroke) + arrow.ux * (6 + arrow.stroke * 0.7)
                    }
                    PathLine {
                        x: arrow.end.x - arrow.ux * (12 + arrow.stroke) + arrow.uy * (6 + arrow.stroke * 0.7)
                        y: arrow.end.y - arrow.uy * (12 + arrow.stroke) - arrow.ux * (6 + arrow.stroke * 0.7)
                    }
                    PathLine {
                        x: arrow.end.x
                        y: arrow.end.y
                    }
                }
            }
            AbstractButton {
                id: badge
                objectName: "blameCount"
                // On the curve, where it is clear of the cards and the other counts (CampLayout).
                x: arrow.box.x
                y: arrow.box.y
                width: arrow.box.width
                height: arrow.box.height
                opacity: arrow.focused ? 1 : 0.35
                // Reached by the arrow keys, not by Tab: the view is one Tab stop.
                focusPolicy: Qt.ClickFocus
                onActiveFocusChanged: if (activeFocus)
                    root.current = badge
                Accessible.role: Accessible.Button
                Accessible.name: arrow.edge.label
                PlainToolTip {
                    visible: badge.hovered || badge.visualFocus
                    text: arrow.edge.label
                }
                onClicked: root.edgeSelected(arrow.edge.from, arrow.edge.to)
                background: Rectangle {
                    radius: height / 2
                    color: Theme.card
                    border.color: badge.visualFocus ? Theme.focus : arrow.edge.color
                    border.width: badge.visualFocus ? Theme.focusWidth : 3
                }
                contentItem: Text {
                    id: countText
                    textFormat: Text.PlainText
                    text: arrow.countText
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
        model: layout.cards
        delegate: AbstractButton {
            id: card
            required property int index
            required property campNode node
            required property rect box
            required property bool dimmed
            readonly property bool selected: node.id === root.selectedId && (root.selectedKind === "camp" || root.selectedKind === "actor")
            objectName: "blameNode"
            x: box.x
            y: box.y
            width: box.width
            height: box.height
            opacity: dimmed ? 0.4 : 1
            focusPolicy: Qt.ClickFocus
            onActiveFocusChanged: if (activeFocus)
                root.current = card
            hoverEnabled: true
            Accessible.role: Accessible.Button
            Accessible.name: node.label
            PlainToolTip {
                visible: card.hovered || card.visualFocus
                text: card.node.label
            }
            function activate(): void {
                if (node.members.length > 0)
                    root.groupSelected(node.id, node.members, node.name);
                else if (node.isActor)
                    root.actorSelected(node.id);
                else
                    root.campActivated(node.isOpen ? "" : node.id);
            }
            onClicked: activate()
            background: Rectangle {
                radius: Theme.radius
                color: card.node.isOpen ? "transparent" : Theme.card
                border.color: card.visualFocus ? Theme.focus : card.selected ? Theme.accent : Theme.line
                border.width: card.visualFocus ? Theme.focusWidth : card.selected || card.node.isOpen ? 3 : 1
            }
            contentItem: Row {
                spacing: 6
                leftPadding: root.padding
                rightPadding: root.padding
                CampMarker {
                    anchors.verticalCenter: parent.verticalCenter
                    marker: card.node.marker
                    size: card.node.isActor ? Math.round(root.labelPixelSize * 0.7) : root.markerSize
                    color: Theme.ink
                }
                Text {
                    objectName: "blameLabel"
                    anchors.verticalCenter: parent.verticalCenter
                    width: card.width - parent.leftPadding - parent.rightPadding - parent.spacing - (card.node.isActor ? Math.round(root.labelPixelSize * 0.7) : root.markerSize)
                    textFormat: Text.PlainText
                    text: card.node.name
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
