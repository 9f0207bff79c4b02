// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope

// The camps view by keyboard: one Tab stop, the arrow keys move between the
// cards (Left/Right) and the arrows' counts (Up/Down), Enter activates; every
// card and count keeps its accessible name. The default case on 21 December 2014.
ClaimscopeTestCase {
    id: root
    name: "CampKeyboard"

    Component {
        id: setupComponent
        Row {
            property alias network: campNetwork
            property alias before: beforeButton
            property alias after: afterButton
            Button {
                id: beforeButton
                text: "before"
            }
            CampNetwork {
                id: campNetwork
                width: 900
                height: 560
            }
            Button {
                id: afterButton
                text: "after"
            }
        }
    }

    SignalSpy {
        id: edgeSpy
        signalName: "edgeSelected"
    }
    SignalSpy {
        id: campSpy
        signalName: "campActivated"
    }

    function createSetup(): Item {
        CaseLibrary.blame.openCamp = "";
        CaseLibrary.blame.cutoff = new Date(2014, 11, 21);
        const setup = createTemporaryObject(setupComponent, root);
        verify(setup);
        edgeSpy.clear();
        edgeSpy.target = setup.network;
        campSpy.clear();
        campSpy.target = setup.network;
        tryVerify(() => setup.network.stops("count").length > 12, 2000, "the arrows are drawn");
        waitForRendering(setup);
        return setup;
    }
    function descendants(item: Item, found: list<Item>): list<Item> {
        for (let i = 0; i < item.children.length; ++i) {
            found.push(item.children[i]);
            descendants(item.children[i], found);
        }
        return found;
    }

    function test_oneTabStop(): void {
        const setup = createSetup();
        const inside = descendants(setup.network, []);
        compare(inside.filter(i => i.activeFocusOnTab).length, 0, "nothing inside the view is a Tab stop of its own");
        verify(setup.network.activeFocusOnTab);
        setup.before.forceActiveFocus();
        keyClick(Qt.Key_Tab);
        tryVerify(() => setup.network.current !== null && setup.network.current.activeFocus, 2000, "Tab lands on a card");
        compare(setup.network.current.objectName, "blameNode");
        keyClick(Qt.Key_Tab);
        verify(setup.after.activeFocus, "the next Tab leaves the view");
    }

    function test_namesKept(): void {
        const setup = createSetup();
        const cards = setup.network.stops("card");
        const counts = setup.network.stops("count");
        verify(cards.length >= 8, cards.length + " cards");
        for (const item of cards.concat(counts))
            verify(item.Accessible.name.length > 0, item.objectName + " has a name");
        compare(counts.length, CaseLibrary.blame.campEdges.length);
    }

    function test_arrowKeys(): void {
        const setup = createSetup();
        const network = setup.network;
        network.forceActiveFocus();
        tryVerify(() => network.current !== null && network.current.activeFocus, 2000);
        const cards = network.stops("card");
        const counts = network.stops("count");
        compare(network.current, cards[0]);
        keyClick(Qt.Key_Right);
        compare(network.current, cards[1]);
        verify(cards[1].activeFocus);
        keyClick(Qt.Key_Left);
        keyClick(Qt.Key_Left);
        compare(network.current, cards[cards.length - 1], "Left from the first wraps to the last");
        keyClick(Qt.Key_Down);
        compare(network.current, counts[0]);
        keyClick(Qt.Key_Down);
        compare(network.current, counts[1]);
        keyClick(Qt.Key_End);
        compare(network.current, counts[counts.length - 1]);
        keyClick(Qt.Key_Home);
        compare(network.current, counts[0]);
        keyClick(Qt.Key_Return);
        compare(edgeSpy.count, 1);
        const edge = CaseLibrary.blame.campEdges[0];
        compare(edgeSpy.signalArguments[0][0], edge.from);
        compare(edgeSpy.signalArguments[0][1], edge.to);
        keyClick(Qt.Key_Right);
        verify(network.current.objectName === "blameNode");
        keyClick(Qt.Key_Enter);
        compare(campSpy.count, 1);
        compare(campSpy.signalArguments[0][0], network.current.node.id);
    }
}
