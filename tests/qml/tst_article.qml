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

    // The page's columns settle a moment after it shows (the highlight list
    // makes its rows, the text wraps again), and the text's box may grow or
    // shrink with them: each scroll is measured against the box as it is
    // when its key is pressed.
    function press(text: Item, key: int, target: var, message: string): void {
        const line = text.lineStep;
        const from = text.contentY;
        const height = text.height;
        const last = Math.max(0, text.contentHeight - height);
        keyClick(key);
        const to = Math.max(0, Math.min(target(from, height, line, last), last));
        tryCompare(text, "contentY", to, 2000, message);
    }

    function test_text_scrolls_from_the_keyboard(): void {
        const page = openPage();
        const text = findChild(page, "articleText");
        verify(text.activeFocusOnTab, "the text is a Tab stop");
        tryVerify(() => text.contentHeight > 2 * text.height, 5000, "the text is longer than two screens");
        const list = findChild(page, "highlightList");
        tryCompare(list, "count", CaseLibrary.reader.count);
        text.forceActiveFocus();
        verify(text.activeFocus);
        compare(text.contentY, 0);
        press(text, Qt.Key_Down, (from, height, line) => from + line, "↓: a line");
        verify(text.contentY > 0);
        press(text, Qt.Key_PageDown, (from, height, line) => from + height - line, "Page Down: a screen, less a line kept for context");
        press(text, Qt.Key_Up, (from, height, line) => from - line, "↑: a line back");
        press(text, Qt.Key_End, (from, height, line, last) => last, "End: the end");
        press(text, Qt.Key_PageDown, (from, height, line, last) => last, "held at the end");
        press(text, Qt.Key_Home, () => 0, "Home: the top");
        press(text, Qt.Key_PageUp, () => 0, "held at the top");
    }

    // Keys pressed while the text is still scrolling add up from where it is
    // heading, not from where it happens to be, and never from the top.
    function test_keys_add_up_while_the_text_scrolls(): void {
        verify(!Theme.reducedMotion, "the scroll animates");
        const page = openPage();
        const text = findChild(page, "articleText");
        tryVerify(() => text.contentHeight > 2 * text.height, 5000, "the text is longer than two screens");
        const list = findChild(page, "highlightList");
        tryCompare(list, "count", CaseLibrary.reader.count);
        text.forceActiveFocus();
        const line = text.lineStep;
        const height = text.height;
        keyClick(Qt.Key_PageDown);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        verify(text.contentY < height - line, "still scrolling after the third key");
        tryCompare(text, "contentY", Math.min(height - line + 2 * line, text.contentHeight - height), 2000);
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
