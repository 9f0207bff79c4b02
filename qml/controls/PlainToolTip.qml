// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A tool tip whose text is shown literally: the attached ToolTip's label
// would take text that looks like markup for markup, and text here may come
// from a case pack.
ToolTip {
    id: root

    contentItem: Text {
        textFormat: Text.PlainText
        text: root.text
        font: root.font
        wrapMode: Text.Wrap
        color: root.Material.foreground
    }
}
