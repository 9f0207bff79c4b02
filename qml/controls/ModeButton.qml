// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A large choice on the home screen: a title and a line on what it is for.
AbstractButton {
    id: root

    property string description
    property bool primary: false

    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    implicitWidth: 360
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: root.text
    Accessible.description: root.description

    background: Rectangle {
        radius: Theme.radius
        color: root.primary ? (root.down ? Theme.accentDark : Theme.accent) : (root.down ? Theme.pressed : Theme.card)
        border.width: root.visualFocus ? Theme.focusWidth : (root.primary ? 0 : Theme.borderWidth)
        border.color: root.visualFocus ? Theme.focus : Theme.accent
    }

    contentItem: ColumnLayout {
        id: content
        spacing: 4
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            text: root.text + "  ›" // a glyph of the UI font: no fallback-font lookup before the first frame
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: root.primary ? Theme.inkOnAccent : Theme.accent
            wrapMode: Text.WordWrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            text: root.description
            font.pixelSize: Theme.fontSmall
            color: root.primary ? Theme.inkOnAccent : Theme.inkMuted
            wrapMode: Text.WordWrap
        }
    }
}
