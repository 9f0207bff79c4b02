// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// Pack text is data: with the markup pack open (markuppack.h: an <img>, a
// link, a CSS image and tags appended to every free-text field), the
// article reader, a claim card, the presenter notes and a quiz choice show
// "<img src=…" as the characters it is.
ClaimscopeTestCase {
    id: root
    name: "MarkupPack"

    readonly property string probe: "<img src=http://127.0.0.1:9/i.png>"
    readonly property string escapedProbe: "&lt;img src=http://127.0.0.1:9/i.png&gt;"

    Component {
        id: mainComponent
        Main {
            visible: false
        }
    }

    function initTestCase(): void {
        verify(markupPackPath.length > 0, "the markup pack fixture is set");
        verify(CaseLibrary.open(markupPackPath), CaseLibrary.problems.map(p => p.text).join("\n"));
        verify(CaseLibrary.title.indexOf(probe) > 0, "the pack's text carries the markup");
    }

    function cleanupTestCase(): void {
        openDefault();
    }

    /// Text items under `item` that hold the planted markup, escaped or not.
    function plantedTexts(item: Item): list<Item> {
        let found = [];
        for (const child of item.children) {
            if (child.textFormat !== undefined && typeof child.text === "string" && (child.text.indexOf(probe) >= 0 || child.text.indexOf(escapedProbe) >= 0))
                found.push(child);
            found = found.concat(plantedTexts(child));
        }
        return found;
    }

    function findByPrefix(item: Item, prefix: string): Item {
        for (const child of item.children) {
            if (child.objectName.indexOf(prefix) === 0)
                return child;
            const found = findByPrefix(child, prefix);
            if (found)
                return found;
        }
        return null;
    }

    /// Whether the user reads the markup as text: plain text holds it as it
    /// is; styled or rich text only escaped.
    function shownLiterally(text: Item): bool {
        if (text.textFormat === Text.PlainText)
            return text.text.indexOf(probe) >= 0;
        if (text.textFormat === Text.StyledText || text.textFormat === Text.RichText)
            return text.text.indexOf(probe) < 0 && text.text.indexOf(escapedProbe) >= 0;
        return false; // AutoText would take it for markup
    }

    function checkLiteral(scope: Item, what: string, atLeast: int): void {
        const texts = plantedTexts(scope);
        verify(texts.length >= atLeast, what + ": " + texts.length + " texts with the markup");
        for (const t of texts)
            verify(shownLiterally(t), what + ": shown as markup: format " + t.textFormat + ": " + t.text.slice(0, 160));
    }

    function test_article_reader(): void {
        const app = createTemporaryObject(mainComponent, root);
        app.openPage("article", {
            articleId: CaseLibrary.articles.idAt(0)
        });
        const page = app.contentItem;
        tryVerify(() => plantedTexts(page).some(t => t.textFormat === Text.RichText), 5000, "the article's paragraphs are drawn");
        checkLiteral(page, "article reader", 10);
    }

    // A list of names from the pack: the article picker's and the studio's choices, opened.
    function test_combo_box_choices(): void {
        const app = createTemporaryObject(mainComponent, root);
        app.openPage("article", {
            articleId: CaseLibrary.articles.idAt(0)
        });
        const picker = findByPrefix(app.contentItem, "articlePicker");
        verify(picker, "the article picker");
        picker.popup.open();
        tryVerify(() => picker.popup.opened, 2000);
        tryVerify(() => plantedTexts(picker.popup.contentItem).length > 0, 2000, "the choices are drawn");
        checkLiteral(picker.popup.contentItem, "article picker's choices", CaseLibrary.articles.count);
        picker.popup.close();
    }

    function test_claim_card(): void {
        const app = createTemporaryObject(mainComponent, root);
        app.openPage("coverage", {});
        const page = app.contentItem;
        // The "then and now" cards: claimant, paraphrase, the note on what is known now.
        tryVerify(() => plantedTexts(page).some(t => t.text.indexOf("Then:") === 0), 5000, "claim cards are shown");
        checkLiteral(page, "claim cards", 3);
    }

    // The console (two screens), and on one screen the notes and answer the teacher asked for.
    function test_presenter_notes_data() {
        return [
            {
                tag: "presenter console",
                screens: 2,
                notes: "presenterNotes"
            },
            {
                tag: "one screen, notes shown",
                screens: 1,
                notes: "peekNotes"
            }
        ];
    }

    function test_presenter_notes(data): void {
        const app = createTemporaryObject(mainComponent, root);
        const presentation = findChild(app, "classroom");
        presentation.screens = data.screens;
        app.startPresentation(CaseLibrary.lesson.firstStepOfKind("quiz"), false);
        presentation.peeking = data.screens === 1;
        const notes = findChild(app.contentItem, data.notes);
        verify(notes, "the notes are shown");
        verify(notes.text.indexOf(escapedProbe) > 0, notes.text);
        checkLiteral(app.contentItem, data.tag, 3);
    }

    function test_quiz_choice(): void {
        const app = createTemporaryObject(mainComponent, root);
        app.openPage("quiz", {
            itemIds: CaseLibrary.lesson.step(CaseLibrary.lesson.firstStepOfKind("quiz")).quiz
        });
        const page = app.contentItem;
        tryVerify(() => plantedTexts(page).length > 0, 5000, "the question is shown");
        checkLiteral(page, "quiz", 3);
        const choice = findByPrefix(page, "choice_");
        verify(choice, "the question has choices");
        checkLiteral(choice, "quiz choice", 1);
    }
}
