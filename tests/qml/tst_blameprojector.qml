// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The projector check: every blame step of the default lesson on the
// audience screen at 1280×720 and 1024×768. Its labels are not elided, at
// least 18 px on the screen, overlap neither one another nor another node,
// and no more than 12 are labelled in the step's state. A camp opened into
// its actors at the last date reads as well: what does not fit is one card.
ClaimscopeTestCase {
    id: root
    name: "BlameProjector"

    Component {
        id: setupComponent
        Item {
            id: setup
            property alias audience: audienceView
            Presentation {
                id: controller
                library: CaseLibrary
            }
            AudienceView {
                id: audienceView
                width: setup.width
                height: setup.height
                presentation: controller
            }
        }
    }

    function collect(item: Item, name: string, found: list<Item>): list<Item> {
        if (item.objectName === name && item.visible)
            found.push(item);
        for (let i = 0; i < item.children.length; ++i)
            collect(item.children[i], name, found);
        return found;
    }
    function screenRect(item: Item, w: real, h: real, screen: Item): rect {
        const r = item.mapToItem(screen, 0, 0, w, h);
        return Qt.rect(r.x, r.y, r.width, r.height);
    }
    function overlaps(a: rect, b: rect): bool {
        return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
    }
    function card(label: Item): Item {
        let p = label.parent;
        while (p && p.objectName !== "blameNode")
            p = p.parent;
        return p;
    }

    // A matrix step: the names in the rows in view are whole, letters and names at least 18 px.
    function checkMatrix(screen: Item, scale: real): void {
        const matrix = findChild(screen, "blameMatrix");
        verify(matrix && matrix.visible, "the step opens the matrix");
        const table = findChild(matrix, "matrixTable");
        const view = screenRect(table, table.width, table.height, screen);
        const inView = () => collect(matrix, "matrixRowName", []).filter(n => {
                const r = screenRect(n, n.width, n.height, screen);
                return r.y >= view.y - 0.5 && r.y + r.height <= view.y + view.height + 0.5;
            });
        // The step's camp is scrolled into view.
        const focusId = CaseLibrary.lesson.current.focusId;
        tryVerify(() => inView().some(n => n.text === CaseLibrary.blame.nameOf(focusId)), 2000, "the focused camp's row is in view");
        const names = inView();
        verify(names.length >= 5, names.length + " rows in view");
        for (const n of names) {
            verify(!n.truncated, "\"" + n.text + "\" is elided");
            verify(n.font.pixelSize * scale >= 18, "\"" + n.text + "\" at " + n.font.pixelSize * scale + " px");
        }
        const keys = collect(matrix, "matrixColumnKey", []);
        verify(keys.length >= 5, "column letters");
        for (const k of keys)
            verify(k.font.pixelSize * scale >= 18, "\"" + k.text + "\" at " + k.font.pixelSize * scale + " px");
        // The totals' heading is whole: its column is as wide as it needs.
        const total = keys.find(k => k.text === matrix.model.totalHeading);
        verify(total, "the totals' column has its heading");
        verify(total.contentWidth <= matrix.totalWidth, total.contentWidth + " px in a " + matrix.totalWidth + " px column");
        // The step's camp is marked; its claims fill the panel.
        compare(matrix.highlightedNode, focusId);
        const place = matrix.model.placeOf(focusId);
        verify(place >= 0);
        const title = findChild(screen, "blameFocusTitle");
        verify(title.text.indexOf(CaseLibrary.blame.nameOf(focusId)) >= 0, title.text);
        verify(title.font.pixelSize * scale >= 18);
        verify(CaseLibrary.claims.count > 0, "the focus lists claims");

        // A cell fills the panel with its claims, under a heading.
        const claimant = matrix.model.nodeId(place);
        const target = matrix.model.nodeId(0);
        const ids = matrix.model.claimIds(claimant, target);
        verify(ids.length > 0);
        matrix.cellActivated(claimant, target);
        compare(title.text.replace(/[\u2066-\u2069]/g, ""), CaseLibrary.blame.nameOf(claimant) + " → " + CaseLibrary.blame.nameOf(target) + ": " + ids.length + (ids.length === 1 ? " claim" : " claims"));
        compare(CaseLibrary.claims.count, ids.length);
    }

    function test_step_data(): var {
        const rows = [];
        const sizes = [[1280, 720], [1024, 768]];
        for (let i = 0; i < CaseLibrary.lesson.count; ++i) {
            const step = CaseLibrary.lesson.step(i);
            if (step.kind !== "blame")
                continue;
            for (const s of sizes)
                rows.push({
                    tag: step.stepId + " " + s[0] + "x" + s[1],
                    step: i,
                    width: s[0],
                    height: s[1]
                });
        }
        verify(rows.length >= 6, "the lesson has blame steps");
        return rows;
    }
    function test_step(data: var): void {
        CaseLibrary.lesson.currentIndex = data.step;
        const setup = createTemporaryObject(setupComponent, root, {
            width: data.width,
            height: data.height
        });
        verify(setup);
        const screen = setup.audience;
        tryVerify(() => findChild(screen, "blameHeadline") !== null, 3000, "the blame view opens");
        waitForRendering(screen);
        const scale = screen.stageScale;

        const headline = findChild(screen, "blameHeadline");
        verify(headline.text.length > 0, "a headline");
        verify(headline.font.pixelSize * scale >= 18, "headline " + headline.font.pixelSize * scale + " px");
        verify(!headline.truncated);

        if (CaseLibrary.lesson.step(data.step).blameMode === "matrix") {
            checkMatrix(screen, scale);
            return;
        }
        const labels = collect(screen, "blameLabel", []);
        verify(labels.length > 0, "labelled nodes");
        verify(labels.length <= 12, labels.length + " labels");
        const nodes = collect(screen, "blameNode", []);
        const rects = labels.map(l => screenRect(l, l.contentWidth, l.contentHeight, screen));
        for (let i = 0; i < labels.length; ++i) {
            const l = labels[i];
            verify(!l.truncated, "\"" + l.text + "\" is elided");
            verify(l.font.pixelSize * scale >= 18, "\"" + l.text + "\" at " + l.font.pixelSize * scale + " px");
            verify(l.contentHeight <= l.parent.height + 0.5, "\"" + l.text + "\" fits its card");
            for (let j = i + 1; j < labels.length; ++j)
                verify(!overlaps(rects[i], rects[j]), "\"" + l.text + "\" overlaps \"" + labels[j].text + "\"");
            const own = card(l);
            for (const n of nodes) {
                if (n !== own)
                    verify(!overlaps(rects[i], screenRect(n, n.width, n.height, screen)), "\"" + l.text + "\" overlaps a node");
            }
        }
        // The counts are legible too, overlap neither one another nor a card, and the detail panel is not empty.
        const counts = collect(screen, "blameCount", []);
        // Every arrow has its count, claims within a camp too, named as such.
        compare(counts.length, CaseLibrary.blame.campEdges.length);
        for (const e of CaseLibrary.blame.campEdges.filter(e => e.from === e.to))
            verify(counts.some(c => c.Accessible.name === e.label && c.contentItem.text.startsWith("↺") && e.label.indexOf("about itself") > 0), "claims within " + e.from);
        const countRects = counts.map(c => screenRect(c, c.width, c.height, screen));
        const cards = nodes.filter(n => !n.node.isOpen).map(n => screenRect(n, n.width, n.height, screen));
        for (let i = 0; i < counts.length; ++i) {
            const c = counts[i];
            verify(c.contentItem.font.pixelSize * scale >= 18, "count at " + c.contentItem.font.pixelSize * scale + " px");
            for (let j = i + 1; j < counts.length; ++j)
                verify(!overlaps(countRects[i], countRects[j]), "count of \"" + c.Accessible.name + "\" overlaps that of \"" + counts[j].Accessible.name + "\"");
            for (const r of cards)
                verify(!overlaps(countRects[i], r), "count of \"" + c.Accessible.name + "\" overlaps a card");
        }
        const title = findChild(screen, "blameFocusTitle");
        verify(title && title.text.length > 0, "the detail panel names its focus");
        verify(CaseLibrary.claims.count > 0, "the focus lists claims");
    }

    function cleanup(): void {
        CaseLibrary.blame.openCamp = "";
    }

    function test_open_camp_data(): var {
        const rows = [];
        for (const camp of ["us-federal-government", "security-experts", "north-korea-state", "hollywood", "sony"])
            for (const s of [[1280, 720], [1024, 768]])
                rows.push({
                    tag: camp + " " + s[0] + "x" + s[1],
                    camp: camp,
                    width: s[0],
                    height: s[1]
                });
        return rows;
    }
    function test_open_camp(data: var): void {
        CaseLibrary.lesson.currentIndex = CaseLibrary.lesson.firstStepOfKind("blame");
        const setup = createTemporaryObject(setupComponent, root, {
            width: data.width,
            height: data.height
        });
        verify(setup);
        const screen = setup.audience;
        tryVerify(() => findChild(screen, "campNetwork") !== null, 3000, "the camps view opens");
        const network = findChild(screen, "campNetwork");
        CaseLibrary.blame.cutoff = CaseLibrary.blame.lastDate;
        CaseLibrary.blame.openCamp = data.camp;
        compare(network.openCamp, data.camp);
        waitForRendering(screen);
        const scale = screen.stageScale;

        const nodes = collect(network, "blameNode", []);
        const actors = nodes.filter(n => n.node.isActor);
        verify(actors.length >= 1, "the camp's actors");
        const labels = collect(network, "blameLabel", []);
        const rects = labels.map(l => screenRect(l, l.contentWidth, l.contentHeight, screen));
        for (let i = 0; i < labels.length; ++i) {
            const l = labels[i];
            verify(!l.truncated, "\"" + l.text + "\" is elided");
            verify(l.font.pixelSize * scale >= 18, "\"" + l.text + "\" at " + l.font.pixelSize * scale + " px");
            for (let j = i + 1; j < labels.length; ++j)
                verify(!overlaps(rects[i], rects[j]), "\"" + l.text + "\" overlaps \"" + labels[j].text + "\"");
            const own = card(l);
            for (const n of nodes) {
                if (n !== own && !n.node.isOpen)
                    verify(!overlaps(rects[i], screenRect(n, n.width, n.height, screen)), "\"" + l.text + "\" overlaps a node");
            }
        }
        // Every actor of the camp is a card or one of the card for the others, which lists their claims.
        const group = actors.find(n => n.node.members.length > 0);
        const drawn = actors.filter(n => n !== group).map(n => n.node.id).concat(group ? group.node.members : []);
        compare(drawn.length, CaseLibrary.blame.campNodes.filter(n => n.isActor).length);
        if (!group)
            return;
        compare(group.node.name, group.node.members.length + " more");
        compare(group.Accessible.name, group.node.label);
        group.activate();
        const title = findChild(screen, "blameFocusTitle");
        verify(title.text.indexOf(group.node.name) >= 0, title.text);
        const ids = CaseLibrary.blame.claimsOfActors(group.node.members);
        verify(ids.length > 0);
        compare(CaseLibrary.claims.count, ids.length);
        // Its arrows stand out; the others' fade.
        const arrows = collect(network, "blameArrow", []);
        verify(arrows.some(a => a.edge.from === group.node.id || a.edge.to === group.node.id));
        for (const a of arrows)
            compare(a.focused, a.edge.from === group.node.id || a.edge.to === group.node.id);
    }
}
