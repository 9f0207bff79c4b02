// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import org.claimscope.Claimscope

// The one obvious next step on a screen: filled in the accent colour.
Button {
    id: root

    font.pixelSize: Theme.fontBody
    font.bold: true
    Accessible.name: text

    background: Rectangle {
        implicitWidth: 120
        implicitHeight: 44
        radius: 6
        color: !root.enabled ? Theme.line : (root.down ? Theme.accentDark : Theme.accent)
        border.width: root.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focus
    }
    contentItem: Text {
        textFormat: Text.PlainText
        text: root.text
        font: root.font
        color: Theme.inkOnAccent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
