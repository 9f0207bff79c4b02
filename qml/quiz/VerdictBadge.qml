// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import org.claimscope.Claimscope

// A verdict said three ways at once: a symbol, a word and a colour, so it
// never depends on colour alone (projectors wash colours out; some students
// cannot tell red from green).
Rectangle {
    id: root

    /// "right", "wrong" or "partial"
    property string verdict: "right"
    property string text
    property int pixelSize: Theme.fontSmall

    readonly property color tone: verdict === "right" ? Theme.success : verdict === "wrong" ? Theme.danger : Theme.caution
    readonly property string symbol: verdict === "right" ? "✓" : verdict === "wrong" ? "✗" : "◐"

    implicitWidth: label.implicitWidth + 20
    implicitHeight: label.implicitHeight + 8
    radius: height / 2
    color: root.tone
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text

    Label {
        id: label
        textFormat: Text.PlainText
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - 20)
        text: root.symbol + "  " + root.text
        font.pixelSize: root.pixelSize
        font.bold: true
        color: Theme.inkOnStatus
        elide: Text.ElideRight
    }
}
