// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import org.claimscope.Claimscope

// A quiet, underlined text button for secondary ways in ("Read the articles",
// "Settings"): lighter than a Material flat button, so the first screen draws sooner.
AbstractButton {
    id: root

    padding: 8
    font.pixelSize: Theme.fontSmall
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: root.text

    contentItem: Text {
        text: root.text
        textFormat: Text.PlainText
        font: root.font
        color: Theme.accent
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.pressed : (root.hovered ? Theme.card : "transparent")
        border.width: root.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focus
    }
}
