// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The studio's Lesson section: chapters and steps are added, reordered by
// keyboard (the focus stays on the moved row) and by dragging, each step
// kind shows its own settings, a problem's path focuses its field, and the
// estimated length follows the lesson.
ClaimscopeTestCase {
    id: root
    name: "StudioLesson"

    property CaseDocument doc

    Component {
        id: docComponent
        CaseDocument {}
    }
    Component {
        id: sectionComponent
        StudioLesson {
            width: 1100
            height: 700
        }
    }

    function init(): void {
        // One document for all the tests, so that it outlives the sections made for each.
        if (!doc)
            doc = docComponent.createObject(root);
        verify(doc.newCase("A test case", "test-case"));
    }
    function cleanup(): void {
        doc.close();
    }
    function stepIds(chapter: int): var {
        return Array.from(doc.value("lesson.json", "chapters[" + chapter + "].steps")).map(s => s.id);
    }

    function test_add_and_move_by_keyboard(): void {
        const lesson = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        lesson.addChapter();
        lesson.addStep(0);
        lesson.addStep(0);
        lesson.addStep(0);
        compare(doc.value("lesson.json", "chapters").length, 1);
        const ids = stepIds(0);
        compare(ids.length, 3);
        // The first step's "move down" button, then Space: it moves, and the focus follows it.
        const row = findChild(lesson, "row_0_0");
        const down = findChild(row, "down");
        down.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(stepIds(0), [ids[1], ids[0], ids[2]]);
        compare(lesson.step, 1, "the moved step stays chosen");
        tryVerify(() => findChild(findChild(lesson, "row_0_1"), "down").activeFocus, 1000, "the focus follows the moved row");
        keyClick(Qt.Key_Space);
        compare(stepIds(0), [ids[1], ids[2], ids[0]]);
        // Alt+Up on a focused row.
        const last = findChild(findChild(lesson, "row_0_2"), "choose");
        tryVerify(() => last !== null);
        findChild(findChild(lesson, "row_0_2"), "choose").forceActiveFocus();
        keyClick(Qt.Key_Up, Qt.AltModifier);
        compare(stepIds(0), [ids[1], ids[0], ids[2]]);
        doc.undo();
        compare(stepIds(0), [ids[1], ids[2], ids[0]], "a move is one undo step");
    }

    function test_drag_moves_a_step(): void {
        const lesson = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        lesson.addChapter();
        lesson.addStep(0);
        lesson.addStep(0);
        lesson.addStep(0);
        const ids = stepIds(0);
        lesson.step = 0;
        const row = findChild(lesson, "row_0_0");
        waitForRendering(lesson);
        // Pressed on the handle and moved down two rows, a little at a time as a hand does.
        const y = row.height / 2;
        mousePress(row, 12, y);
        for (let dy = 5; dy <= 2 * lesson.rowHeight; dy += 5)
            mouseMove(row, 12, y + dy);
        mouseRelease(row, 12, y + 2 * lesson.rowHeight);
        tryCompare(lesson, "step", 2);
        compare(stepIds(0), [ids[1], ids[2], ids[0]]);
    }

    function test_step_kind_shows_its_settings(): void {
        const lesson = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        lesson.addChapter();
        lesson.addStep(0);
        const form = findChild(lesson, "kindField");
        verify(form);
        verify(!findChild(lesson, "quizField").visible);
        form.choose(lesson.stepKinds.indexOf("quiz"));
        compare(doc.value("lesson.json", "chapters[0].steps[0].kind"), "quiz");
        verify(findChild(lesson, "quizField").visible, "a quiz step asks for its questions");
        verify(!findChild(lesson, "revealField").visible);
        form.choose(lesson.stepKinds.indexOf("blame"));
        verify(findChild(lesson, "modeField").visible, "a blame step offers its view");
        verify(findChild(lesson, "cutoffField").visible);
    }

    // A blame step's focus: none (the largest arrow), a camp, an actor or the claims about one.
    function test_blame_step_focus(): void {
        verify(doc.setValue("actors.json", "actors", [
            {
                id: "anna",
                name: "Anna",
                kind: "person"
            },
            {
                id: "ben",
                name: "Ben",
                kind: "person"
            }
        ]));
        verify(doc.setValue("actors.json", "camps", [
            {
                id: "readers",
                name: "Readers",
                marker: "circle",
                actors: ["anna", "ben"]
            }
        ]));
        const lesson = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        lesson.addChapter();
        lesson.addStep(0);
        findChild(lesson, "kindField").choose(lesson.stepKinds.indexOf("blame"));
        const focus = findChild(lesson, "focusField");
        verify(focus.visible, "a blame step offers its focus");
        const kind = findChild(focus, "focusKind");
        const idField = findChild(focus, "focusIdField");
        compare(kind.currentIndex, 0);
        verify(!idField.visible, "no focus, no id to choose");
        const path = "chapters[0].steps[0].focus";
        kind.activated(3); // the claims about an actor
        compare(JSON.stringify(doc.value("lesson.json", path)), JSON.stringify({
            about: "anna"
        }));
        verify(idField.visible);
        verify(doc.setValue("lesson.json", path + ".about", "ben"));
        kind.activated(2); // the actor himself: the same actor stays
        compare(JSON.stringify(doc.value("lesson.json", path)), JSON.stringify({
            actor: "ben"
        }));
        kind.activated(1);
        compare(JSON.stringify(doc.value("lesson.json", path)), JSON.stringify({
            camp: "readers"
        }));
        compare(idField.label, "Camp");
        kind.activated(0);
        compare(doc.value("lesson.json", path), undefined);
        doc.undo();
        compare(doc.value("lesson.json", path + ".camp"), "readers", "undo brings the focus back");
        compare(kind.currentIndex, 1);
    }

    function test_focus_path_focuses_the_field(): void {
        const lesson = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        lesson.addChapter();
        lesson.addStep(0);
        lesson.addStep(0);
        lesson.chapter = 0;
        lesson.step = -1;
        verify(lesson.focusPath("lesson.json", "chapters[0].steps[1].presenterNotes"));
        compare(lesson.step, 1);
        tryVerify(() => findChild(lesson, "presenterNotesField").input.activeFocus, 1000);
        verify(!lesson.focusPath("claims.json", "claims[0]"), "another file is not the lesson's");
    }

    function test_estimate_follows_the_lesson(): void {
        verify(doc.open(CaseLibrary.origin), "the default case opens in the studio");
        doc.validateNow();
        verify(doc.valid);
        const lesson = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        const before = lesson.estimate.minutes;
        const chapters = lesson.estimate.chapterMinutes.length;
        verify(before > 0);
        compare(chapters, doc.value("lesson.json", "chapters").length);
        lesson.addChapter();
        lesson.addStep(chapters);
        const words = [];
        for (let i = 0; i < 250; ++i)
            words.push("word");
        const step = "chapters[" + chapters + "].steps[0]";
        verify(doc.setValue("lesson.json", step + ".text", words.join(" ")));
        verify(doc.setValue("lesson.json", step + ".presenterNotes", "Notes."));
        verify(doc.setValue("lesson.json", "chapters[" + chapters + "].summary", "A summary."));
        doc.validateNow();
        verify(doc.valid, "the case with a new chapter still loads");
        // 250 words and the step's title at 150 a minute: two minutes, for the chapter and the lesson.
        compare(lesson.estimate.chapterMinutes[chapters], 2);
        compare(lesson.estimate.minutes, before + 2);
        verify(findChild(lesson, "estimate").text.indexOf(String(lesson.estimate.minutes)) >= 0, "the estimate is shown");
    }
}
