// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A small line about a quiz item: what to do, or where a passage comes from.
Label {
    textFormat: Text.PlainText
    Layout.fillWidth: true
    font.pixelSize: Theme.fontSmall
    color: Theme.inkMuted
    wrapMode: Text.WordWrap
}
