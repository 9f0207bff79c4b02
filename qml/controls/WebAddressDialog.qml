// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A source's web address, in full, before anything opens: the reader sees
// where the link goes (and the site, spelled in plain letters) and chooses
// to open it in the browser. Only http and https ever reach the desktop.
Dialog {
    id: root
    objectName: "webAddressDialog"

    /// The address as the case gives it, and whose it is (an outlet).
    property string address
    property string sourceName
    readonly property bool openable: WebAddress.canOpen(address)

    function show(newAddress: string, name: string): void {
        address = newAddress;
        sourceName = name;
        open();
    }

    anchors.centerIn: Overlay.overlay
    width: Math.min((parent ? parent.width : 800) - 2 * Theme.margin, 720)
    modal: true
    title: qsTr("Web address")
    // Drawn without a shader effect, so it shows on every scene-graph backend.
    background: Rectangle {
        radius: Theme.radius
        color: Theme.card
        border.color: Theme.line
    }
    header: Label {
        id: titleLabel
        textFormat: Text.PlainText
        text: root.sourceName.length > 0 ? PackText.plain(qsTr("Web address of %1"), [root.sourceName]) : root.title
        elide: Text.ElideRight
        padding: 24
        bottomPadding: 0
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.ink
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: 8
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.openable ? qsTr("Open this address in your web browser? Claimscope itself never goes online.") : qsTr("This address cannot be opened: only web pages (http and https) can.")
            font.pixelSize: Theme.fontSmall
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        TextArea {
            objectName: "fullAddress"
            Layout.fillWidth: true
            text: root.address
            textFormat: TextEdit.PlainText
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            font.pixelSize: Theme.fontSmall
            font.family: "DejaVu Sans Mono"
            color: Theme.ink
            Accessible.name: qsTr("The full address")
        }
        Label {
            objectName: "siteText"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.openable
            text: qsTr("Site: %1").arg(WebAddress.site(root.address))
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WrapAnywhere
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "openAddressButton"
            text: qsTr("Open in browser")
            enabled: root.openable
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onAccepted: WebAddress.open(root.address)

    StillTransitions {
        popup: root
    }
}
