// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// Opening an invalid pack shows its problems and keeps the open case.
ClaimscopeTestCase {
    id: root
    name: "OpenPack"

    Component {
        id: panelComponent
        ProblemPanel {}
    }

    function init(): void {
        openDefault();
        compare(CaseLibrary.problems.length, 0);
    }

    function test_invalid_pack_keeps_the_open_case(): void {
        const title = CaseLibrary.title;
        const articles = CaseLibrary.articles.count;
        const panel = createTemporaryObject(panelComponent, root);
        verify(!panel.visible, "no panel while there are no problems");

        verify(!CaseLibrary.openUrl(Qt.resolvedUrl("../data/broken-case")), "a broken case is refused");
        compare(CaseLibrary.title, title, "the open case stays open");
        compare(CaseLibrary.articles.count, articles);
        compare(CaseLibrary.problemOrigin, "broken-case");
        const texts = CaseLibrary.problems.map(p => p.text);
        verify(texts.indexOf("case.json:4:12: title: expected a string") >= 0, texts.join("\n"));
        verify(texts.some(t => t.indexOf("claims[0].claimant: unknown actor \"nobody\"") >= 0), texts.join("\n"));
        tryCompare(panel, "opened", true);

        keyClick(Qt.Key_Escape);
        tryVerify(() => !panel.visible, 5000, "Escape closes the panel");
        compare(CaseLibrary.problems.length, 0, "closing the panel clears the problems");
        compare(CaseLibrary.title, title);

        verify(!CaseLibrary.openUrl(Qt.resolvedUrl("../data/broken-case")));
        tryCompare(panel, "opened", true, 5000, "the panel opens again for the next refused pack");
    }

    // The window builds the panel only when the first problem arrives.
    function test_panel_created_after_a_refusal_opens(): void {
        verify(!CaseLibrary.openUrl(Qt.resolvedUrl("../data/broken-case")));
        const panel = createTemporaryObject(panelComponent, root);
        tryCompare(panel, "opened", true, 5000, "a panel made after the refusal still shows it");
        verify(panel.width > 300 && panel.height > 200, `sized by the window, not by its maker: ${panel.width}×${panel.height}`);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !panel.visible, 5000);
        compare(CaseLibrary.problems.length, 0);
    }

    function test_missing_pack_names_the_file(): void {
        verify(!CaseLibrary.open("/nonexistent/class-case.claimscope"));
        compare(CaseLibrary.problems.length, 1);
        compare(CaseLibrary.problems[0].code, "not-found");
        compare(CaseLibrary.problemOrigin, "class-case.claimscope");
        CaseLibrary.clearProblems();
    }
}
