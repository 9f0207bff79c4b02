// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import org.claimscope.Claimscope

// Who blamed whom, on its own page.
Page {
    id: root

    property date cutoff
    signal backRequested
    signal showInArticle(string articleId, string claimId, string quote)

    background: Rectangle {
        color: Theme.paper
    }
    Keys.onEscapePressed: root.backRequested()

    title: qsTr("Who blamed whom")
    Accessible.name: root.title
    header: PageHeader {
        title: root.title
        subtitle: qsTr("Each arrow: claims by one side about another. Thicker = more claims; colour and dash = the most common stance.")
        onBackRequested: root.backRequested()
    }

    BlameExplorer {
        objectName: "blameExplorer"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        cutoff: root.cutoff
        focus: true
        onShowInArticle: (articleId, claimId, quote) => root.showInArticle(articleId, claimId, quote)
    }
}
