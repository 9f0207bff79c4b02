// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import org.claimscope.Claimscope

// A label that shows the app's own light markup (bold, italics, a colour
// chip) around pack text filled in by PackText.rich(). A screen reader gets
// the words only: its name is the text without tags, never "<b>Next</b>".
Label {
    textFormat: Text.StyledText
    Accessible.role: Accessible.StaticText
    Accessible.name: PackText.spoken(text)
}
