// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import org.claimscope.Claimscope

// A quiz action drawn by us, like ModeButton, so that it looks the same in
// every style: "primary" (the next step, filled), "secondary" (outlined) or
// "quiet" (text only). Enter and Space press it.
AbstractButton {
    id: root

    property string kind: "secondary"
    property int pixelSize: Theme.fontBody

    readonly property color ink: root.kind === "primary" ? Theme.inkOnAccent : Theme.accent

    implicitWidth: label.implicitWidth + 2 * 20
    implicitHeight: Math.max(48, label.implicitHeight + 2 * 10)
    focusPolicy: Qt.StrongFocus
    opacity: root.enabled ? 1 : 0.4
    Accessible.role: Accessible.Button
    Accessible.name: root.text

    background: Rectangle {
        radius: Theme.radius
        color: root.kind === "primary" ? (root.down ? Theme.accentDark : Theme.accent) : root.down ? Theme.pressed : root.hovered && root.enabled ? Theme.hover : (root.kind === "quiet" ? "transparent" : Theme.card)
        border.width: root.visualFocus ? Theme.focusWidth : (root.kind === "secondary" ? Theme.borderWidth : 0)
        border.color: root.visualFocus ? Theme.focus : Theme.accent
    }

    contentItem: Label {
        id: label
        textFormat: Text.PlainText
        text: root.text
        font.pixelSize: root.pixelSize
        font.bold: root.kind !== "quiet"
        color: root.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
