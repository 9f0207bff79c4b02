// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// What every Quick Test of the app shares: it runs once the window shows, is
// visible (keyboard focus needs visible items) at the size of the
// screenshots, and starts with the default case open. A test that needs
// another case overrides initTestCase(). Return and Enter press buttons
// here as in the app's window.
TestCase {
    when: windowShown
    visible: true
    width: 1280
    height: 720

    ButtonKeys {}

    /// Opens the default case, failing the test when it does not load.
    function openDefault(): void {
        verify(CaseLibrary.openDefault(), "the default case loads");
    }

    function initTestCase(): void {
        openDefault();
    }
}
