// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes

// A camp's marker: one of the case format's twelve shapes, so that camps
// are told apart without colour.
Shape {
    id: root

    property string marker: "circle"
    property color color: "black"
    property real size: 24

    width: size
    height: size
    preferredRendererType: Shape.CurveRenderer
    Accessible.ignored: true

    // Unit points (-1..1) of each shape's outline.
    function polygon(sides: int, rotation: real, inner: real): list<point> {
        const points = [];
        const count = inner > 0 ? sides * 2 : sides;
        for (let i = 0; i <= count; ++i) {
            const r = inner > 0 && i % 2 === 1 ? inner : 1;
            const a = rotation + i * 2 * Math.PI / count;
            points.push(Qt.point(r * Math.cos(a), r * Math.sin(a)));
        }
        return points;
    }
    function outline(name: string): list<point> {
        const up = -Math.PI / 2;
        switch (name) {
        case "square":
            return [Qt.point(-0.85, -0.85), Qt.point(0.85, -0.85), Qt.point(0.85, 0.85), Qt.point(-0.85, 0.85), Qt.point(-0.85, -0.85)];
        case "diamond":
            return polygon(4, up, 0);
        case "triangle-up":
            return polygon(3, up, 0);
        case "triangle-down":
            return polygon(3, Math.PI / 2, 0);
        case "triangle-left":
            return polygon(3, Math.PI, 0);
        case "triangle-right":
            return polygon(3, 0, 0);
        case "pentagon":
            return polygon(5, up, 0);
        case "hexagon":
            return polygon(6, 0, 0);
        case "star":
            return polygon(5, up, 0.45);
        case "cross":
            return [Qt.point(-0.35, -1), Qt.point(0, -0.35), Qt.point(0.35, -1), Qt.point(1, -0.35), Qt.point(0.35, 0), Qt.point(1, 0.35), Qt.point(0.35, 1), Qt.point(0, 0.35), Qt.point(-0.35, 1), Qt.point(-1, 0.35), Qt.point(-0.35, 0), Qt.point(-1, -0.35), Qt.point(-0.35, -1)];
        case "plus":
            return [Qt.point(-0.3, -1), Qt.point(0.3, -1), Qt.point(0.3, -0.3), Qt.point(1, -0.3), Qt.point(1, 0.3), Qt.point(0.3, 0.3), Qt.point(0.3, 1), Qt.point(-0.3, 1), Qt.point(-0.3, 0.3), Qt.point(-1, 0.3), Qt.point(-1, -0.3), Qt.point(-0.3, -0.3), Qt.point(-0.3, -1)];
        default:
            return polygon(32, 0, 0);
        }
    }

    ShapePath {
        strokeColor: root.color
        strokeWidth: 1
        fillColor: root.color
        PathPolyline {
            path: root.outline(root.marker).map(p => Qt.point((p.x + 1) * root.size / 2, (p.y + 1) * root.size / 2))
        }
    }
}
