// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import org.claimscope.Claimscope

// How the coverage shifted, on its own page.
Page {
    id: root

    property date cutoff
    signal backRequested

    background: Rectangle {
        color: Theme.paper
    }
    Keys.onEscapePressed: root.backRequested()

    title: qsTr("How the coverage shifted")
    Accessible.name: root.title
    header: PageHeader {
        title: root.title
        subtitle: qsTr("Drag the date, or press Space to play: what was claimed then, and what is known now.")
        onBackRequested: root.backRequested()
    }

    CoverageExplorer {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        cutoff: root.cutoff
        focus: true
    }
}
