// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope
import org.claimscope.Demo

// A teacher's whole way through the studio, from the home page: a case made
// from nothing with the studio's forms (an article pasted, three words
// marked, two claims and their actors, an event, a phase, a question of
// every type and a three-step lesson), saved, checked clean when opened
// again, then tried as a student from the first step to the end. And the
// shipped case adapted: a chapter left out, saved as a copy, the original
// untouched.
ClaimscopeTestCase {
    id: root
    name: "StudioFlow"

    readonly property string body: "Officials said on Monday that the city council had approved the new bridge.\n\n" + "A spokesperson for the council, Dana Reyes, said the vote was “a clear win for commuters”, " + "while critics called the plan reckless and said the cost had doubled.\n\n" + "An engineer who asked not to be named said the design was probably safe."

    Component {
        id: windowComponent
        Main {}
    }
    Component {
        id: documentComponent
        CaseDocument {}
    }

    property var windows: []
    function cleanup(): void {
        for (const w of windows) {
            const stack = findChild(w.contentItem, "pageStack");
            const studio = stack ? findChild(stack, "studioPage") : null;
            if (studio)
                studio.document.close(); // its recovery file goes with it
            w.destroy();
        }
        windows = [];
        wait(0);
        openDefault();
    }

    // ------------------------------------------------------------------ helpers

    /// The studio field editing `path` (a text, a choice, a list of ids or a date) under `item`.
    function fieldAt(item: Item, path: string): Item {
        const queue = [item];
        while (queue.length > 0) {
            const it = queue.shift();
            if (it !== item && it.visible !== false && it.input !== undefined && (it.path === path || it.datePath === path))
                return it;
            for (let i = 0; i < it.children.length; ++i)
                queue.push(it.children[i]);
        }
        return null;
    }
    function typeKeys(text: string): void {
        for (const ch of text)
            keyClick(ch);
    }
    /// Types `text` into the field at `path` as a teacher does: focus, select all, type.
    function type(item: Item, path: string, text: string): void {
        const field = fieldAt(item, path);
        verify(field, "a field edits " + path);
        field.input.forceActiveFocus();
        field.input.selectAll();
        typeKeys(text);
        tryVerify(() => field.input.text === text, 2000, path + " holds what was typed");
    }
    function choose(item: Item, path: string, value: string): void {
        const field = fieldAt(item, path);
        verify(field, "a choice edits " + path);
        const index = field.entries.findIndex(e => e.value === value);
        verify(index >= 0, value + " is offered for " + path);
        field.choose(index);
    }
    /// Ticks the check box that edits `path`.
    function tick(item: Item, path: string): void {
        const queue = [item];
        while (queue.length > 0) {
            const it = queue.shift();
            if (it.path === path && it.checked !== undefined && it.visible) {
                if (!it.checked) {
                    it.forceActiveFocus(Qt.TabFocusReason);
                    keyClick(Qt.Key_Space);
                }
                verify(it.checked, path + " is ticked");
                return;
            }
            for (let i = 0; i < it.children.length; ++i)
                queue.push(it.children[i]);
        }
        fail("a check box edits " + path);
    }
    /// Presses a button from the keyboard (Tab to it, Space), as a teacher who
    /// does not use the mouse would; the selection in a text stays.
    function click(item: Item, name: string): void {
        const button = findChild(item, name);
        verify(button, name);
        verify(button.enabled, name + " is enabled");
        button.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
    }
    function problemsOf(document: CaseDocument): string {
        const m = document.problems;
        const lines = [];
        for (let i = 0; i < m.count; ++i)
            lines.push(m.data(m.index(i, 0), ProblemListModel.TextRole));
        return lines.join("\n");
    }
    function errorsOf(document: CaseDocument): int {
        document.validateNow();
        return document.problems.errorCount;
    }
    function section(studio: Item, key: string): Item {
        studio.currentKey = key;
        const loader = findChild(studio, "sectionLoader");
        tryVerify(() => loader.item !== null && loader.status === Loader.Ready, 5000, key + " shows");
        waitForRendering(loader.item);
        return loader.item;
    }
    /// Selects the n-th `words` in the text view called `name` under `item`,
    /// counted in `plain`, the text the view shows (a marked view holds rich text).
    function select(item: Item, name: string, plain: string, words: string, occurrence: int): void {
        const view = findChild(item, name);
        let at = -1;
        for (let n = 0; n < occurrence; ++n)
            at = plain.indexOf(words, at + 1);
        verify(at >= 0, words);
        view.select(at, at + words.length);
        compare(view.selectedText, words);
    }
    function openStudio(): Item {
        const win = createTemporaryObject(windowComponent, root);
        windows.push(win);
        const stack = findChild(win.contentItem, "pageStack");
        mouseClick(findChild(stack.currentItem, "studioButton"));
        tryCompare(stack, "busy", false);
        compare(stack.currentItem.objectName, "studioPage");
        return stack.currentItem;
    }

    // ------------------------------------------------------------------ a case from nothing

    function test_a_case_from_nothing(): void {
        const studio = openStudio();
        const document = studio.document;

        // New case… : the title, and an id made from it.
        click(studio, "startNewButton");
        const dialog = findChild(studio, "newDialog");
        tryVerify(() => dialog.opened);
        const title = findChild(dialog, "newTitle");
        title.forceActiveFocus();
        typeKeys("The bridge vote");
        compare(findChild(dialog, "newId").text, "the-bridge-vote");
        dialog.accept();
        tryVerify(() => !dialog.visible, 2000, "the dialog closes");
        verify(document.hasCase, document.lastError);
        compare(document.caseId, "the-bridge-vote");

        // The case: what it is about and its licence.
        let form = section(studio, "Case");
        type(form, "summary", "How one council vote was reported.");
        type(form, "licence", "CC BY 4.0");
        type(form, "period.start", "2025-03-01");
        type(form, "period.end", "2025-03-31");

        // An article, pasted; then who published it.
        form = section(studio, "Articles");
        click(form, "pasteArticleButton");
        const paste = findChild(form, "pastePopup");
        tryVerify(() => paste.opened);
        findChild(form, "pasteHeadline").text = "Council approves bridge";
        findChild(form, "pasteText").text = root.body;
        click(form, "pasteAddButton");
        tryVerify(() => !paste.visible, 2000, "the paste closes");
        compare(document.articleIds.length, 1);
        const articleId = document.articleIds[0];
        const articleFile = document.articleFile(articleId);
        compare(document.value(articleFile, "paragraphs").length, 3, "the paragraphs are kept");
        mouseClick(findChild(form, "detailsTab"));
        type(form, "outlet", "The Town Gazette");
        type(form, "provenance", "Written for this lesson");
        type(form, "copyright", "Copyright the lesson's authors");
        type(form, "url", "https://example.org/bridge-vote");
        const excerpt = findChild(form, "excerptBox");
        if (excerpt.checked)
            mouseClick(excerpt);
        compare(document.value(articleFile, "excerpt"), false, "the teacher's own text, not an excerpt");
        type(form, "date", "2025-03-03");
        mouseClick(findChild(form, "articleTabs").itemAt(0));

        // Three marks, each from selected words.
        const marks = [["Officials said", "anonymous-attribution", "Which officials?"], ["Dana Reyes", "named-attribution", "A named, checkable source."], ["reckless", "loaded-language", "A judgement, not a fact."]];
        for (const [words, layer, note] of marks) {
            select(form, "articleTextView", form.text, words, 1);
            const choice = findChild(form, "newLayerChoice");
            choice.currentIndex = choice.indexOfValue(layer);
            findChild(form, "newNoteField").text = note;
            const count = (document.value(articleFile, "annotations") ?? []).length;
            const mb = findChild(form, "markButton");
            click(form, "markButton");
            compare(document.value(articleFile, "annotations").length, count + 1, document.lastError);
        }
        const annotations = document.value(articleFile, "annotations");
        compare(annotations.length, 3);
        compare(annotations.map(a => a.quote), marks.map(m => m[0]), "each quote is the selected words");

        // Two claims from the article's words.
        const claimIds = [];
        form.claimCreated.connect(id => claimIds.push(id));
        select(form, "articleTextView", form.text, "a clear win for commuters", 1);
        click(form, "newClaimButton");
        select(form, "articleTextView", form.text, "the cost had doubled", 1);
        click(form, "newClaimButton");
        compare(claimIds.length, 2, document.lastError);
        // The claims' words are marked too; each mark says why it matters.
        for (let m = 3; m < 5; ++m) {
            form.annotationIndex = m;
            compare(document.value(articleFile, "annotations[" + m + "].layer"), "claim");
            type(form, "annotations[" + m + "].note", "A claim the lesson follows.");
        }

        // Each claim's claimant made from its form, and what it is about.
        form = section(studio, "Claims");
        const claimList = findChild(form, "claimList");
        const actors = [["Dana Reyes", "government"], ["Critics of the plan", "other"]];
        for (let i = 0; i < 2; ++i) {
            claimList.choose(i);
            const claimant = findChild(form, "newClaimantButton");
            verify(claimant.create(actors[i][0], actors[i][1]).length > 0, document.lastError);
            type(form, "claims[" + i + "].paraphrase", i === 0 ? "The vote is good for commuters." : "The bridge will cost twice as much.");
            type(form, "claims[" + i + "].established.note", "Nothing has settled it yet.");
        }
        const actorIds = document.value("actors.json", "actors").map(a => a.id);
        compare(actorIds.length, 2);
        claimList.choose(1);
        fieldAt(form, "claims[1].targets").add(actorIds[0]);
        choose(form, "claims[1].stance", "criticises");
        claimList.choose(0);
        choose(form, "claims[0].stance", "neutral");
        compare(document.value("claims.json", "claims[1].targets"), [actorIds[0]]);

        // The timeline: a phase and an event.
        form = section(studio, "Timeline");
        const tabs = findChild(form, "timelineTabs");
        form.kind = 0;
        findChild(form, "recordList").add();
        type(form, "phases[0].title", "The vote");
        type(form, "phases[0].start", "2025-03-01");
        type(form, "phases[0].framing", "The council decides.");
        form.kind = 1;
        findChild(form, "recordList").add();
        type(form, "events[0].title", "The council votes");
        type(form, "events[0].date", "2025-03-03");
        type(form, "events[0].description", "The council approves the bridge.");
        compare(document.value("timeline.json", "events[0].phase"), document.value("timeline.json", "phases[0].id"));

        // The rubric's criterion, then a question of each type.
        form = section(studio, "Quiz");
        form.tab = 1;
        findChild(form, "criteriaList").add();
        type(form, "criteria[0].description", "Asks who says so, and how they know.");
        form.tab = 0;
        const itemList = findChild(form, "itemList");
        const newType = findChild(form, "newType");
        const addTo = path => click(form, "add_" + path);
        for (const kind of form.types) {
            newType.currentIndex = form.types.indexOf(kind);
            itemList.add();
            const i = itemList.currentIndex;
            const base = "items[" + i + "]";
            compare(document.value("quiz.json", base + ".type"), kind);
            tryVerify(() => fieldAt(form, base + ".prompt") !== null, 2000, "the " + kind + " question's form shows");
            type(form, base + ".prompt", "Question about the " + kind + " item");
            type(form, base + ".explanation", "Why the answer is what it is.");
            if (kind === "single" || kind === "evidence") {
                for (let c = 0; c < 2; ++c) {
                    addTo(base + ".choices");
                    type(form, base + ".choices[" + c + "].text", c === 0 ? "A named source" : "An unnamed source");
                    type(form, base + ".choices[" + c + "].feedback", c === 0 ? "Yes: you can check who she is." : "No: nobody can check it.");
                }
                tick(form, base + ".choices[0].correct");
                if (kind === "evidence")
                    choose(form, base + ".claim", claimIds[1]);
            } else if (kind === "true-false") {
                type(form, base + ".statement", "The engineer was named.");
                const answer = findChild(form, "answerField");
                if (answer.checked) {
                    answer.forceActiveFocus(Qt.TabFocusReason);
                    keyClick(Qt.Key_Space);
                }
                compare(document.value("quiz.json", base + ".answer"), false, "the statement is false");
                type(form, base + ".feedback.true", "Look again: who was the engineer?");
                type(form, base + ".feedback.false", "Right: the engineer asked not to be named.");
            } else if (kind === "highlight") {
                const picker = findChild(form, "spanText");
                select(form, "spanText", picker.text, "probably", 1);
                click(form, "addSpanButton");
                type(form, base + ".spans[0].feedback", "Probably is a hedge word.");
            } else if (kind === "rank") {
                for (let o = 0; o < 2; ++o) {
                    addTo(base + ".options");
                    type(form, base + ".options[" + o + "].text", o === 0 ? "Dana Reyes, named" : "An engineer, unnamed");
                    type(form, base + ".options[" + o + "].feedback", "Named sources can be checked.");
                }
                const order = fieldAt(form, base + ".order");
                order.add("o1");
                order.add("o2");
            }
        }
        compare(document.value("quiz.json", "items").map(item => item.type), form.types);

        // A lesson of three steps: read the article, see who blamed whom, answer.
        form = section(studio, "Lesson");
        form.addChapter();
        type(form, "chapters[0].title", "Who says so?");
        for (let n = 0; n < 3; ++n)
            form.addStep(0);
        const stepKinds = ["article", "blame", "quiz"];
        for (let n = 0; n < 3; ++n) {
            form.step = n;
            const steps = "chapters[0].steps[" + n + "]";
            choose(form, steps + ".kind", stepKinds[n]);
            type(form, steps + ".title", ["Read the report", "Who blamed whom", "Check yourself"][n]);
            type(form, steps + ".text", ["Read the article and look at the marks.", "Who is the critics' target?", "Answer the five questions."][n]);
            type(form, steps + ".presenterNotes", "Give the class two minutes.");
        }
        form.step = 0;
        choose(form, "chapters[0].steps[0].article", articleId);
        form.step = 2;
        const questions = fieldAt(form, "chapters[0].steps[2].quiz");
        for (const item of document.value("quiz.json", "items"))
            questions.add(item.id);

        // Checked: no errors and no warnings left.
        compare(errorsOf(document), 0, problemsOf(document));
        compare(document.problems.warningCount, 0, problemsOf(document));

        // Every edit undone, in the order made, leaves the new, empty case; every edit redone, this one.
        const files = document.files;
        const made = files.map(f => document.fileText(f));
        let undone = 0;
        while (document.canUndo && undone < 1000) {
            document.undo();
            ++undone;
        }
        verify(undone > 50, "each field, mark, claim and step was an undo step: " + undone);
        compare(document.articleIds.length, 0, "the pasted article is undone");
        compare(document.value("claims.json", "claims").length, 0);
        compare(document.value("quiz.json", "items").length, 0);
        compare(document.value("lesson.json", "chapters").length, 0);
        verify(!document.dirty, "back where the case began");
        while (document.canRedo)
            document.redo();
        compare(document.files, files);
        compare(files.map(f => document.fileText(f)), made, "redone, the case is as made");

        // Saved into a new folder; opened again from there, it is clean.
        const folder = Scratch.newFolder() + "/the-bridge-vote";
        verify(document.save(folder), document.lastError);
        verify(!document.dirty);
        const reopened = createTemporaryObject(documentComponent, root);
        verify(reopened.open(folder), reopened.lastError);
        compare(errorsOf(reopened), 0, problemsOf(reopened));
        compare(reopened.problems.warningCount, 0, problemsOf(reopened));
        compare(reopened.files.map(f => reopened.fileText(f)), made, "what was saved is what was made");
        reopened.close();

        // Exported as a pack, which the app opens as any teacher's pack.
        const pack = Scratch.newFolder() + "/the-bridge-vote.claimscope";
        verify(document.exportPack(pack, false), document.lastError);
        verify(CaseLibrary.open(pack), "the app opens the exported pack");
        compare(CaseLibrary.title, "The bridge vote");

        // Tried as a student: the lesson from its first step to the end.
        click(studio, "tryButton");
        const stack = findChild(windows[0].contentItem, "pageStack");
        tryCompare(stack, "busy", false);
        const page = stack.currentItem;
        verify(findChild(page, "stepLabel"), "the story shows");
        compare(CaseLibrary.title, "The bridge vote");
        const lesson = CaseLibrary.lesson;
        compare(lesson.count, 3);
        compare(lesson.currentIndex, 0);
        compare(lesson.current.kind, "article");
        page.forceActiveFocus();
        keyClick(Qt.Key_Right, Qt.AltModifier);
        compare(lesson.current.kind, "blame");
        keyClick(Qt.Key_Right, Qt.AltModifier);
        compare(lesson.current.kind, "quiz");
        const quiz = findChild(page, "stepQuiz");
        tryCompare(quiz.session, "count", 5);
        // The choices and the statement answered (rightly), the others skipped.
        let guard = 0;
        while (!quiz.session.finished && guard++ < 20) {
            const index = quiz.session.currentIndex;
            tryVerify(() => quiz.questionView?.item?.id === quiz.session.currentId, 5000, "question " + index + " shows");
            const view = quiz.questionView;
            if (view.type === Quiz.TrueFalse || view.choiceType) {
                if (view.type === Quiz.TrueFalse)
                    view.chooseTruth(false);
                else
                    view.chooseChoice(view.item.choices[0].id);
                verify(view.answered);
                page.forceActiveFocus();
                keyClick(Qt.Key_Right, Qt.AltModifier);
            } else {
                findChild(page, "skipButton").clicked();
            }
            tryVerify(() => quiz.session.finished || quiz.session.currentIndex !== index, 5000, "the quiz moves on from question " + index);
        }
        verify(quiz.session.finished, "the results show");
        compare(quiz.session.answered, 3);
        compare(quiz.session.correct, 3);
        page.forceActiveFocus();
        const next = findChild(page, "nextButton");
        compare(next.text, "Finish");
        mouseClick(next);
        tryCompare(stack, "depth", 2);
        compare(stack.currentItem.objectName, "studioPage", "Finish leads back to the studio");
    }

    // ------------------------------------------------------------------ adapting the shipped case

    function test_adapt_the_shipped_case(): void {
        const studio = openStudio();
        const document = studio.document;
        click(studio, "adaptButton");
        verify(document.hasCase, document.lastError);
        compare(document.filePath, "", "the built-in case is never saved over");
        // A teacher's own copy of it is the original here: a folder on disk.
        const original = Scratch.newFolder() + "/our-case";
        const id = document.caseId + "-ours";
        verify(document.saveAsCopy(original, id, document.title), document.lastError);
        const before = Scratch.digest(original);
        verify(before.length > 0);

        // The lesson is cut to fit a period: its last chapter goes.
        const form = section(studio, "Lesson");
        const chapters = document.value("lesson.json", "chapters").length;
        verify(chapters >= 3, "the shipped lesson has its chapters");
        tryVerify(() => !document.validationPending && form.estimate.minutes > 0, 5000, "the estimate follows the checked case");
        const minutes = form.estimate.minutes;
        const last = findChild(form, "row_" + (chapters - 1) + "_-1");
        verify(last, "the last chapter's row");
        const remove = findChild(last, "remove");
        remove.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        compare(document.value("lesson.json", "chapters").length, chapters - 1);
        tryVerify(() => !document.validationPending);
        verify(form.estimate.minutes < minutes, "the estimate follows: " + form.estimate.minutes + " < " + minutes);
        compare(errorsOf(document), 0, problemsOf(document));

        // Saved as a copy: a new folder, a new id and title; the original untouched.
        const copy = Scratch.newFolder() + "/our-case-45";
        verify(document.saveAsCopy(copy, id + "-45", "Our case in 45 minutes"), document.lastError);
        compare(Scratch.digest(original), before, "not a byte of the original changed");
        compare(document.filePath, copy, "the studio goes on with the copy");
        const opened = createTemporaryObject(documentComponent, root);
        verify(opened.open(copy), opened.lastError);
        compare(errorsOf(opened), 0, problemsOf(opened));
        compare(opened.caseId, id + "-45");
        compare(opened.title, "Our case in 45 minutes");
        compare(opened.value("lesson.json", "chapters").length, chapters - 1);
        opened.close();
        const kept = createTemporaryObject(documentComponent, root);
        verify(kept.open(original));
        compare(kept.value("lesson.json", "chapters").length, chapters, "the original keeps every chapter");
        kept.close();
    }

    // ------------------------------------------------------------------ hostile input

    // A date that is no date and an id used twice: each is named under its
    // field and in the problems list with file, line and path; nothing else is lost.
    function test_bad_input_is_named_and_loses_nothing(): void {
        const studio = openStudio();
        const document = studio.document;
        click(studio, "adaptButton");
        const form = section(studio, "Timeline");
        form.kind = 1;
        const list = findChild(form, "recordList");
        const events = document.value("timeline.json", "events").length;
        verify(events >= 2);
        list.currentIndex = 1;
        const claims = document.fileText("claims.json");

        type(form, "events[1].date", "2014-02-30");
        compare(document.value("timeline.json", "events[1].date"), "2014-02-30", "what was typed is kept, to be mended");
        verify(errorsOf(document) > 0);
        const dateField = fieldAt(form, "events[1].date");
        tryVerify(() => findChild(dateField, "problems").count > 0, 2000, "the problem shows under the date");
        verify(/timeline\.json:\d+:\d+: events\[1\]\.date/.test(problemsOf(document)), problemsOf(document));

        const firstId = document.value("timeline.json", "events[0].id");
        type(form, "events[1].id", firstId);
        verify(errorsOf(document) > 0);
        verify(/events\[1\]\.id: .*(twice|duplicate|already)/.test(problemsOf(document)), problemsOf(document));
        compare(document.value("timeline.json", "events").length, events, "no event lost");
        compare(document.fileText("claims.json"), claims, "nothing else changed");
        verify(!document.exportPack(Scratch.newFolder() + "/bad.claimscope", false), "an invalid case is not exported without a warning");
        verify(document.lastError.length > 0);

        // Undone, the case is clean again.
        while (document.canUndo)
            document.undo();
        compare(errorsOf(document), 0, problemsOf(document));
    }

    // Present opens the case as it is in the studio, unsaved edits included, for the projector.
    Component {
        id: studioComponent
        StudioPage {
            width: 1280
            height: 720
        }
    }
    function test_present_shows_the_case_being_edited(): void {
        const studio = createTemporaryObject(studioComponent, root);
        const document = studio.document;
        click(studio, "adaptButton");
        verify(document.hasCase);
        verify(document.setValue("case.json", "title", "Edited for today's class"));
        let presented = 0;
        studio.presentRequested.connect(() => ++presented);
        click(studio, "presentButton");
        compare(presented, 1);
        compare(CaseLibrary.title, "Edited for today's class", "the unsaved edit is what the class sees");
        verify(CaseLibrary.lesson.count > 0);
        document.close();
    }
}
