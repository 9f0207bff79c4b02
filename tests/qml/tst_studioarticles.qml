// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope

// The studio's articles: a pasted article shows its text, selected words
// become a mark in the chosen layer, marks are edited and removed, and
// every change is undone by the document.
ClaimscopeTestCase {
    id: root
    name: "StudioArticles"

    readonly property string body: "A first paragraph names the agency.\n\nThe agency said it was sure, and the agency said so twice."

    function initTestCase(): void {
    }

    // The sections go before their documents; closing removes the recovery files that edits wrote.
    property var documents: []
    property var sections: []
    function cleanup(): void {
        for (const section of sections)
            section.destroy();
        wait(0);
        for (const document of documents)
            document.close();
        documents = [];
        sections = [];
    }

    Component {
        id: documentComponent
        CaseDocument {}
    }
    Component {
        id: sectionComponent
        StudioArticles {
            width: 1280
            height: 720
        }
    }

    function makeDocument(): CaseDocument {
        const document = createTemporaryObject(documentComponent, root);
        documents.push(document);
        verify(document.newCase("Test case", "test-case", "en"), document.lastError);
        const id = document.addArticleFromText(body, {
            headline: "A headline"
        });
        verify(id.length > 0, document.lastError);
        return document;
    }

    function makeSection(document: CaseDocument): StudioArticles {
        const section = createTemporaryObject(sectionComponent, root, {
            document: document
        });
        verify(section);
        sections.push(section);
        return section;
    }

    function select(section: StudioArticles, words: string, occurrence: int): void {
        const text = section.text;
        let at = -1;
        for (let n = 0; n < occurrence; ++n)
            at = text.indexOf(words, at + 1);
        verify(at >= 0, words);
        const view = findChild(section, "articleTextView");
        view.select(at, at + words.length);
        compare(view.selectedText, words, "the view counts as articleText() does");
    }

    function test_text_is_the_articles_text(): void {
        const document = makeDocument();
        const section = makeSection(document);
        compare(section.articleId, document.articleIds[0]);
        compare(section.text, "A headline\n\n" + body);
        const view = findChild(section, "articleTextView");
        verify(view.readOnly);
        compare(view.length, section.text.length);
    }

    function test_mark_selection_data() {
        return [
            {
                tag: "first match",
                words: "the agency",
                occurrence: 1,
                layer: "named-attribution"
            },
            {
                tag: "second match",
                words: "the agency",
                occurrence: 2,
                layer: "hedge"
            },
            {
                tag: "factual slip",
                words: "twice",
                occurrence: 1,
                layer: "factual-slip"
            },
        ];
    }

    function test_mark_selection(data): void {
        const document = makeDocument();
        const section = makeSection(document);
        const file = document.articleFile(section.articleId);
        select(section, data.words, data.occurrence);
        const layer = findChild(section, "newLayerChoice");
        layer.currentIndex = layer.indexOfValue(data.layer);
        findChild(section, "newNoteField").text = "Why it matters";
        if (data.layer === "factual-slip")
            findChild(section, "newCorrectionField").text = "Once.";
        const mark = findChild(section, "markButton");
        verify(mark.enabled);
        mouseClick(mark);
        const added = document.value(file, "annotations[0]");
        verify(added, document.lastError);
        compare(added.quote, data.words);
        compare(added.layer, data.layer);
        compare(added.note, "Why it matters");
        compare(added.occurrence ?? 1, data.occurrence);
        compare(added.correction !== undefined, data.layer === "factual-slip");
        if (data.layer === "factual-slip")
            compare(added.correction.text, "Once.");
        compare(section.annotations.length, 1);
        compare(section.annotationIndex, 0, "the new mark is chosen for editing");
        compare(section.spans[0].start, section.text.indexOf(data.words, data.occurrence === 1 ? 0 : section.text.indexOf(data.words) + 1));
        compare(findChild(section, "annotationList").count, 1);
        while (document.canUndo && document.value(file, "annotations[0]") !== undefined)
            document.undo();
        compare(document.value(file, "annotations[0]"), undefined, "undone");
        compare(section.annotations.length, 0);
    }

    // Words are selected with Shift and the arrows in the read-only text, and marked from the keyboard.
    function test_mark_by_keyboard(): void {
        const document = makeDocument();
        const section = makeSection(document);
        const view = findChild(section, "articleTextView");
        view.forceActiveFocus();
        view.cursorPosition = section.text.indexOf("sure");
        for (let i = 0; i < 4; ++i)
            keyClick(Qt.Key_Right, Qt.ShiftModifier);
        compare(view.selectedText, "sure");
        const mark = findChild(section, "markButton");
        mark.forceActiveFocus();
        verify(view.selectedText === "sure", "the selection stays when the focus moves on");
        keyClick(Qt.Key_Space);
        compare(document.value(document.articleFile(section.articleId), "annotations[0].quote"), "sure");
    }

    function test_edit_and_remove_mark(): void {
        const document = makeDocument();
        const section = makeSection(document);
        const file = document.articleFile(section.articleId);
        select(section, "sure", 1);
        verify(section.markSelection("claim", "", ""));
        compare(section.annotationIndex, 0);

        const note = findChild(section, "markNoteField").input;
        note.forceActiveFocus();
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_B);
        compare(document.value(file, "annotations[0].note"), "ab");
        note.focus = false;
        document.undo();
        compare(document.value(file, "annotations[0].note"), "", "typing in one field is one step");

        // A factual slip needs a correction, any other layer must not have one.
        section.setLayer(0, "factual-slip");
        compare(document.value(file, "annotations[0].correction.text"), "");
        verify(findChild(section, "markCorrectionField").visible);
        section.setLayer(0, "hedge");
        compare(document.value(file, "annotations[0].correction"), undefined);
        compare(findChild(section, "markLayerChoice").currentValue, "hedge");

        // Below the list of marks, out of view: from the keyboard.
        const remove = findChild(section, "removeMarkButton");
        remove.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(document.value(file, "annotations"), []);
        compare(section.annotationIndex, -1);
        document.undo();
        compare(document.value(file, "annotations[0].quote"), "sure");
    }

    function test_focus_path_chooses_the_mark(): void {
        const document = makeDocument();
        const section = makeSection(document);
        select(section, "twice", 1);
        verify(section.markSelection("claim", "n", ""));
        section.annotationIndex = -1;
        const file = document.articleFile(section.articleId);
        verify(!section.focusPath("claims.json", "claims[0]"));
        verify(!section.focusPath("articles/no-such-article.json", ""));
        verify(section.focusPath(file, "annotations[0].note"));
        compare(section.annotationIndex, 0);
        verify(findChild(section, "markNoteField").input.activeFocus);
    }

    function test_paste_an_article(): void {
        const document = makeDocument();
        const section = makeSection(document);
        const first = section.articleId;
        mouseClick(findChild(section, "pasteArticleButton"));
        const popup = findChild(section, "pastePopup");
        tryVerify(() => popup.opened);
        const add = findChild(section, "pasteAddButton");
        verify(!add.enabled, "nothing to add yet");
        findChild(section, "pasteHeadline").text = "Second headline";
        findChild(section, "pasteText").text = "<p>One.</p><p>Two &amp; three.</p>";
        verify(add.enabled);
        mouseClick(add);
        compare(document.articleIds.length, 2);
        const id = section.articleId;
        verify(id !== first && document.articleIds.indexOf(id) >= 0, "the new article is shown");
        tryVerify(() => !popup.visible);
        compare(document.value(document.articleFile(id), "paragraphs"), ["One.", "Two & three."]);
        compare(section.text, "Second headline\n\nOne.\n\nTwo & three.");

        mouseClick(findChild(section, "removeArticleButton"));
        compare(document.articleIds.length, 1);
        compare(section.articleId, first);
    }

    // The example's article has a source with its web address; a pasted one has none yet.
    function test_claim_from_selection_data() {
        return [
            {
                tag: "article with a source",
                pasted: false,
                words: "all the cakes are banned",
                newSource: false
            },
            {
                tag: "pasted article",
                pasted: true,
                words: "sure",
                newSource: true
            },
        ];
    }

    function test_claim_from_selection(data): void {
        const document = createTemporaryObject(documentComponent, root);
        documents.push(document);
        verify(document.open(Qt.resolvedUrl("../../docs/examples/minimal-case")), document.lastError);
        if (data.pasted)
            verify(document.addArticleFromText(body, {
                headline: "A headline",
                url: "https://example.org/another"
            }).length > 0, document.lastError);
        const section = makeSection(document);
        if (data.pasted)
            section.articleId = document.articleIds.find(id => id.startsWith("a-headline"));
        const sources = document.value("sources.json", "sources").length;
        const claims = document.value("claims.json", "claims").length;
        select(section, data.words, 1);
        let made = "";
        section.claimCreated.connect(id => made = id);
        mouseClick(findChild(section, "newClaimButton"));
        verify(made.length > 0, document.lastError);
        compare(document.value("claims.json", "claims").length, claims + 1);
        const claim = document.value("claims.json", "claims[" + claims + "]");
        compare(claim.id, made);
        compare(claim.sources[0].article, section.articleId);
        compare(claim.sources[0].quote, data.words);
        compare(claim.date, document.value(section.file, "date"));
        compare(document.value("sources.json", "sources").length, sources + (data.newSource ? 1 : 0));
        const source = document.value("sources.json", "sources").find(s => s.id === claim.sources[0].source);
        compare(source.url, document.value(section.file, "url"), "sourced to the article's web address");
        const mark = section.annotations[section.annotationIndex];
        compare(mark.layer, "claim");
        compare(mark.quote, data.words);
        compare(mark.claim, made, "the words are marked and linked to the claim");

        // One action, one undo step: the claim, its source and the mark go together.
        compare(document.undoText, "New claim from words");
        document.undo();
        compare(document.value("claims.json", "claims").length, claims);
        compare(document.value("sources.json", "sources").length, sources);
        verify(!document.value(section.file, "annotations").some(a => a.claim === made), "the mark goes too");
        document.redo();
        compare(document.value("claims.json", "claims").length, claims + 1);
    }
}
