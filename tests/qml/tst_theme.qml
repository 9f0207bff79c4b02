// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The palettes: AppSettings.theme picks one, and every palette keeps text
// readable. The ratios are computed from the palettes' own colours and the
// chart colours the C++ models hand out (WCAG 2 contrast ratio).
ClaimscopeTestCase {
    id: root
    name: "Theme"
    width: 400
    height: 300

    function cleanup(): void {
        AppSettings.resetToDefaults();
    }

    function test_theme_setting_switches_the_palette_data(): var {
        return [
            {
                tag: "light",
                palette: Theme.lightPalette,
                dark: false,
                contrast: false
            },
            {
                tag: "dark",
                palette: Theme.darkPalette,
                dark: true,
                contrast: false
            },
            {
                tag: "contrast",
                palette: Theme.contrastPalette,
                dark: false,
                contrast: true
            }
        ];
    }
    function test_theme_setting_switches_the_palette(data: var): void {
        AppSettings.theme = data.tag;
        compare(Theme.current.name, data.tag);
        compare(Theme.darkTheme, data.dark);
        compare(Theme.highContrast, data.contrast);
        verify(Qt.colorEqual(Theme.ink, data.palette.ink));
        verify(Qt.colorEqual(Theme.paper, data.palette.paper));
        verify(Qt.colorEqual(Theme.accent, data.palette.accent));
        verify(Qt.colorEqual(Theme.inkOnAccent, data.palette.inkOnAccent));
        compare(Theme.focusWidth, data.palette.focusWidth);
    }

    function test_palettes_differ(): void {
        AppSettings.theme = "light";
        const lightPaper = String(Theme.paper); // a copy: a color read from a property stays tied to it
        const lightInk = String(Theme.ink);
        AppSettings.theme = "dark";
        verify(!Qt.colorEqual(Theme.paper, lightPaper), "dark paper differs from light paper");
        verify(!Qt.colorEqual(Theme.ink, lightInk), "dark ink differs from light ink");
        verify(Theme.relativeLuminance(Theme.paper) < Theme.relativeLuminance(Theme.ink), "dark theme: light text on a dark page");
        AppSettings.theme = "contrast";
        compare(Theme.contrastRatio(Theme.ink, Theme.paper), 21, "high contrast is black on white");
        verify(Theme.focusWidth > Theme.lightPalette.focusWidth, "high contrast draws thicker focus rings");
    }

    function test_contrast_ratio_function(): void {
        compare(Theme.contrastRatio("black", "white"), 21);
        compare(Theme.contrastRatio("#777777", "#777777"), 1);
        fuzzyCompare(Theme.contrastRatio("#767676", "white"), 4.54, 0.01); // the classic AA grey
    }

    // Text pairs: foreground token, background token.
    readonly property var textPairs: [["ink", "paper"], ["ink", "card"], ["inkMuted", "paper"], ["inkMuted", "card"], ["accent", "paper"], ["accent", "card"], ["accent", "hover"], ["inkOnAccent", "accent"], ["inkOnAccent", "accentDark"], ["warning", "paper"], ["warning", "card"], ["ink", "warningPaper"], ["ink", "pressed"], ["ink", "hover"], ["ink", "selection"], ["ink", "accentPaper"], ["ink", "infoPaper"], ["ink", "markPaper"], ["inkOnStatus", "success"], ["inkOnStatus", "danger"], ["inkOnStatus", "caution"], ["inkMuted", "selection"]]

    function test_text_contrast_data(): var {
        const rows = [];
        for (const palette of Theme.palettes) {
            for (const pair of textPairs)
                rows.push({
                    tag: palette.name + ": " + pair[0] + " on " + pair[1],
                    fg: palette[pair[0]],
                    bg: palette[pair[1]],
                    minimum: palette.name === "contrast" ? 7 : 4.5
                });
        }
        return rows;
    }
    function test_text_contrast(data: var): void {
        const ratio = Theme.contrastRatio(data.fg, data.bg);
        verify(ratio >= data.minimum, "%1: %2 < %3".arg(data.tag).arg(ratio.toFixed(2)).arg(data.minimum));
    }

    // Focus rings and status fills are not text, but must stand out: 3:1 (WCAG 1.4.11).
    function test_focus_ring_contrast_data(): var {
        const rows = [];
        for (const palette of Theme.palettes) {
            for (const bg of ["paper", "card", "pressed", "selection"])
                rows.push({
                    tag: palette.name + ": focus on " + bg,
                    fg: palette.focus,
                    bg: palette[bg]
                });
        }
        return rows;
    }
    function test_focus_ring_contrast(data: var): void {
        const ratio = Theme.contrastRatio(data.fg, data.bg);
        verify(ratio >= 3, "%1: %2 < 3".arg(data.tag).arg(ratio.toFixed(2)));
    }

    function test_contrast_theme_borders_are_visible(): void {
        const p = Theme.contrastPalette;
        verify(Theme.contrastRatio(p.line, p.card) >= 7, "high contrast outlines are as strong as text");
        verify(p.borderWidth > Theme.lightPalette.borderWidth);
    }

    // The chart and arrow colours come from C++ and are the same in every
    // theme: each must keep 3:1 against every palette's card and paper.
    function test_chart_colours_on_every_theme_data(): var {
        const sets = [["stance", VocabularyStyle.stances], ["evidence", VocabularyStyle.evidenceLevels], ["speaker", CaseLibrary.coverage.legend(true)], ["coverage stance", CaseLibrary.coverage.legend(false)]];
        const rows = [];
        for (const palette of Theme.palettes) {
            for (const set of sets) {
                for (const entry of set[1]) {
                    for (const bg of ["card", "paper"])
                        rows.push({
                            tag: "%1: %2 %3 on %4".arg(palette.name).arg(set[0]).arg(entry.label).arg(bg),
                            fg: entry.color,
                            bg: palette[bg]
                        });
                }
            }
        }
        verify(rows.length >= 3 * 2 * (8 + 5 + 4), "every legend has entries");
        return rows;
    }
    function test_chart_colours_on_every_theme(data: var): void {
        const ratio = Theme.contrastRatio(data.fg, data.bg);
        verify(ratio >= 3, "%1: %2 < 3".arg(data.tag).arg(ratio.toFixed(2)));
    }

    // Article highlights carry their own dark ink, so they read the same in
    // every theme: AAA against that ink.
    function test_highlight_layers_keep_their_text_readable_data(): var {
        CaseLibrary.reader.articleId = CaseLibrary.articles.idAt(0);
        return CaseLibrary.reader.layers.map(layer => ({
                    tag: layer.label,
                    fg: VocabularyStyle.markInk,
                    bg: layer.color
                }));
    }
    function test_highlight_layers_keep_their_text_readable(data: var): void {
        const ratio = Theme.contrastRatio(data.fg, data.bg);
        verify(ratio >= 7, "%1: %2 < 7".arg(data.tag).arg(ratio.toFixed(2)));
    }
}
