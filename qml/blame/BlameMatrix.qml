// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes
import org.claimscope.Claimscope

// Who blamed whom as a matrix: claimants in rows, targets in columns, each
// cell the number of claims coloured by their most frequent stance, with
// the stance's marker beside it so that colour never carries it alone.
// Camps get letters; a camp's row and column open into its actors.
//
// Keys: arrows move the current cell, into the headers too; Enter or Space
// on a header opens its camp (or, on an actor, closes it); Enter or Space on
// a cell activates it; Escape closes the open camp.
FocusScope {
    id: root

    // The same picture in every language: claimants' names on the left, A to
    // J and the totals to the right, as the corner's arrows say. Its texts
    // keep their own direction (docs/translating.md).
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    /// The claims shown: dated on or before it (an invalid date: all).
    property alias cutoff: matrixModel.cutoff
    /// The camp opened into its actors, "" for none.
    property alias expandedCamp: matrixModel.expandedCamp
    property alias caseLibrary: matrixModel.caseLibrary
    readonly property BlameMatrixModel model: matrixModel
    /// The current cell: row -1 is the column headers, column -1 the row headers.
    property int currentRow: 0
    property int currentColumn: 0
    /// Type of names, notes and the legend, and of the letters and counts.
    property int textPixelSize: Theme.fontSmall
    property int largePixelSize: Theme.fontLarge
    /// Rows share the height, so that every row shows without scrolling (on the audience screen).
    property bool fitRows: false
    /// A camp or actor marked in its row and column header (the focus of a lesson step), "" for none.
    property string highlightedNode
    /// The line on how to read and use the matrix by keyboard.
    property bool showHints: true
    /// The last row and column (the totals) included.
    readonly property int size: matrixModel.nodeCount + 1

    /// A cell was chosen: node ids (camp or actor), "" for the totals.
    signal cellActivated(string claimant, string target)

    implicitWidth: 1000
    implicitHeight: 600

    function moveTo(row: int, column: int): void {
        if (root.size <= 1)
            return;
        row = Math.max(-1, Math.min(row, root.size - 1));
        column = Math.max(-1, Math.min(column, root.size - 1));
        if (row < 0 && column < 0)
            return; // the corner holds nothing
        root.currentRow = row;
        root.currentColumn = column;
        if (row >= 0 && column >= 0)
            table.positionViewAtCell(Qt.point(column, row), TableView.Contain);
        else if (row < 0)
            table.positionViewAtColumn(column, TableView.Contain);
        else
            table.positionViewAtRow(row, TableView.Contain);
        Qt.callLater(root.focusCurrent);
    }
    /// Gives the current cell's item the focus, so that screen readers follow it.
    function focusCurrent(): void {
        const item = root.currentItem();
        if (item && root.activeFocus)
            item.forceActiveFocus();
    }
    function currentItem(): Item {
        if (root.currentRow < 0)
            return columnHeader.itemAtCell(Qt.point(root.currentColumn, 0));
        if (root.currentColumn < 0)
            return rowHeader.itemAtCell(Qt.point(0, root.currentRow));
        return table.itemAtCell(Qt.point(root.currentColumn, root.currentRow));
    }
    /// Runs `change` (which opens or closes a camp and says whether it did)
    /// keeping the current cell on the same camp or actor: on a camp's first
    /// actor when it opens, on the camp when it closes.
    function keepCurrent(change: var): void {
        const row = root.currentRow, column = root.currentColumn;
        const rowId = matrixModel.nodeId(row), columnId = matrixModel.nodeId(column);
        if (!change())
            return;
        const place = (index, id) => index < 0 ? -1 : id === "" ? root.size - 1 : matrixModel.placeOf(id);
        root.moveTo(place(row, rowId), place(column, columnId));
    }
    /// Enter on a header: opens its camp, or closes the camp of its actor.
    function toggle(index: int): void {
        root.keepCurrent(() => matrixModel.toggleNode(index));
    }
    function activate(): void {
        if (root.currentRow < 0)
            root.toggle(root.currentColumn);
        else if (root.currentColumn < 0)
            root.toggle(root.currentRow);
        else
            root.cellActivated(matrixModel.nodeId(root.currentRow), matrixModel.nodeId(root.currentColumn));
    }
    /// Closes the open camp; false when none is open.
    function closeCamp(): bool {
        if (matrixModel.expandedCamp === "")
            return false;
        root.keepCurrent(() => {
            matrixModel.expandedCamp = "";
            return true;
        });
        return true;
    }

    Keys.onPressed: event => {
        switch (event.key) {
        case Qt.Key_Left:
            root.moveTo(root.currentRow, root.currentColumn - 1);
            break;
        case Qt.Key_Right:
            root.moveTo(root.currentRow, root.currentColumn + 1);
            break;
        case Qt.Key_Up:
            root.moveTo(root.currentRow - 1, root.currentColumn);
            break;
        case Qt.Key_Down:
            root.moveTo(root.currentRow + 1, root.currentColumn);
            break;
        case Qt.Key_Home:
            root.moveTo(root.currentRow, 0);
            break;
        case Qt.Key_End:
            root.moveTo(root.currentRow, root.size - 1);
            break;
        case Qt.Key_Return:
        case Qt.Key_Enter:
        case Qt.Key_Space:
            root.activate();
            break;
        case Qt.Key_Escape:
            // With no camp open, Escape is the page's (back).
            event.accepted = root.closeCamp();
            return;
        default:
            event.accepted = false;
            return;
        }
        event.accepted = true;
    }
    // Rows that share the height are laid out anew, the current cell kept in view.
    onRowHeightChanged: {
        table.forceLayout();
        Qt.callLater(() => root.moveTo(root.currentRow, root.currentColumn));
    }
    onActiveFocusChanged: if (activeFocus)
        Qt.callLater(root.focusCurrent)

    BlameMatrixModel {
        id: matrixModel
        caseLibrary: CaseLibrary
        onModelReset: Qt.callLater(() => root.moveTo(Math.min(root.currentRow, root.size - 1), Math.min(root.currentColumn, root.size - 1)))
    }

    // A camp's shape (CampFormat's markers), drawn so that it needs no font.
    component CampMarker: Item {
        id: marker
        property string shape
        property color color: Theme.ink
        // Outline points in the item; none for a circle (or an unknown shape).
        readonly property list<point> points: {
            // sides, angle of the first corner, radius factor (so a square looks as big as a circle)
            const polygon = {
                "triangle-up": [3, -90, 1],
                "triangle-down": [3, 90, 1],
                "triangle-left": [3, 180, 1],
                "triangle-right": [3, 0, 1],
                "square": [4, 45, 1.3],
                "diamond": [4, 0, 1],
                "pentagon": [5, -90, 1],
                "hexagon": [6, 0, 1]
            }[shape];
            const r = Math.min(width, height) / 2 - 1; // inside, with the outline
            const at = (x, y) => Qt.point(width / 2 + r * x, height / 2 + r * y);
            const list = [];
            if (polygon) {
                for (let i = 0; i <= polygon[0]; ++i) {
                    const a = (polygon[1] + 360 * i / polygon[0]) * Math.PI / 180;
                    list.push(at(polygon[2] * Math.cos(a), polygon[2] * Math.sin(a)));
                }
            } else if (shape === "star") {
                for (let i = 0; i <= 10; ++i) {
                    const a = (-90 + 36 * i) * Math.PI / 180, k = i % 2 ? 0.45 : 1;
                    list.push(at(k * Math.cos(a), k * Math.sin(a)));
                }
            } else if (shape === "plus" || shape === "cross") {
                // A thick plus as one outline, turned 45° for "cross".
                const t = 0.32, turn = shape === "cross" ? Math.PI / 4 : 0;
                const outline = [[-t, -1], [t, -1], [t, -t], [1, -t], [1, t], [t, t], [t, 1], [-t, 1], [-t, t], [-1, t], [-1, -t], [-t, -t], [-t, -1]];
                for (const p of outline)
                    list.push(at(p[0] * Math.cos(turn) - p[1] * Math.sin(turn), p[0] * Math.sin(turn) + p[1] * Math.cos(turn)));
            }
            return list;
        }
        implicitWidth: 18
        implicitHeight: 18
        Accessible.ignored: true

        Shape {
            anchors.fill: parent
            visible: marker.points.length > 0
            // Outlined, so that a camp's shape is not read as a stance's filled marker.
            ShapePath {
                strokeWidth: 2
                strokeColor: marker.color
                fillColor: "transparent"
                joinStyle: ShapePath.MiterJoin
                PathPolyline {
                    path: marker.points
                }
            }
        }
        Rectangle {
            visible: marker.points.length === 0 && marker.shape !== ""
            anchors.fill: parent
            anchors.margins: 1
            radius: width / 2
            color: "transparent"
            border.width: 2
            border.color: marker.color
        }
    }

    // Names get what the cells leave, up to 320 px, and wrap onto two lines.
    readonly property int rowHeaderWidth: Math.round(Math.min(fitRows ? 400 : 320, Math.max(width * 0.3, width - size * minCellWidth)))
    readonly property int headerHeight: Math.max(62, Math.ceil(largePixelSize * 1.4) + 26)
    // Two lines of a name; sharing the height where the rows fit it.
    readonly property int minRowHeight: Math.max(52, Math.ceil(textPixelSize * 2.7) + 4)
    readonly property int rowHeight: fitRows ? Math.max(minRowHeight, Math.floor((table.height - 1) / Math.max(1, size))) : minRowHeight
    readonly property int minCellWidth: fitRows ? 48 : 56
    // The totals' column is as wide as its heading needs; the others share the rest.
    FontMetrics {
        id: totalMetrics
        font.pixelSize: root.textPixelSize
        font.bold: true
    }
    readonly property int totalWidth: Math.max(minCellWidth, Math.ceil(totalMetrics.advanceWidth(matrixModel.totalHeading)) + 12)
    readonly property int cellWidth: Math.max(minCellWidth, Math.floor((table.width - 1 - totalWidth) / Math.max(1, root.size - 1)))

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            visible: root.showHints
            wrapMode: Text.Wrap
            font.pixelSize: root.textPixelSize
            color: Theme.inkMuted
            text: matrixModel.expandedCamp === "" ? qsTr("Rows made the claims, columns received them. Enter on a letter opens a camp into its actors.") : qsTr("One camp is open into its actors. Escape closes it.")
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            rowSpacing: 0
            columnSpacing: 0

            Label {
                Layout.preferredWidth: root.rowHeaderWidth
                Layout.preferredHeight: root.headerHeight
                verticalAlignment: Text.AlignBottom
                padding: 6
                font.pixelSize: root.textPixelSize
                color: Theme.inkMuted
                text: qsTr("Claimant ↓  Target →")
                Accessible.ignored: true
            }
            HorizontalHeaderView {
                id: columnHeader
                Layout.fillWidth: true
                Layout.preferredHeight: root.headerHeight
                syncView: table
                clip: true
                reuseItems: false
                onLayoutChanged: Qt.callLater(root.focusCurrent)
                delegate: BlameMatrixHeader {
                    id: columnCell
                    required property int column
                    highlighted: nodeId !== "" && nodeId === root.highlightedNode
                    current: root.currentRow < 0 && root.currentColumn === column
                    framed: current && root.activeFocus
                    implicitHeight: root.headerHeight
                    Accessible.role: Accessible.ColumnHeader
                    onActivated: {
                        root.forceActiveFocus();
                        root.moveTo(-1, columnCell.column);
                        root.activate();
                    }
                    ColumnLayout {
                        anchors.centerIn: parent
                        spacing: 2
                        CampMarker {
                            Layout.alignment: Qt.AlignHCenter
                            shape: columnCell.marker
                            visible: columnCell.marker !== ""
                        }
                        Text {
                            objectName: "matrixColumnKey"
                            Layout.alignment: Qt.AlignHCenter
                            text: columnCell.key
                            textFormat: Text.PlainText
                            font.pixelSize: columnCell.isCamp || columnCell.isActor ? root.largePixelSize : root.textPixelSize
                            font.bold: true
                            color: Theme.ink
                        }
                    }
                }
            }

            VerticalHeaderView {
                id: rowHeader
                Layout.preferredWidth: root.rowHeaderWidth
                Layout.fillHeight: true
                syncView: table
                clip: true
                // The software renderer draws shapes (the camps' markers) past a clip; a layer holds them in.
                layer.enabled: GraphicsInfo.api === GraphicsInfo.Software
                reuseItems: false
                onLayoutChanged: Qt.callLater(root.focusCurrent)
                delegate: BlameMatrixHeader {
                    id: rowCell
                    required property int row
                    highlighted: nodeId !== "" && nodeId === root.highlightedNode
                    current: root.currentColumn < 0 && root.currentRow === row
                    framed: current && root.activeFocus
                    implicitWidth: root.rowHeaderWidth
                    Accessible.role: Accessible.RowHeader
                    onActivated: {
                        root.forceActiveFocus();
                        root.moveTo(rowCell.row, -1);
                        root.activate();
                    }
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: rowCell.isActor ? 18 : 8
                        anchors.rightMargin: 6
                        spacing: 6
                        Text {
                            Layout.preferredWidth: 30
                            visible: rowCell.isCamp || rowCell.isActor
                            text: rowCell.key
                            textFormat: Text.PlainText
                            font.pixelSize: rowCell.isActor ? root.textPixelSize : root.largePixelSize
                            font.bold: true
                            color: Theme.ink
                        }
                        CampMarker {
                            shape: rowCell.marker
                            visible: rowCell.marker !== ""
                        }
                        Text {
                            objectName: "matrixRowName"
                            Layout.fillWidth: true
                            text: rowCell.name
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            font.pixelSize: rowCell.isCamp || rowCell.isActor ? root.textPixelSize : root.largePixelSize
                            font.bold: !rowCell.isCamp && !rowCell.isActor
                            lineHeight: 0.95
                            color: Theme.ink
                        }
                    }
                }
            }
            TableView {
                id: table
                objectName: "matrixTable"
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: matrixModel
                clip: true
                onLayoutChanged: Qt.callLater(root.focusCurrent)
                reuseItems: false
                keyNavigationEnabled: false
                boundsBehavior: Flickable.StopAtBounds
                columnWidthProvider: column => column === root.size - 1 ? root.totalWidth : root.cellWidth
                rowHeightProvider: () => root.rowHeight
                ScrollBar.horizontal: ScrollBar {}
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Who blamed whom, as a matrix: %1 claims").arg(LanguageManager.number(matrixModel.claimCount))
                onWidthChanged: forceLayout()
                // The current cell stays in view when the room changes.
                onHeightChanged: Qt.callLater(() => root.moveTo(root.currentRow, root.currentColumn))

                delegate: BlameMatrixCell {
                    id: cell
                    current: root.currentRow === row && root.currentColumn === column
                    framed: cell.current && root.activeFocus
                    countPixelSize: root.largePixelSize
                    markerPixelSize: root.textPixelSize
                    onActivated: {
                        root.forceActiveFocus();
                        root.moveTo(cell.row, cell.column);
                        root.activate();
                    }
                }
            }
        }

        // The stances by colour and marker.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Colours and markers of the stances")
            Repeater {
                model: VocabularyStyle.stances
                delegate: Row {
                    id: legendEntry
                    required property vocabularyEntry modelData
                    spacing: 4
                    Accessible.role: Accessible.ListItem
                    Accessible.name: modelData.marker + " " + modelData.label
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 14
                        height: 14
                        color: legendEntry.modelData.color
                    }
                    Text {
                        text: legendEntry.modelData.marker + " " + legendEntry.modelData.label
                        textFormat: Text.PlainText
                        font.pixelSize: root.textPixelSize
                        color: Theme.ink
                    }
                }
            }
        }
    }
}
