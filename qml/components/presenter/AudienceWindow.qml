// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.claimscope.Claimscope

// The audience's own window: full screen on the projector when the
// presentation asks for it (F toggles, Esc leaves), a plain window otherwise.
Window {
    id: root

    required property Presentation presentation
    readonly property AudienceView view: audience

    title: qsTr("Claimscope — audience")
    color: presentation.blanked ? Theme.blank : Theme.paper
    visibility: presentation.fullScreen ? Window.FullScreen : Window.Windowed

    AudienceView {
        id: audience
        anchors.fill: parent
        presentation: root.presentation
    }
}
