// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import org.claimscope.Claimscope

// "Start over" asks first: the old answers, scores and time are not kept.
Dialog {
    id: root
    objectName: "startOverDialog"

    signal confirmed

    anchors.centerIn: Overlay.overlay
    width: Math.min((parent ? parent.width : 800) - 2 * Theme.margin, 640)
    modal: true
    title: qsTr("Start over?")
    standardButtons: Dialog.Cancel | Dialog.Yes
    Label {
        textFormat: Text.PlainText
        width: root.availableWidth
        text: qsTr("Your answers, scores and time on this case are forgotten, and the lesson starts again from the first step.")
        font.pixelSize: Theme.fontBody
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    onAccepted: root.confirmed()

    StillTransitions {
        popup: root
    }
}
