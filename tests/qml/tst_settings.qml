// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope

// The settings page works from the keyboard and changes AppSettings; reduced
// motion makes page changes immediate and timelines jump instead of playing.
ClaimscopeTestCase {
    id: root
    name: "Settings"

    Component {
        id: pageComponent
        SettingsPage {
            width: 1280
            height: 720
        }
    }
    Component {
        id: windowComponent
        Main {}
    }
    Component {
        id: scrubberComponent
        DateScrubber {
            width: 800
            dayCount: 10
            onMoved: index => dayIndex = index
        }
    }

    function init(): void {
        AppSettings.resetToDefaults();
    }
    function cleanup(): void {
        AppSettings.resetToDefaults();
    }

    function test_keyboard_walks_through_every_control(): void {
        const page = createTemporaryObject(pageComponent, root);
        const languages = ["system", "en", "de", "es", "fr", "ar", "pseudo"].map(code => "language_" + code);
        const names = ["fontScaleSlider", "theme_light", "theme_dark", "theme_contrast", "reducedMotionSwitch", "boosterSpinBox"].concat(languages, ["resetButton"]);
        const controls = names.map(n => findChild(page, n));
        for (let i = 0; i < names.length; ++i) {
            verify(controls[i], names[i] + " exists");
            verify(controls[i].Accessible.name.length > 0, names[i] + " has an accessible name");
        }
        controls[0].forceActiveFocus();
        verify(controls[0].activeFocus);
        for (let i = 1; i < names.length; ++i) {
            keyClick(Qt.Key_Tab);
            verify(controls[i].activeFocus, "Tab reaches " + names[i]);
        }
    }

    function test_keys_change_the_settings(): void {
        const page = createTemporaryObject(pageComponent, root);
        const slider = findChild(page, "fontScaleSlider");
        slider.forceActiveFocus();
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        fuzzyCompare(AppSettings.fontScale, 1.1, 0.001);
        compare(Theme.fontBody, Math.round(18 * 1.1), "the text grows at once");
        compare(findChild(page, "previewText").font.pixelSize, Theme.fontBody, "the preview follows");

        const dark = findChild(page, "theme_dark");
        dark.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(AppSettings.theme, "dark");
        verify(Qt.colorEqual(Theme.paper, Theme.darkPalette.paper), "the colours change at once");
        verify(dark.checked);
        verify(!findChild(page, "theme_light").checked, "one theme at a time");

        const contrast = findChild(page, "theme_contrast");
        contrast.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(AppSettings.theme, "contrast");
        verify(!dark.checked);

        const motion = findChild(page, "reducedMotionSwitch");
        motion.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(AppSettings.reducedMotion, true);
        compare(Theme.animationDuration, 0);

        const booster = findChild(page, "boosterSpinBox");
        booster.forceActiveFocus();
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        compare(AppSettings.boosterDelayDays, 4);
        keyClick(Qt.Key_Down);
        compare(AppSettings.boosterDelayDays, 3);

        const reset = findChild(page, "resetButton");
        reset.forceActiveFocus();
        keyClick(Qt.Key_Return);
        compare(AppSettings.theme, "light");
        compare(AppSettings.fontScale, 1);
        compare(AppSettings.reducedMotion, false);
        compare(AppSettings.boosterDelayDays, 2);
        verify(findChild(page, "theme_light").checked, "the page shows the reset values");
        compare(slider.value, 1);
        compare(booster.value, 2);
    }

    function test_page_follows_outside_changes(): void {
        const page = createTemporaryObject(pageComponent, root);
        AppSettings.theme = "dark";
        AppSettings.fontScale = 1.5;
        AppSettings.boosterDelayDays = 9;
        AppSettings.reducedMotion = true;
        verify(findChild(page, "theme_dark").checked);
        compare(findChild(page, "fontScaleSlider").value, 1.5);
        compare(findChild(page, "boosterSpinBox").value, 9);
        verify(findChild(page, "reducedMotionSwitch").checked);
    }

    function test_escape_goes_back(): void {
        const page = createTemporaryObject(pageComponent, root);
        let back = 0;
        page.backRequested.connect(() => back++);
        findChild(page, "boosterSpinBox").forceActiveFocus();
        keyClick(Qt.Key_Escape);
        compare(back, 1);
    }

    function test_page_transitions_data(): var {
        return [
            {
                tag: "with motion",
                reduced: false
            },
            {
                tag: "reduced motion",
                reduced: true
            }
        ];
    }
    function test_page_transitions(data: var): void {
        AppSettings.reducedMotion = data.reduced;
        const win = createTemporaryObject(windowComponent, root);
        verify(win, "the main window is created");
        const stack = findChild(win.contentItem, "pageStack");
        verify(stack, "the window has its page stack");
        compare(stack.depth, 1);
        win.openPage("settings", {});
        compare(stack.depth, 2);
        compare(stack.currentItem.objectName, "settingsPage");
        // A transition keeps the stack busy for a while; an immediate switch does not.
        compare(stack.busy, !data.reduced);
        tryCompare(stack, "busy", false);
        stack.pop();
        compare(stack.busy, !data.reduced);
        tryCompare(stack, "busy", false);
        compare(stack.depth, 1);
    }

    function test_timeline_jumps_with_reduced_motion_data(): var {
        return [
            {
                tag: "with motion",
                reduced: false
            },
            {
                tag: "reduced motion",
                reduced: true
            }
        ];
    }
    function test_timeline_jumps_with_reduced_motion(data: var): void {
        AppSettings.reducedMotion = data.reduced;
        const scrubber = createTemporaryObject(scrubberComponent, root);
        scrubber.togglePlay();
        if (data.reduced) {
            compare(scrubber.playing, false, "nothing animates");
            compare(scrubber.dayIndex, 9, "straight to the last day");
        } else {
            compare(scrubber.playing, true, "the timeline plays");
            compare(scrubber.dayIndex, 0, "from the first day");
            tryCompare(scrubber, "dayIndex", 9);
        }
    }

    Component {
        id: dialogComponent
        StartOverDialog {}
    }

    function test_dialogs_appear_at_once_with_reduced_motion_data(): var {
        return [
            {
                tag: "with motion",
                reduced: false
            },
            {
                tag: "reduced motion",
                reduced: true
            }
        ];
    }
    // A popup's enter transition grows and fades it in; reduced motion shows it at once.
    function test_dialogs_appear_at_once_with_reduced_motion(data: var): void {
        AppSettings.reducedMotion = data.reduced;
        const dialog = createTemporaryObject(dialogComponent, root);
        verify(dialog);
        compare(dialog.enter === null, data.reduced);
        dialog.open();
        compare(dialog.opened, data.reduced, "fully open at once only with reduced motion");
        tryVerify(() => dialog.opened);
        dialog.close();
        compare(dialog.visible, !data.reduced, "gone at once only with reduced motion");
        tryVerify(() => !dialog.visible);
        AppSettings.reducedMotion = false;
        verify(dialog.enter !== null, "the style's transition comes back");
    }
}
