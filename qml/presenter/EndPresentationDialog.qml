// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import org.claimscope.Claimscope

// "End the presentation?", asked before a presentation ends (Esc twice or End).
Dialog {
    id: root

    /// What ending does, in a sentence.
    property string detail

    objectName: "endDialog"
    modal: true
    title: qsTr("End the presentation?")
    Label {
        textFormat: Text.PlainText
        text: root.detail
        font.pixelSize: Theme.fontBody
        color: Theme.ink
    }
    footer: DialogButtonBox {
        Button {
            text: qsTr("Keep presenting")
            font.pixelSize: Theme.fontBody
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
        Button {
            objectName: "confirmEnd"
            text: qsTr("End presentation")
            font.pixelSize: Theme.fontBody
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: text
        }
    }
    onOpened: root.footer.forceActiveFocus()

    StillTransitions {
        popup: root
    }
}
