// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import org.claimscope.Claimscope

// Sizes and colours in one place, chosen to read well on a projector.
// The colours come from the palette named by AppSettings.theme: light,
// dark or high contrast (black on white, AAA contrast, thick focus rings).
QtObject {
    id: root

    property real fontScale: AppSettings.fontScale

    readonly property int fontBody: Math.round(18 * fontScale)
    readonly property int fontSmall: Math.round(15 * fontScale)
    readonly property int fontLarge: Math.round(22 * fontScale)
    readonly property int fontTitle: Math.round(36 * fontScale)
    readonly property int fontHeading: Math.round(26 * fontScale)

    readonly property int spacing: 16
    readonly property int margin: 32
    readonly property int radius: 10
    readonly property int contentWidth: 1180

    // Motion: with reduced motion, animations take no time and pages switch at once.
    readonly property bool reducedMotion: AppSettings.reducedMotion
    readonly property int animationDuration: reducedMotion ? 0 : 200

    // The colour tokens. Every palette sets all of them.
    component Palette: QtObject {
        required property string name
        property bool dark: false
        property int focusWidth: 4       // focus ring width
        property int borderWidth: 2      // outline of cards and buttons
        property color ink               // body text
        property color inkMuted          // secondary text, ≥ 4.5:1 on paper (7:1 in contrast)
        property color paper             // window background
        property color card              // panels, cards, charts
        property color line              // borders, separators
        property color accent            // the brand colour: primary buttons, headings
        property color accentDark        // pressed primary buttons
        property color inkOnAccent          // text on accent and accentDark
        property color focus             // keyboard focus rings
        property color warning           // cautionary text and borders
        property color warningPaper      // background of reveals and warnings
        property color pressed           // a pressed card-like button
        property color hover             // a hovered quiet button
        property color selection         // the selected row of a list
        property color accentPaper       // background of corrections
        property color infoPaper         // background of presenter notes and claim notes
        property color markPaper         // a span the student marked
        property color success           // "right" badges
        property color danger            // "wrong" badges
        property color caution           // "partial" badges
        property color inkOnStatus          // text on success, danger and caution
        property color trackDone         // the part of a track already passed
        property color trackAhead        // the part of a track still ahead
    }

    readonly property Palette lightPalette: Palette {
        name: "light"
        ink: VocabularyStyle.markInk // the ink of highlights, readable on paper
        inkMuted: "#4a5263"
        paper: "#f6f3ee"
        card: "#ffffff"
        line: "#d9d3c7"
        accent: "#b3261e"
        accentDark: "#7f1d17"
        inkOnAccent: "#ffffff"
        focus: "#1a5fb4"
        warning: "#8a4b00"
        warningPaper: "#fff4e0"
        pressed: "#ece6dc"
        hover: "#faf7f2"
        selection: "#f1e9dc"
        accentPaper: "#fde8e6"
        infoPaper: "#eef2f8"
        markPaper: "#fdf0d5"
        success: "#1b6b34"
        danger: "#7f1d17"
        caution: "#8a4b00"
        inkOnStatus: "#ffffff"
        trackDone: "#d8cfc2"
        trackAhead: "#ece6dc"
    }
    readonly property Palette darkPalette: Palette {
        name: "dark"
        dark: true
        ink: "#eceff4"
        inkMuted: "#b3bccb"
        paper: "#14171c"
        card: "#1e232b"
        line: "#5a6272"
        accent: "#ff9b8f"
        accentDark: "#ffc2ba"
        inkOnAccent: "#2b0b07"
        focus: "#8cb8ff"
        warning: "#f2b661"
        warningPaper: "#2f2616"
        pressed: "#2c323d"
        hover: "#262c35"
        selection: "#343b48"
        accentPaper: "#3a2322"
        infoPaper: "#1d2939"
        markPaper: "#3b3219"
        success: "#86d69a"
        danger: "#ff9b8f"
        caution: "#f2b661"
        inkOnStatus: "#121212"
        trackDone: "#5a6272"
        trackAhead: "#2c323d"
    }
    readonly property Palette contrastPalette: Palette {
        name: "contrast"
        focusWidth: 6
        borderWidth: 3
        ink: "#000000"
        inkMuted: "#262626"
        paper: "#ffffff"
        card: "#ffffff"
        line: "#000000"
        accent: "#8f0000"
        accentDark: "#5c0000"
        inkOnAccent: "#ffffff"
        focus: "#0000c8"
        warning: "#6b3a00"
        warningPaper: "#fff6dc"
        pressed: "#d9d9d9"
        hover: "#eeeeee"
        selection: "#e0e0e0"
        accentPaper: "#ffe9e6"
        infoPaper: "#e8eeff"
        markPaper: "#fff0c0"
        success: "#005a1e"
        danger: "#8f0000"
        caution: "#6b3a00"
        inkOnStatus: "#ffffff"
        trackDone: "#8a8a8a"
        trackAhead: "#d9d9d9"
    }
    readonly property list<Palette> palettes: [lightPalette, darkPalette, contrastPalette]

    /// The palette in use.
    readonly property Palette current: AppSettings.theme === "dark" ? darkPalette : AppSettings.theme === "contrast" ? contrastPalette : lightPalette
    readonly property bool darkTheme: current.dark
    readonly property bool highContrast: current.name === "contrast"
    readonly property int focusWidth: current.focusWidth
    readonly property int borderWidth: current.borderWidth

    readonly property color ink: current.ink
    readonly property color inkMuted: current.inkMuted
    readonly property color paper: current.paper
    readonly property color card: current.card
    readonly property color line: current.line
    readonly property color accent: current.accent
    readonly property color accentDark: current.accentDark
    readonly property color inkOnAccent: current.inkOnAccent
    readonly property color focus: current.focus
    readonly property color warning: current.warning
    readonly property color warningPaper: current.warningPaper
    readonly property color pressed: current.pressed
    readonly property color hover: current.hover
    readonly property color selection: current.selection
    readonly property color accentPaper: current.accentPaper
    readonly property color infoPaper: current.infoPaper
    readonly property color markPaper: current.markPaper
    readonly property color success: current.success
    readonly property color danger: current.danger
    readonly property color caution: current.caution
    readonly property color inkOnStatus: current.inkOnStatus
    readonly property color trackDone: current.trackDone
    readonly property color trackAhead: current.trackAhead
    readonly property color blank: "#000000" // a blanked projector screen: black in every theme

    /// WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
    function contrastRatio(a: color, b: color): real {
        const la = relativeLuminance(a);
        const lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
    function relativeLuminance(c: color): real {
        return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
    }
    function linear(channel: real): real {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
