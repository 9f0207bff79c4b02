// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The blame matrix by keyboard: arrows move the current cell into the
// headers, Enter on a camp's letter opens it, Escape closes it, Enter on a
// cell activates it. Camps and counts come from content/sony-hack at the
// end of the case: A is the first camp (by order), F the US government with
// 16 actors in claims, 10 camps in all.
ClaimscopeTestCase {
    id: root
    name: "BlameMatrix"

    Component {
        id: matrixComponent
        BlameMatrix {
            width: 1024
            height: 600
            cutoff: new Date(2015, 11, 31)
        }
    }

    SignalSpy {
        id: activated
        signalName: "cellActivated"
    }

    function createMatrix(): BlameMatrix {
        const matrix = createTemporaryObject(matrixComponent, root);
        verify(matrix);
        activated.clear();
        activated.target = matrix;
        matrix.forceActiveFocus();
        tryVerify(() => matrix.model.nodeCount === 10, 2000, "ten camps");
        waitForRendering(matrix);
        return matrix;
    }

    function test_arrows_data() {
        return [
            {
                tag: "right",
                keys: [Qt.Key_Right],
                row: 0,
                column: 1
            },
            {
                tag: "down and right",
                keys: [Qt.Key_Down, Qt.Key_Right, Qt.Key_Right],
                row: 1,
                column: 2
            },
            {
                tag: "up into the column headers",
                keys: [Qt.Key_Up],
                row: -1,
                column: 0
            },
            {
                tag: "left into the row headers",
                keys: [Qt.Key_Left],
                row: 0,
                column: -1
            },
            {
                tag: "not into the corner",
                keys: [Qt.Key_Left, Qt.Key_Up],
                row: 0,
                column: -1
            },
            {
                tag: "End: the totals",
                keys: [Qt.Key_End, Qt.Key_Right],
                row: 0,
                column: 10
            },
            {
                tag: "Home",
                keys: [Qt.Key_End, Qt.Key_Home],
                row: 0,
                column: 0
            },
            {
                tag: "stops at the last row",
                keys: Array(14).fill(Qt.Key_Down),
                row: 10,
                column: 0
            }
        ];
    }

    function test_arrows(data) {
        const matrix = createMatrix();
        for (const key of data.keys)
            keyClick(key);
        compare(matrix.currentRow, data.row);
        compare(matrix.currentColumn, data.column);
    }

    // In a mirrored (right-to-left) page the matrix is drawn as in English:
    // names on the left, column A before B, the totals last on the right, and
    // → is the next column.
    Item {
        id: mirroredPage
        width: 1024
        height: 600
        LayoutMirroring.enabled: true
        LayoutMirroring.childrenInherit: true
    }
    function test_drawn_as_in_english_when_mirrored(): void {
        const matrix = createTemporaryObject(matrixComponent, mirroredPage);
        matrix.forceActiveFocus();
        tryVerify(() => matrix.model.nodeCount === 10, 2000, "ten camps");
        waitForRendering(matrix);
        const table = findChild(matrix, "matrixTable");
        const name = findChild(matrix, "matrixRowName");
        verify(name.mapToItem(matrix, 0, 0).x < table.mapToItem(matrix, 0, 0).x, "the names are left of the cells");
        const a = table.itemAtCell(Qt.point(0, 0));
        const b = table.itemAtCell(Qt.point(1, 0));
        verify(a && b);
        verify(a.mapToItem(matrix, 0, 0).x < b.mapToItem(matrix, 0, 0).x, "column A is left of B");
        matrix.moveTo(0, 0);
        keyClick(Qt.Key_Right);
        compare(matrix.currentColumn, 1, "→ is the next column");
    }

    // The focus follows the current cell, which names itself for screen readers.
    function test_accessible_cells(): void {
        const matrix = createMatrix();
        const table = findChild(matrix, "matrixTable");
        compare(table.Accessible.role, Accessible.Table);
        const us = matrix.model.nodeIndex("us-federal-government");
        const state = matrix.model.nodeIndex("north-korea-state");
        compare(us, 5);
        for (let i = 0; i < us; ++i)
            keyClick(Qt.Key_Down);
        for (let i = 0; i < state; ++i)
            keyClick(Qt.Key_Right);
        tryVerify(() => matrix.currentItem() && matrix.currentItem().activeFocus, 2000, "the current cell has the focus");
        const cell = matrix.currentItem();
        compare(cell.Accessible.role, Accessible.Cell);
        compare(cell.count, 14);
        verify(cell.Accessible.name.indexOf("14 claims, 14 blames") > 0, cell.Accessible.name);
        verify(cell.stanceMarker !== "", "a marker besides the colour");
        keyClick(Qt.Key_Return);
        compare(activated.count, 1);
        compare(Array.from(activated.signalArguments[0]), ["us-federal-government", "north-korea-state"]);
        // The totals activate with "" for all.
        keyClick(Qt.Key_End);
        keyClick(Qt.Key_Space);
        compare(Array.from(activated.signalArguments[1]), ["us-federal-government", ""]);
    }

    function test_drill_down_data() {
        return [
            {
                tag: "from a column header",
                keys: [Qt.Key_Up],
                row: -1
            },
            {
                tag: "from a row header",
                keys: [Qt.Key_Left],
                row: 5
            }
        ];
    }

    // Enter on the US government's letter opens it in place; Enter on one of
    // its actors or Escape closes it, back on the camp.
    function test_drill_down(data) {
        const matrix = createMatrix();
        for (let i = 0; i < 5; ++i)
            keyClick(data.row < 0 ? Qt.Key_Right : Qt.Key_Down);
        for (const key of data.keys)
            keyClick(key);
        const header = matrix.currentItem();
        verify(header);
        compare(header.Accessible.role, data.row < 0 ? Accessible.ColumnHeader : Accessible.RowHeader);
        verify(header.Accessible.name.indexOf("US government") >= 0, header.Accessible.name);
        keyClick(Qt.Key_Return);
        compare(matrix.expandedCamp, "us-federal-government");
        compare(matrix.model.nodeCount, 10 - 1 + 16);
        compare(activated.count, 0, "a header opens, it does not activate");
        tryVerify(() => matrix.currentItem() && matrix.currentItem().key === "F1", 2000, "the current header is the camp's first actor");
        tryVerify(() => matrix.currentItem().activeFocus, 2000, "and has the focus");
        verify(matrix.currentItem().Accessible.name.indexOf("US government") > 0, matrix.currentItem().Accessible.name);
        keyClick(data.row < 0 ? Qt.Key_Right : Qt.Key_Down);
        keyClick(Qt.Key_Space);
        compare(matrix.expandedCamp, "", "Space on an actor closes its camp");
        compare(matrix.model.nodeCount, 10);
        compare(data.row < 0 ? matrix.currentColumn : matrix.currentRow, 5, "back on the camp");
        keyClick(Qt.Key_Return);
        compare(matrix.expandedCamp, "us-federal-government");
        keyClick(Qt.Key_Escape);
        compare(matrix.expandedCamp, "", "Escape closes the camp");
        compare(data.row < 0 ? matrix.currentColumn : matrix.currentRow, 5);
    }

    Component {
        id: pageComponent
        FocusScope {
            property alias matrix: inner
            property int escapes: 0
            width: 1024
            height: 600
            Keys.onEscapePressed: ++escapes
            BlameMatrix {
                id: inner
                anchors.fill: parent
                focus: true
            }
        }
    }

    // With no camp open, Escape is left to the page (to go back).
    function test_escape_passes_through(): void {
        const page = createTemporaryObject(pageComponent, root);
        verify(page);
        page.forceActiveFocus();
        tryVerify(() => page.matrix.model.nodeCount === 10);
        waitForRendering(page);
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Return);
        compare(page.matrix.expandedCamp, "north-korea-state");
        keyClick(Qt.Key_Escape);
        compare(page.matrix.expandedCamp, "");
        compare(page.escapes, 0, "the first Escape closes the camp");
        keyClick(Qt.Key_Escape);
        compare(page.escapes, 1, "the second goes to the page");
    }

    // The cutoff moves the counts, not the shape.
    function test_cutoff(): void {
        const matrix = createMatrix();
        compare(matrix.model.claimCount, 59);
        matrix.cutoff = new Date(2014, 11, 19);
        compare(matrix.model.claimCount, 32);
        compare(matrix.model.nodeCount, 10);
        matrix.cutoff = new Date(2014, 5, 30);
        compare(matrix.model.claimCount, 1);
    }
}
