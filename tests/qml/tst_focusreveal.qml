// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope

// Keyboard focus never rests on an item scrolled out of sight: every
// Flickable around the focused item scrolls to show it.
ClaimscopeTestCase {
    id: root
    name: "FocusReveal"

    FocusReveal {
        window: root.Window.window
    }

    /// Whether item shows whole inside the viewport of flick.
    function shows(flick: Flickable, item: Item): bool {
        const r = item.mapToItem(flick, 0, 0, item.width, item.height);
        return r.y >= -0.5 && r.y + r.height <= flick.height + 0.5;
    }

    Component {
        id: columnComponent
        Flickable {
            width: 300
            height: 200
            clip: true
            contentHeight: buttons.height
            Column {
                id: buttons
                Repeater {
                    model: 20
                    delegate: Button {
                        required property int index
                        objectName: "button" + index
                        text: "Button " + index
                        height: 40
                    }
                }
            }
        }
    }

    function test_tab_scrolls_the_focused_item_into_view(): void {
        const flick = createTemporaryObject(columnComponent, root);
        verify(flick);
        findChild(flick, "button0").forceActiveFocus();
        for (let i = 1; i < 20; ++i) {
            keyClick(Qt.Key_Tab);
            const button = findChild(flick, "button" + i);
            verify(button.activeFocus, "Tab reaches button " + i);
            verify(root.shows(flick, button), "button " + i + " shows, contentY " + flick.contentY);
        }
        verify(flick.contentY > 0);
        for (let i = 18; i >= 0; --i) {
            keyClick(Qt.Key_Backtab);
            verify(root.shows(flick, findChild(flick, "button" + i)), "back to button " + i);
        }
        compare(flick.contentY, 0, "the first button shows from the top");
    }

    Component {
        id: presenterComponent
        PresenterPage {
            width: 1280
            height: 720
            presentation: Presentation {
                library: CaseLibrary
            }
        }
    }

    // The presenter's step list: every step row that Tab reaches shows.
    function test_presenter_step_list_follows_tab(): void {
        const page = createTemporaryObject(presenterComponent, root);
        verify(page);
        const list = findChild(page, "stepList");
        verify(list);
        tryVerify(() => list.contentHeight > list.height, 5000, "the steps overflow the list");
        const column = list.contentItem.children[0];
        const first = column.children[0];
        first.forceActiveFocus();
        tryVerify(() => first.activeFocus);
        let reached = 0;
        for (let i = 0; i < 60; ++i) {
            keyClick(Qt.Key_Tab);
            const item = root.Window.window.activeFocusItem;
            if (item && item.parent === column) {
                verify(root.shows(list, item), "step row " + item.text + " shows");
                ++reached;
            }
        }
        verify(reached > 10, "Tab went through the step rows: " + reached);
    }
}
