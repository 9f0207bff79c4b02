// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

ClaimscopeTestCase {
    id: root
    name: "HomePage"

    Component {
        id: mainComponent
        Main {}
    }

    Component {
        id: homeComponent
        HomePage {
            width: 1280
            height: 720
        }
    }

    function test_lists_the_four_articles(): void {
        const page = createTemporaryObject(homeComponent, root);
        verify(page, "the home page is created");
        const repeater = findChild(page, "articleRepeater");
        verify(repeater, "the page has an article list");
        compare(repeater.count, 4);
        const outlets = [];
        for (let i = 0; i < repeater.count; ++i)
            outlets.push(repeater.itemAt(i).outlet);
        compare(outlets.sort().join("|"), ["Gulf News", "Inquisitr", "South China Morning Post", "The Guardian"].join("|"));
        for (let i = 0; i < repeater.count; ++i) {
            verify(repeater.itemAt(i).headline.length > 10, "each card shows a headline");
            verify(repeater.itemAt(i).visible, "each card is shown");
        }
    }

    function test_paper_links_ask_for_the_pdfs_data() {
        return [
            {
                tag: "guide",
                kind: "guide"
            },
            {
                tag: "worksheet",
                kind: "worksheet"
            }
        ];
    }

    function test_paper_links_ask_for_the_pdfs(data) {
        const page = createTemporaryObject(homeComponent, root);
        const asked = [];
        page.printRequested.connect(kind => asked.push(kind));
        const button = findChild(page, data.kind + "Button");
        verify(button && button.visible, "the home page offers the " + data.tag);
        mouseClick(button);
        compare(asked, [data.kind]);
    }

    function test_keyboard_reaches_both_entries(): void {
        const page = createTemporaryObject(homeComponent, root);
        const present = findChild(page, "presentButton");
        const study = findChild(page, "studyButton");
        verify(present && study);
        page.forceActiveFocus();
        present.forceActiveFocus();
        verify(present.activeFocus, "present button takes focus");
        keyClick(Qt.Key_Tab);
        verify(study.activeFocus, "Tab moves focus to the study button");
        let presented = 0;
        let studied = 0;
        page.presentRequested.connect(() => presented++);
        page.studyRequested.connect(() => studied++);
        keyClick(Qt.Key_Return);
        compare(studied, 1, "Enter on the focused entry activates it");
        keyClick(Qt.Key_Tab, Qt.ShiftModifier);
        verify(present.activeFocus, "Shift+Tab goes back to the present button");
        keyClick(Qt.Key_Space);
        compare(presented, 1, "Space activates the present button");
        compare(present.Accessible.name, "Present to a class");
        compare(study.Accessible.name, "Work through it myself");
    }

    // "Check yourself" offers every question but those kept for the booster
    // check, not only the first quiz step's.
    function test_check_yourself_offers_every_question_but_the_boosters(): void {
        const win = createTemporaryObject(mainComponent, root);
        verify(win);
        const link = findChild(win.contentItem, "quizLink");
        verify(link && link.visible, "home offers Check yourself");
        mouseClick(link);
        const stack = findChild(win.contentItem, "pageStack");
        tryVerify(() => stack.currentItem && stack.currentItem.session !== undefined, 3000, "the quiz page opens");
        const asked = stack.currentItem.session.itemIds;
        const all = stack.currentItem.session.caseItemIds();
        const boosters = StudentProgress.boosterItemIds();
        verify(boosters.length > 0, "the case keeps items for the booster check");
        compare(asked.length, all.length - boosters.length);
        for (const id of boosters)
            verify(asked.indexOf(id) < 0, id + " stays for the booster check");
        const first = CaseLibrary.lesson.firstStepOfKind("quiz");
        let last = -1;
        for (let i = CaseLibrary.lesson.count - 1; i > first && last < 0; --i)
            last = CaseLibrary.lesson.step(i).kind === "quiz" ? i : -1;
        verify(last > first, "the lesson has more than one quiz step");
        for (const step of [first, last]) {
            for (const id of CaseLibrary.lesson.step(step).quiz)
                verify(asked.indexOf(id) >= 0, id + " of step " + step + " is asked");
        }
        compare(asked, CaseLibrary.selfCheckItemIds);
    }
}
