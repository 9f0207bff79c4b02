// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The studio's shell: the sections present are listed, a field edit reaches
// the document and Ctrl+Z undoes it, a problem row jumps to its field, and a
// case left unsaved by a studio that stopped is offered for recovery.
ClaimscopeTestCase {
    id: root
    name: "Studio"

    Component {
        id: pageComponent
        StudioPage {
            width: 1280
            height: 720
        }
    }
    Component {
        id: windowComponent
        Main {}
    }
    Component {
        id: docComponent
        CaseDocument {}
    }

    Component {
        id: smallPageComponent
        StudioPage {
            width: 1024
            height: 768
        }
    }

    // In a 1024×768 window no control of any section runs past the right edge
    // of the window or of the view that clips it (a clipped field loses its border).
    function test_sections_fit_a_1024_window(): void {
        const page = createTemporaryObject(smallPageComponent, root);
        verify(page.document.open(CaseLibrary.origin), "the default case opens");
        const past = [];
        const walk = (item, key, edge) => {
            if (!item.visible)
                return;
            // Material's ripples and shadows reach past their controls by design.
            const drawn = !/Shader|QQuickItem_QML|QQuickItem\(/.test(String(item));
            const r = item.mapToItem(page, 0, 0, item.width, item.height);
            if (drawn && item.width > 0 && item.height > 0 && r.x < edge && r.x + r.width > edge + 0.5)
                past.push(key + ": " + item + " " + item.objectName + " to " + Math.round(r.x + r.width) + ", clipped at " + Math.round(edge));
            const inner = item.clip ? Math.min(edge, r.x + r.width) : edge;
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i], key, inner);
        };
        for (const key of page.sections) {
            page.currentKey = key;
            const loader = findChild(page, "sectionLoader");
            tryVerify(() => loader.status === Loader.Ready, 3000, key);
            waitForRendering(page);
            walk(loader, key, page.width);
        }
        compare(past.length, 0, past.slice(0, 5).join("; "));
    }

    function newStudio(): var {
        const page = createTemporaryObject(pageComponent, root);
        verify(page.document.newCase("A test case", "test-case"));
        return page;
    }
    function cleanup(): void {
        const doc = createTemporaryObject(docComponent, root);
        for (const s of doc.recoverableSessions())
            doc.discardRecovery(s.id);
    }

    function test_home_opens_the_studio(): void {
        const win = createTemporaryObject(windowComponent, root);
        const stack = findChild(win.contentItem, "pageStack");
        const button = findChild(stack.currentItem, "studioButton");
        verify(button, "the home page has the studio's entry");
        compare(button.Accessible.name, "Make or adapt a case in the studio");
        button.clicked();
        compare(stack.depth, 2);
        compare(stack.currentItem.objectName, "studioPage");
    }

    function test_sections_listed_are_those_present(): void {
        const page = newStudio();
        verify(page.sections.indexOf("Case") >= 0, "the Case section is listed");
        for (const key of page.sections)
            compare(typeof page.sectionNames[key], "string");
        compare(page.currentKey, page.sections[0]);
        compare(page.sectionFor("articles/a.json"), "Articles");
        compare(page.sectionFor("rubric.json"), "Quiz");
        compare(page.sectionFor("nothing.json"), "");
    }

    function test_edit_then_ctrl_z_undoes(): void {
        const page = newStudio();
        page.currentKey = "Case";
        const field = findChild(page, "titleField");
        verify(field, "the Case section shows the title");
        field.input.forceActiveFocus();
        field.input.selectAll();
        keyClick("B");
        compare(page.document.value("case.json", "title"), "B");
        verify(page.document.dirty);
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        compare(page.document.value("case.json", "title"), "A test case");
        compare(field.input.text, "A test case");
        keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier);
        compare(page.document.value("case.json", "title"), "B", "Ctrl+Shift+Z redoes");
    }

    function test_problem_row_jumps_to_its_field(): void {
        const page = newStudio();
        page.currentKey = page.sections[page.sections.length - 1];
        verify(page.document.setValue("case.json", "id", "Not An Id!"));
        page.document.validateNow();
        const list = findChild(page, "problemList");
        let row = -1;
        const m = page.document.problems;
        for (let i = 0; i < m.count; ++i)
            if (m.data(m.index(i, 0), ProblemListModel.FileRole) === "case.json" && m.data(m.index(i, 0), ProblemListModel.PathRole) === "id")
                row = i;
        verify(row >= 0, "a bad id is a problem of case.json at id");
        list.forceActiveFocus();
        list.currentIndex = row;
        keyClick(Qt.Key_Return);
        compare(page.currentKey, "Case");
        const idField = findChild(page, "idField");
        tryVerify(() => idField.input.activeFocus, 1000, "the id field has the focus");
        const problems = findChild(idField, "problems");
        verify(problems.count > 0, "the problem shows under the field");
    }

    function test_summary_counts_errors(): void {
        const page = newStudio();
        page.document.validateNow();
        const summary = findChild(page, "problemSummary");
        const m = page.document.problems;
        compare(summary.text, m.count === 0 ? "No problems" : m.errorCount + (m.errorCount === 1 ? " error, " : " errors, ") + m.warningCount + (m.warningCount === 1 ? " warning" : " warnings"));
    }

    // The problems list takes room when the case has errors or the teacher asks for it;
    // closed by hand, it stays closed and the toolbar button still counts the errors.
    function test_problems_panel(): void {
        const page = newStudio();
        const panel = findChild(page, "problemPanel");
        const button = findChild(page, "problemsButton");
        verify(!panel.visible, "nothing checked yet: the form has the room");
        page.document.validateNow();
        verify(page.document.problems.errorCount > 0, "a new case lacks its articles and lesson");
        verify(panel.visible, "errors open the list");
        compare(button.text, "✖ " + page.problemText);
        mouseClick(button);
        verify(!panel.visible, "the button hides it");
        verify(page.document.setValue("case.json", "id", "Not An Id!"));
        page.document.validateNow();
        verify(!panel.visible, "closed by hand stays closed");
        mouseClick(button);
        verify(panel.visible, "and shows it again");
    }

    function test_try_refuses_an_invalid_case(): void {
        const page = newStudio();
        verify(page.document.setValue("case.json", "id", "Not An Id!"));
        let tried = false;
        page.studyRequested.connect(() => tried = true);
        findChild(page, "tryButton").clicked();
        verify(!tried, "an invalid case is not shown in the app");
        verify(findChild(page, "status").text.length > 0, "the studio says why");
    }

    function test_recovery_is_offered(): void {
        const crashed = docComponent.createObject(root);
        let written = false;
        crashed.recoveryWritten.connect(() => written = true);
        verify(crashed.newCase("Left behind", "left-behind"));
        verify(crashed.setValue("case.json", "summary", "unsaved words"));
        tryVerify(() => written, 10000, "a recovery file is written after the edit");
        // Destroyed without close(), as a studio that stopped: its recovery file stays.
        crashed.destroy();
        wait(0);
        const page = createTemporaryObject(pageComponent, root);
        const pane = findChild(page, "recoveryPane");
        verify(pane.visible, "the studio offers the unsaved case");
        const id = page.recoverable[0].id;
        findChild(page, "recover_" + id).clicked();
        verify(page.document.hasCase);
        compare(page.document.value("case.json", "summary"), "unsaved words");
        verify(page.document.dirty, "a recovered case is not saved yet");
        verify(!pane.visible, "the offer goes once the case is recovered");
    }
}
