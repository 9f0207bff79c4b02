// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import org.claimscope.Claimscope

// The audience window is a top-level window of its own, so Material's
// attached colours set on the main window do not reach it: it must take
// them from the Theme itself, in every palette. Step 7 of the default
// lesson (0-based) shows the blame explorer with its tabs and slider.
ClaimscopeTestCase {
    id: root
    name: "AudienceTheme"
    width: 400
    height: 300

    Component {
        id: windowComponent
        AudienceWindow {
            width: 1280
            height: 720
            visible: true
            presentation: Presentation {
                library: CaseLibrary
            }
        }
    }

    function cleanup(): void {
        AppSettings.resetToDefaults();
    }

    function firstTabBar(item: Item): Item {
        // A TabBar: a Container with a current index and a header/footer position.
        if (item.contentModel !== undefined && item.currentIndex !== undefined && item.position !== undefined)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = firstTabBar(item.children[i]);
            if (found)
                return found;
        }
        return null;
    }

    function test_material_follows_theme_data(): var {
        return [
            {
                tag: "light",
                dark: false
            },
            {
                tag: "dark",
                dark: true
            },
            {
                tag: "contrast",
                dark: false
            }
        ];
    }
    function test_material_follows_theme(data: var): void {
        AppSettings.theme = data.tag;
        CaseLibrary.lesson.currentIndex = 7;
        const window = createTemporaryObject(windowComponent, root);
        verify(window);
        window.presentation.start();
        tryVerify(() => window.visible);
        compare(window.Material.theme, data.dark ? Material.Dark : Material.Light);
        verify(Qt.colorEqual(window.Material.accent, Theme.accent), "accent " + window.Material.accent + " vs " + Theme.accent);
        verify(Qt.colorEqual(window.Material.foreground, Theme.ink));
        // It reaches the controls inside, e.g. the blame explorer's tabs.
        tryVerify(() => firstTabBar(window.contentItem) !== null, 3000, "step 7 shows tabs");
        const tabs = firstTabBar(window.contentItem);
        verify(Qt.colorEqual(tabs.Material.accent, Theme.accent), "tab accent " + tabs.Material.accent);
        compare(tabs.Material.theme, window.Material.theme);
    }
}
