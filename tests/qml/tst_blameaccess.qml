// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The blame page's bar chart and table for a screen reader: the chart is a
// named Tab stop with its data in a sentence, the table a list whose every
// row exists and says its place and its columns.
ClaimscopeTestCase {
    id: root
    name: "BlameAccess"

    Component {
        id: pageComponent
        BlamePage {
            width: 1280
            height: 720
        }
    }

    function openTab(index: int): Item {
        const page = createTemporaryObject(pageComponent, root);
        verify(page);
        CaseLibrary.blame.dayIndex = CaseLibrary.blame.dayCount - 1;
        findChild(page, "blameTabs").currentIndex = index;
        return page;
    }

    function test_chart_sums_up_its_bars(): void {
        const page = openTab(3);
        const chart = findChild(page, "evidenceChart");
        verify(chart.visible);
        compare(chart.Accessible.role, Accessible.Chart);
        verify(chart.Accessible.name.startsWith("Bar chart: claims by who blamed whom"), chart.Accessible.name);
        verify(chart.Accessible.name.endsWith(CaseLibrary.blame.cutoffText), chart.Accessible.name);
        // "Of 10 bars, X → Y is the largest with N (…); then …."
        verify(/^Of \d+ bars?, .+ → .+ is the largest with \d+ \(.+\); then .+\. The Table tab lists every pair\.$/.test(chart.Accessible.description), chart.Accessible.description);
        verify(chart.activeFocusOnTab, "a Tab stop, so the sentence can be heard");
        // An earlier day, other bars: the sentence follows.
        const before = chart.summary;
        CaseLibrary.blame.dayIndex = CaseLibrary.blame.claimDays[1];
        verify(chart.summary !== before, "the summary follows the date");
    }

    function test_table_rows_say_their_place(): void {
        const page = openTab(4);
        const table = findChild(page, "blameTable");
        verify(table.visible);
        compare(table.Accessible.role, Accessible.List);
        tryVerify(() => table.count > 5, 5000, "pairs by the last day: " + table.count);
        for (let row = 0; row < table.count; ++row) {
            // The rows beyond the view are made a moment after the view shows.
            tryVerify(() => table.itemAtIndex(row) !== null, 5000, "row " + row + " exists");
            const item = table.itemAtIndex(row);
            verify(item.Accessible.description.startsWith("Row " + (row + 1) + " of " + table.count + ". Claims: "), item.Accessible.description);
        }
        const first = table.itemAtIndex(0);
        compare(first.Accessible.name, first.modelData.label);
        verify(first.Accessible.description.indexOf("Evidence offered: " + first.modelData.evidence) > 0);
    }

    // The network of actors is one Tab stop: the arrow keys move inside it.
    function test_network_is_one_tab_stop(): void {
        const page = openTab(2);
        const tabs = findChild(page, "blameTabs");
        tabs.forceActiveFocus();
        let focused = null;
        for (let i = 0; i < 12 && !(focused && focused.objectName === "networkNode"); ++i) {
            keyClick(Qt.Key_Tab);
            wait(0);
            focused = page.Window.activeFocusItem;
        }
        compare(focused.objectName, "networkNode", "Tab enters the network on an actor");
        const first = focused;
        keyClick(Qt.Key_Right);
        verify(page.Window.activeFocusItem !== first && page.Window.activeFocusItem.objectName === "networkNode", "Right: the next actor");
        keyClick(Qt.Key_Down);
        compare(page.Window.activeFocusItem.objectName, "networkCount", "Down: a count");
        keyClick(Qt.Key_Tab);
        verify(["networkNode", "networkCount"].indexOf(page.Window.activeFocusItem.objectName) < 0, "Tab leaves the network at once");
    }

    // The claim list makes only the cards in view: its name says how many there are.
    function test_claim_list_says_its_count(): void {
        const page = openTab(0);
        const list = findChild(page, "blameClaims");
        tryVerify(() => list.count > 0, 5000);
        compare(list.count, CaseLibrary.claims.count);
        tryCompare(list.Accessible, "name", "Claims: " + list.count); // the view sends countChanged when it lays out
        const first = list.itemAtIndex(0);
        compare(first.Accessible.description, "Claim 1 of " + list.count);
    }

    // The claims in focus follow the date: claims come and go with the days that have
    // them, a day without claims keeps the list, and a focus chosen on one day is worked
    // out again when the date moves back past a claim.
    function test_focused_claims_follow_the_date_data() {
        return [
            {
                tag: "a camp",
                kind: "camp"
            },
            {
                tag: "claims about an actor",
                kind: "about"
            }
        ];
    }
    function test_focused_claims_follow_the_date(data) {
        const page = openTab(0);
        const explorer = findChild(page, "blameExplorer");
        const days = CaseLibrary.blame.claimDays;
        verify(days.length >= 3, "claim days: " + days.length);
        const edge = CaseLibrary.blame.campEdges[0];
        const id = data.kind === "camp" ? edge.from : CaseLibrary.blame.edges[0].to;
        explorer.focusOn(data.kind, id);
        const expected = () => CaseLibrary.blame.claimsOf(data.kind, id);
        const shown = () => {
            const ids = [];
            for (let row = 0; row < CaseLibrary.claims.count; ++row)
                ids.push(CaseLibrary.claims.data(CaseLibrary.claims.index(row, 0), Qt.UserRole + 1)); // the id role
            return ids;
        };
        const last = shown();
        verify(last.length > 0, "claims in focus on the last day");
        compare(last, expected());
        // Back to a day with fewer claims, then to the day after it (no claim on it, or more).
        CaseLibrary.blame.dayIndex = days[1];
        compare(shown(), expected());
        verify(shown().length < last.length, shown().length + " of " + last.length);
        CaseLibrary.blame.dayIndex = days[1] + 1;
        compare(shown(), expected());
        // The focus is chosen again on this day; going back before it drops the later claims.
        explorer.focusOn(data.kind, id);
        CaseLibrary.blame.dayIndex = days[0];
        compare(shown(), expected());
        CaseLibrary.blame.dayIndex = CaseLibrary.blame.dayCount - 1;
        compare(shown(), last);
    }
}
