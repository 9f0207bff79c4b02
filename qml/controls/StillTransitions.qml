// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import org.claimscope.Claimscope

// Reduced motion for a popup: it appears and goes at once, without the
// style's growing and fading. `StillTransitions { popup: root }` in a Dialog.
QtObject {
    id: still

    required property T.Popup popup

    readonly property Binding enterBinding: Binding {
        target: still.popup
        property: "enter"
        value: null
        when: Theme.reducedMotion
    }
    readonly property Binding exitBinding: Binding {
        target: still.popup
        property: "exit"
        value: null
        when: Theme.reducedMotion
    }
}
