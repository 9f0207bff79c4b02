// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Sizes and colours in one place, chosen to read well on a projector.
QtObject {
    id: root

    property real fontScale: 1.0

    readonly property int fontBody: Math.round(18 * fontScale)
    readonly property int fontSmall: Math.round(15 * fontScale)
    readonly property int fontLarge: Math.round(22 * fontScale)
    readonly property int fontTitle: Math.round(36 * fontScale)
    readonly property int fontHeading: Math.round(26 * fontScale)

    readonly property int spacing: 16
    readonly property int margin: 32
    readonly property int radius: 10
    readonly property int contentWidth: 1180

    readonly property color ink: "#1d2330"
    readonly property color inkMuted: "#4a5263"
    readonly property color paper: "#f6f3ee"
    readonly property color card: "#ffffff"
    readonly property color line: "#d9d3c7"
    readonly property color accent: "#b3261e"
    readonly property color accentDark: "#7f1d17"
    readonly property color focus: "#1a5fb4"
    readonly property color warning: "#8a4b00"
    readonly property color warningPaper: "#fff4e0"
    readonly property color blank: "#000000" // a blanked projector screen: black in every theme
}
