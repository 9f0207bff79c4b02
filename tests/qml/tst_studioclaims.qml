// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope

// The studio's claims, actors and sources on the documentation's example
// case: lists add, remove and reorder in undoable steps, a problem's path
// finds its item, camps keep an actor in one camp, a new actor or source
// is made from a form, and the preview shows who blamed whom.
ClaimscopeTestCase {
    id: root
    name: "StudioClaims"

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
        id: claimsComponent
        StudioClaims {
            width: 1280
            height: 720
        }
    }
    Component {
        id: actorsComponent
        StudioActors {
            width: 1280
            height: 720
        }
    }
    Component {
        id: sourcesComponent
        StudioSources {
            width: 1280
            height: 720
        }
    }

    function openExample(): CaseDocument {
        const document = createTemporaryObject(documentComponent, root);
        documents.push(document);
        verify(document.open(Qt.resolvedUrl("../../docs/examples/minimal-case")), document.lastError);
        document.validateNow();
        verify(document.valid, "the example is valid");
        return document;
    }

    function makeSection(component: Component, document: CaseDocument): Item {
        const section = createTemporaryObject(component, root, {
            document: document
        });
        verify(section);
        sections.push(section);
        return section;
    }

    function ids(document: CaseDocument, file: string, array: string): var {
        return (document.value(file, array) ?? []).map(item => item.id);
    }

    function test_claims_add_move_remove_and_undo(): void {
        const document = openExample();
        const section = makeSection(claimsComponent, document);
        const list = findChild(section, "claimList");
        compare(section.claimIndex, 0);
        compare(ids(document, "claims.json", "claims"), ["c1", "c2"]);

        mouseClick(findChild(list, "addButton"));
        const added = ids(document, "claims.json", "claims");
        compare(added.length, 3);
        compare(added[0], "c1");
        compare(added[2], "c2");
        compare(section.claimIndex, 1, "the new claim follows the chosen one and is chosen");
        compare(document.value("claims.json", "claims[1].date"), "2024-03-04", "dated as the chosen claim");
        compare(document.value("claims.json", "claims[1].claimant"), "maplehill-insider");

        mouseClick(findChild(list, "downButton"));
        compare(ids(document, "claims.json", "claims")[2], added[1]);
        compare(section.claimIndex, 2);
        mouseClick(findChild(list, "upButton"));
        compare(ids(document, "claims.json", "claims"), added);

        mouseClick(findChild(list, "removeButton"));
        compare(ids(document, "claims.json", "claims"), ["c1", "c2"]);
        compare(section.claimIndex, 1);

        for (let steps = 0; steps < 4; ++steps)
            document.undo();
        compare(ids(document, "claims.json", "claims"), ["c1", "c2"], "four steps undone: back to the start");
        verify(!document.canUndo);
    }

    function test_focus_path_data() {
        return [
            {
                tag: "claim",
                file: "claims.json",
                path: "claims[1].paraphrase",
                mine: true,
                index: 1
            },
            {
                tag: "whole file",
                file: "claims.json",
                path: "",
                mine: true,
                index: 0
            },
            {
                tag: "other file",
                file: "actors.json",
                path: "actors[0]",
                mine: false,
                index: 0
            },
        ];
    }

    function test_focus_path(data): void {
        const document = openExample();
        const section = makeSection(claimsComponent, document);
        compare(section.focusPath(data.file, data.path), data.mine);
        compare(section.claimIndex, data.index);
    }

    function test_preview_follows_the_claim(): void {
        const document = openExample();
        const section = makeSection(claimsComponent, document);
        verify(document.previewCurrent);
        const pairs = findChild(section, "blamePairs");
        tryVerify(() => pairs.count > 0, 5000, "who blamed whom by the claim's date");
        const edges = document.blame.edges;
        verify(edges.some(e => e.from === "maplehill-insider" && e.to === "school-office"));
        compare(document.blame.cutoff.getFullYear(), 2024);
    }

    function test_quick_add_actor_as_claimant(): void {
        const document = openExample();
        const section = makeSection(claimsComponent, document);
        const before = ids(document, "actors.json", "actors").length;
        const claimant = findChild(section, "newClaimantButton");
        verify(claimant, "a new actor can be made from the claim's form");
        const id = claimant.create("A new spokesperson", "politician");
        verify(id.length > 0, document.lastError);
        compare(ids(document, "actors.json", "actors").length, before + 1);
        compare(document.value("actors.json", "actors[" + before + "].kind"), "politician");
        compare(document.value("claims.json", "claims[0].claimant"), id, "and made the claimant");
    }

    function test_camp_membership_is_exclusive(): void {
        const document = openExample();
        const section = makeSection(actorsComponent, document);
        const camps = findChild(section, "campList");
        mouseClick(findChild(section, "campsTab"));
        mouseClick(findChild(camps, "addButton"));
        mouseClick(findChild(camps, "addButton"));
        compare(section.camps.length, 2);
        verify(section.camps[0].marker !== section.camps[1].marker, "each new camp has a marker of its own");
        verify(section.camps[0].order !== section.camps[1].order, "and a place of its own");

        verify(section.setCamp("school-office", 0));
        compare(section.campOf("school-office"), 0);
        verify(section.setCamp("school-office", 1));
        compare(document.value("actors.json", "camps[0].actors"), []);
        compare(document.value("actors.json", "camps[1].actors"), ["school-office"]);
        verify(section.setCamp("school-office", -1));
        compare(section.campOf("school-office"), -1);
        document.undo();
        compare(section.campOf("school-office"), 1, "one step each");
    }

    function test_remove_actor_leaves_its_camp(): void {
        const document = openExample();
        const section = makeSection(actorsComponent, document);
        verify(findChild(section, "campList").add());
        verify(section.setCamp("school-office", 0));
        const actors = findChild(section, "actorList");
        actors.choose(1);
        compare(section.actor.id, "school-office");
        mouseClick(findChild(actors, "removeButton"));
        compare(ids(document, "actors.json", "actors"), ["maplehill-insider"]);
        compare(document.value("actors.json", "camps[0].actors"), []);
        document.validateNow();
        verify(!document.valid, "the claims that name it are problems now");
        document.undo();
        compare(ids(document, "actors.json", "actors"), ["maplehill-insider", "school-office"]);
        compare(document.value("actors.json", "camps[0].actors"), []);
        document.undo();
        compare(ids(document, "actors.json", "actors"), ["maplehill-insider", "school-office"]);
        compare(document.value("actors.json", "camps[0].actors"), ["school-office"]);
    }

    function test_sources_quotes_one_per_line(): void {
        const document = openExample();
        const section = makeSection(sourcesComponent, document);
        compare(section.source.id, "s1");
        verify(section.setQuotes("first words\n\n  second words  \n"));
        compare(document.value("sources.json", "sources[0].quotes"), ["first words", "second words"]);
        verify(section.setQuotes(""));
        compare(document.value("sources.json", "sources[0].quotes"), undefined, "no quotes, no key");
        verify(section.focusPath("sources.json", "sources[1].url"));
        compare(section.source.id, "s2");
    }

    // The choices are the format's words, with the app's labels.
    function test_vocabulary_data() {
        return [
            {
                tag: "status",
                name: "status",
                first: "confirmed",
                count: 8,
                text: "Confirmed by the later record"
            },
            {
                tag: "layer",
                name: "layer",
                first: "claim",
                count: 7,
                text: "Claims"
            },
            {
                tag: "actor kind",
                name: "actorKind",
                first: "government",
                count: 11,
                text: "government"
            },
            {
                tag: "marker",
                name: "marker",
                first: "circle",
                count: 12,
                text: "circle"
            },
            {
                tag: "unknown",
                name: "colour",
                first: undefined,
                count: 0,
                text: undefined
            },
        ];
    }

    function test_vocabulary(data): void {
        const choices = StudioVocabulary.choices(data.name);
        compare(choices.length, data.count);
        compare(choices[0]?.value, data.first);
        compare(choices[0]?.text, data.text);
    }
}
