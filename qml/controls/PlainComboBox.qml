// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import org.claimscope.Claimscope

// A combo box whose choices may be names from a case: every choice in its
// list is shown literally, never as markup (the style's delegate would
// render rich text).
ComboBox {
    id: control
    delegate: ItemDelegate {
        id: choice
        required property int index
        width: ListView.view ? ListView.view.width : implicitWidth
        highlighted: control.highlightedIndex === index
        text: control.textAt(index)
        font: control.font
        contentItem: Label {
            text: choice.text
            textFormat: Text.PlainText
            font: choice.font
            color: Theme.ink
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
        Accessible.name: text
    }
}
