// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The studio's Timeline section: events are added, edited, moved and
// removed, a problem's path opens its record and field, and the coverage
// preview is the document's.
ClaimscopeTestCase {
    id: root
    name: "StudioTimeline"

    property CaseDocument doc

    Component {
        id: docComponent
        CaseDocument {}
    }
    Component {
        id: sectionComponent
        StudioTimeline {
            width: 1100
            height: 700
        }
    }

    function init(): void {
        // One document for all the tests, so that it outlives the sections made for each.
        if (!doc)
            doc = docComponent.createObject(root);
        verify(doc.open(CaseLibrary.origin), "the default case opens in the studio");
    }
    function cleanup(): void {
        doc.close();
    }
    function eventIds(): var {
        return Array.from(doc.value("timeline.json", "events")).map(e => e.id);
    }

    function test_add_edit_move_remove_an_event(): void {
        const timeline = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        compare(timeline.kind, 1, "the events come first");
        const list = findChild(timeline, "recordList");
        const before = eventIds();
        list.add();
        const added = eventIds();
        compare(added.length, before.length + 1);
        compare(list.currentIndex, before.length, "the new event is chosen");
        const title = findChild(timeline, "titleField");
        compare(title.path, "events[" + before.length + "].title");
        title.input.forceActiveFocus();
        title.input.selectAll();
        keyClick("X");
        compare(doc.value("timeline.json", "events[" + before.length + "].title"), "X");
        compare(doc.value("timeline.json", "events[" + before.length + "].phase"), doc.value("timeline.json", "phases[0].id"), "a new event is in the first phase");
        list.list.forceActiveFocus();
        keyClick(Qt.Key_Up, Qt.AltModifier);
        compare(eventIds()[before.length - 1], added[before.length], "Alt+Up moves the chosen event");
        compare(list.currentIndex, before.length - 1);
        findChild(list, "removeRecord").clicked();
        compare(eventIds(), before);
    }

    function test_focus_path_opens_the_record(): void {
        const timeline = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        verify(timeline.focusPath("timeline.json", "phases[1].start"));
        compare(timeline.kind, 0);
        compare(findChild(timeline, "recordList").currentIndex, 1);
        tryVerify(() => findChild(timeline, "startField")?.input.activeFocus ?? false, 1000);
        verify(!timeline.focusPath("lesson.json", "chapters[0]"));
    }

    function test_preview_is_the_documents(): void {
        const timeline = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        doc.validateNow();
        verify(doc.coverage.dayCount > 0);
        tryVerify(() => findChild(timeline, "coveragePreview") !== null, 1000, "the preview shows");
        verify(findChild(timeline, "coveragePreview").coverage === doc.coverage, "of the studio's case");
    }
}
