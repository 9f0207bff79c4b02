// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope

// The article page for a screen reader: the highlight list has every row.
ClaimscopeTestCase {
    id: root
    name: "Article"

    Component {
        id: pageComponent
        ArticlePage {
            width: 1280
            height: 720
        }
    }

    function openPage(): ArticlePage {
        const page = createTemporaryObject(pageComponent, root);
        verify(page);
        tryVerify(() => CaseLibrary.reader.blocks.length > 0);
        return page;
    }

    // A ListView creates rows as they scroll into view; a screen reader counts those that exist.
    function test_highlight_list_has_every_row(): void {
        const page = openPage();
        const list = findChild(page, "highlightList");
        verify(CaseLibrary.reader.count > 20, "an article with more highlights than fit: " + CaseLibrary.reader.count);
        tryCompare(list, "count", CaseLibrary.reader.count);
        tryVerify(() => list.height > 0 && list.height < list.contentHeight, 5000, "the list scrolls");
        // The rows beyond the view are made a moment after the view shows.
        for (let row = 0; row < list.count; ++row)
            tryVerify(() => list.itemAtIndex(row) !== null, 5000, "row " + row + " exists");
    }

}
