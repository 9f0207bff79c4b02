// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import org.claimscope.Claimscope

// The audience's own window: full screen on the projector when the
// presentation asks for it (F toggles, Esc leaves), a plain window otherwise.
Window {
    id: root

    required property Presentation presentation
    readonly property AudienceView view: audience

    // A top-level window of its own, not a dialog of the console: it goes
    // full screen on another screen and is shown even when the console is not.
    transientParent: null
    title: qsTr("Audience · step %1 of %2").arg(LanguageManager.number(CaseLibrary.lesson.currentIndex + 1)).arg(LanguageManager.number(CaseLibrary.lesson.count))
    color: presentation.blanked ? Theme.blank : Theme.paper
    visibility: presentation.fullScreen ? Window.FullScreen : Window.Windowed

    // Material's attached properties do not cross into a top-level window:
    // the same bindings as Main.qml, from the same Theme tokens.
    Material.theme: Theme.darkTheme ? Material.Dark : Material.Light
    Material.foreground: Theme.ink
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    // Right-to-left languages mirror the whole window (LanguageManager sets the direction).
    LayoutMirroring.enabled: LanguageManager.rightToLeft
    LayoutMirroring.childrenInherit: true

    AudienceView {
        id: audience
        anchors.fill: parent
        presentation: root.presentation
    }
}
