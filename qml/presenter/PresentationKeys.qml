// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import org.claimscope.Claimscope

// The presenter's keys, application-wide: a clicker sends its keys to
// whichever window has the focus, the audience's or the console's.
// What the keys do is Presentation's; this only maps keys to it.
Item {
    id: root

    required property Presentation presentation
    /// Esc with nothing to cancel or hide and the audience not full screen.
    signal endRequested

    Shortcut {
        sequences: ["Right", "PgDown", "Space", "Down"]
        context: Qt.ApplicationShortcut
        enabled: root.enabled
        onActivated: root.presentation.next()
    }
    Shortcut {
        sequences: ["Left", "PgUp", "Up"]
        context: Qt.ApplicationShortcut
        enabled: root.enabled
        onActivated: root.presentation.previous()
    }
    Shortcut {
        sequences: ["B", "."]
        context: Qt.ApplicationShortcut
        enabled: root.enabled
        onActivated: root.presentation.toggleBlank()
    }
    Shortcut {
        sequences: ["F", "F5"]
        context: Qt.ApplicationShortcut
        enabled: root.enabled
        onActivated: root.presentation.toggleFullScreen()
    }
    Shortcut {
        sequences: ["G"]
        context: Qt.ApplicationShortcut
        enabled: root.enabled
        onActivated: root.presentation.armJump()
    }
    Shortcut {
        sequences: ["Return", "Enter"]
        context: Qt.ApplicationShortcut
        enabled: root.enabled && (root.presentation.jumpText.length > 0 || root.presentation.jumpArmed)
        onActivated: root.presentation.commitJump()
    }
    Shortcut {
        sequences: ["Backspace"]
        context: Qt.ApplicationShortcut
        enabled: root.enabled
        onActivated: root.presentation.backspace()
    }
    Shortcut {
        sequences: ["Esc"]
        context: Qt.ApplicationShortcut
        enabled: root.enabled
        onActivated: {
            if (root.presentation.cancelJump())
                return;
            if (root.presentation.peeking) {
                root.presentation.peeking = false;
                return;
            }
            if (root.presentation.fullScreen)
                root.presentation.fullScreen = false;
            else
                root.endRequested();
        }
    }
    Repeater {
        model: 10
        delegate: Item {
            id: digitKey
            required property int index
            Shortcut {
                sequences: [String(digitKey.index)]
                context: Qt.ApplicationShortcut
                enabled: root.enabled
                onActivated: root.presentation.digit(digitKey.index)
            }
        }
    }
}
