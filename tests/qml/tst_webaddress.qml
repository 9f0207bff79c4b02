// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// A source's web address opens only when asked: the article reader's
// "Web address…" shows the whole address and its site first, and Cancel
// opens nothing.
ClaimscopeTestCase {
    id: root
    name: "WebAddress"

    Component {
        id: mainComponent
        Main {
            visible: false
        }
    }

    function init(): void {
        openDefault();
    }

    function test_article_address_shown_in_full_before_opening(): void {
        const app = createTemporaryObject(mainComponent, root);
        const articleId = CaseLibrary.articles.idAt(0);
        app.openPage("article", {
            articleId: articleId
        });
        const button = findChild(app.contentItem, "webAddressButton");
        verify(button, "the reader offers the web address");
        const url = CaseLibrary.reader.article.url;
        verify(url.indexOf("https://") === 0, url);
        tryVerify(() => button.visible);

        const dialog = findChild(app, "webAddressDialog");
        verify(dialog, "the dialog exists");
        verify(!dialog.opened, "nothing is shown or opened before the reader asks");
        button.clicked();
        tryCompare(dialog, "opened", true);
        compare(dialog.address, url, "the whole address, as the case gives it");
        compare(findChild(dialog.contentItem, "fullAddress").text, url);
        verify(findChild(dialog.contentItem, "siteText").text.indexOf(url.split("/")[2]) > 0, "the site is named");
        verify(findChild(dialog.footer, "openAddressButton").enabled, "an https address can be opened, by choice");
        dialog.reject();
        tryCompare(dialog, "visible", false);
    }

    function test_only_web_pages_can_be_opened(): void {
        verify(WebAddress.canOpen("https://example.org/a"));
        verify(!WebAddress.canOpen("javascript:alert(1)"));
        verify(!WebAddress.canOpen("file:///etc/passwd"));
        verify(!WebAddress.open("file:///etc/passwd"), "nothing but http and https reaches the desktop");
    }
}
