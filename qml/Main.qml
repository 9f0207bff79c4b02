// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import org.claimscope.Claimscope

// The one window. Only this file touches the StackView: pages ask for
// navigation through their signals.
ApplicationWindow {
    id: root

    property string startPage: "home"
    property int startStep: 0

    width: 1280
    height: 720
    minimumWidth: 800
    minimumHeight: 560
    visible: true
    title: CaseLibrary.title.length > 0 ? qsTr("%1 — Claimscope").arg(CaseLibrary.title) : "Claimscope"
    color: Theme.paper

    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    function openMode(mode: string): void {
        stack.push(modeIntro, { mode: mode });
    }

    Shortcut {
        sequences: [StandardKey.Open]
        onActivated: fileDialog.open()
    }
    Shortcut {
        sequences: [StandardKey.Back, "Alt+Left"]
        enabled: stack.depth > 1
        onActivated: stack.pop()
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: home
        focus: true
    }

    Component {
        id: home
        HomePage {
            onPresentRequested: root.openMode("present")
            onStudyRequested: root.openMode("study")
            onOpenPackRequested: fileDialog.open()
        }
    }
    Component {
        id: modeIntro
        ModeIntroPage {
            onBackRequested: stack.pop()
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Open a case pack")
        nameFilters: [qsTr("Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)"), qsTr("All files (*)")]
        onAccepted: CaseLibrary.openUrl(selectedFile)
    }

    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls)
                CaseLibrary.openUrl(drop.urls[0]);
        }
    }

    ProblemPanel {}

    Component.onCompleted: {
        if (startPage === "present" || startPage === "study")
            openMode(startPage);
    }
}
