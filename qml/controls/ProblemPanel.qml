// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// Why a case pack could not be opened, one line per problem. The case that
// was open stays open behind it.
Popup {
    id: root

    parent: Overlay.overlay // also when made by a Loader
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent.width - 2 * Theme.margin, 1000)
    height: Math.min(parent.height - 2 * Theme.margin, 640)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape
    onClosed: CaseLibrary.clearProblems()
    Component.onCompleted: {
        if (CaseLibrary.problems.length > 0)
            Qt.callLater(root.open); // made after the problems arrived (a pack refused on the command line)
    }

    // Opens whenever a pack was refused; the problems stay until it is closed.
    Connections {
        target: CaseLibrary
        function onProblemsChanged(): void {
            if (CaseLibrary.problems.length > 0)
                root.open();
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.warningPaper
        border.color: Theme.warning
        border.width: 2
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: title.text
        Label {
            id: title
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: PackText.plain(qsTr("%1 could not be opened"), [CaseLibrary.problemOrigin])
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("%Ln problem(s) found.", "", CaseLibrary.problems.length) + " " + qsTr("The case you had open is still open.")
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: CaseLibrary.problems
            // Every row exists, not only those in view: a screen reader counts the rows there are.
            cacheBuffer: 1000000
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Problems")
            ScrollBar.vertical: ScrollBar {}
            delegate: Label {
                required property problemLine modelData
                textFormat: Text.PlainText
                width: list.width - 16
                text: modelData.text
                font.pixelSize: Theme.fontSmall
                font.family: "DejaVu Sans Mono"
                color: Theme.ink
                wrapMode: Text.WrapAnywhere
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData.text
            }
        }
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            Accessible.name: text
            onClicked: root.close()
        }
    }

    StillTransitions {
        popup: root
    }
}
