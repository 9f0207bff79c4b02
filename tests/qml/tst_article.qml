// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope

// The article page from the keyboard and for a screen reader: the text
// scrolls from the keys and carries the plain text, the highlight list has
// every row, the article picker is a choice, not a text field.
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

    function cleanup(): void {
        if (CaseLibrary.origin !== "" && !CaseLibrary.origin.startsWith(":"))
            openDefault(); // a test opened another case
    }

    function openPage(): ArticlePage {
        const page = createTemporaryObject(pageComponent, root);
        verify(page);
        tryVerify(() => CaseLibrary.reader.blocks.length > 0);
        return page;
    }

    // The page's header takes the headline a moment after the page shows, and
    // the text's box shrinks or grows with it: wait until the box has held its
    // size for a few frames before measuring scrolls against it.
    function waitForSteadyHeight(item: Item): void {
        let last = -1;
        let steady = 0;
        tryVerify(() => {
            steady = item.height === last ? steady + 1 : 0;
            last = item.height;
            return steady >= 3;
        }, 5000, "the text's box keeps its size");
    }

    function test_text_scrolls_from_the_keyboard(): void {
        const page = openPage();
        const text = findChild(page, "articleText");
        verify(text.activeFocusOnTab, "the text is a Tab stop");
        tryVerify(() => text.contentHeight > 2 * text.height, 5000, "the text is longer than two screens");
        waitForSteadyHeight(text);
        text.forceActiveFocus();
        verify(text.activeFocus);
        compare(text.contentY, 0);
        const line = text.lineStep;
        const screen = text.height;
        keyClick(Qt.Key_Down);
        tryCompare(text, "contentY", line);
        keyClick(Qt.Key_PageDown);
        tryCompare(text, "contentY", screen, 1000, "a screen on, less the line kept for context");
        keyClick(Qt.Key_Up);
        tryCompare(text, "contentY", screen - line);
        keyClick(Qt.Key_End);
        tryCompare(text, "contentY", text.contentHeight - screen);
        keyClick(Qt.Key_PageDown);
        tryCompare(text, "contentY", text.contentHeight - screen, 1000, "held at the end");
        keyClick(Qt.Key_Home);
        tryCompare(text, "contentY", 0);
        keyClick(Qt.Key_PageUp);
        tryCompare(text, "contentY", 0, 1000, "held at the top");
        compare(text.height, screen, "the box kept its size throughout");
    }

    // What a screen reader reads: the blocks' plain text, pack text kept literal.
    function test_text_is_plain_for_a_screen_reader(): void {
        const page = openPage();
        const text = findChild(page, "articleText");
        const blocks = CaseLibrary.reader.blocks;
        compare(text.Accessible.description, blocks.map(b => b.plain).join("\n\n"));
        verify(text.Accessible.description.indexOf(blocks[blocks.length - 1].plain) > 0);
        verify(text.Accessible.name.endsWith(CaseLibrary.reader.article.headline));
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

    function test_picker_is_not_a_text_field(): void {
        const page = openPage();
        const picker = findChild(page, "articlePicker");
        verify(!picker.editable);
        verify(!(picker.contentItem instanceof TextInput), "no text field inside");
        verify(picker.contentItem.Accessible.ignored);
        compare(picker.contentItem.text, CaseLibrary.reader.article.outlet);
        compare(picker.Accessible.name, "Choose an article");
    }

    // The notice under the headline follows the article's own fields: an
    // excerpt is a publisher's, an article of the case's authors carries its licence.
    function test_notice_follows_the_article_data() {
        return [
            {
                tag: "excerpt",
                pack: "",
                shown: "excerpt © its publisher, shown for educational commentary",
                hidden: ""
            },
            {
                tag: "own text",
                pack: "../../docs/examples/minimal-case",
                shown: "© The Claimscope authors. Fictional example text, CC-BY-SA-4.0.",
                hidden: "excerpt"
            }
        ];
    }

    function test_notice_follows_the_article(data): void {
        if (data.pack.length > 0)
            verify(CaseLibrary.openUrl(Qt.resolvedUrl(data.pack)), "the pack opens");
        const page = openPage();
        compare(CaseLibrary.reader.article.excerpt, data.pack.length === 0);
        const subtitle = page.header.subtitle;
        verify(subtitle.indexOf(data.shown) >= 0, subtitle);
        verify(subtitle.indexOf(CaseLibrary.reader.article.outlet) >= 0, subtitle);
        if (data.hidden.length > 0)
            verify(subtitle.indexOf(data.hidden) < 0, subtitle);
    }
}
