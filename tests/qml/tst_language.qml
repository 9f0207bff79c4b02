// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope

// The language switch applies live: texts on the open page change at once
// (QQmlEngine::retranslate), and Arabic mirrors the window.
ClaimscopeTestCase {
    id: root
    name: "Language"

    Component {
        id: homeComponent
        HomePage {
            width: 1280
            height: 720
        }
    }
    Component {
        id: settingsComponent
        SettingsPage {
            width: 1280
            height: 720
        }
    }
    Component {
        id: windowComponent
        Main {}
    }
    Component {
        id: storyComponent
        StoryPage {
            width: 1280
            height: 720
        }
    }

    // Counts put into a sentence are written in the language's digits, as the
    // dates and scores beside them are; a language switch rewrites them.
    function test_counts_follow_the_language(): void {
        CaseLibrary.lesson.currentIndex = 2;
        const page = createTemporaryObject(storyComponent, root);
        const label = findChild(page, "stepLabel");
        compare(label.text, "Step 3 of " + CaseLibrary.lesson.count);
        AppSettings.language = "ar";
        const arabic = LanguageManager.number(3);
        compare(arabic, "٣");
        verify(label.text.indexOf(arabic) >= 0 && !/[0-9]/.test(label.text), label.text);
        // The chapters' buttons are numbered in them too.
        const chips = [];
        const walk = item => {
            if (item.objectName === "chapterChip")
                chips.push(item);
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i]);
        };
        walk(page.header);
        compare(chips.length, CaseLibrary.lesson.chapters.length);
        for (let i = 0; i < chips.length; ++i)
            compare(chips[i].text, LanguageManager.number(i + 1));
        verify(chips.every(c => !/[0-9]/.test(c.text)), chips.map(c => c.text).join(" "));
        AppSettings.language = "en";
        compare(label.text, "Step 3 of " + CaseLibrary.lesson.count);
        CaseLibrary.lesson.currentIndex = 0;
    }

    function init(): void {
        AppSettings.language = "en";
    }
    function cleanup(): void {
        AppSettings.language = "";
    }

    function test_home_page_follows_the_switch_live(): void {
        const page = createTemporaryObject(homeComponent, root);
        const settings = findChild(page, "settingsButton");
        const count = findChild(page, "articleCount");
        compare(settings.text, "Settings");
        compare(count.text, "The coverage you will examine: 4 articles");
        AppSettings.language = "pseudo";
        compare(LanguageManager.language, "pseudo");
        verify(settings.text.startsWith("[Šéţţîñĝš"), settings.text);
        // The count is filled in, the English plural form accented.
        verify(count.text.startsWith("[Ţĥé çöṽéŕáĝé ýöû ŵîļļ éẋáɱîñé: 4 áŕţîçļéš"), count.text);
        AppSettings.language = "en";
        compare(settings.text, "Settings");
    }

    // The words of the case format's vocabularies (stances, layers) follow the switch live.
    // A binding, as a legend's: it is evaluated again only when the list says it changed.
    QtObject {
        id: legend
        readonly property string blames: VocabularyStyle.stances.find(e => e.id === "blames").label
        readonly property string anonymous: VocabularyStyle.attributions.find(e => e.id === "anonymous").label
    }
    function test_vocabulary_follows_the_switch_live(): void {
        compare(legend.blames, "blames");
        const anonymous = legend.anonymous;
        AppSettings.language = "de";
        compare(LanguageManager.language, "de");
        compare(legend.blames, VocabularyStyle.label(VocabularyStyle.Stance, "blames"));
        verify(legend.blames !== "blames", "in German: " + legend.blames);
        verify(legend.anonymous !== anonymous, "in German: " + legend.anonymous);
        AppSettings.language = "en";
        compare(legend.blames, "blames");
    }

    // In Arabic the buttons that move on point left, those that go back point
    // right: the way the page reads. An arrow that names a key stays.
    function test_arrows_point_the_way_the_page_reads_data(): var {
        return [
            {
                tag: "next step",
                context: "StoryPage",
                source: "Next →",
                arrow: "←"
            },
            {
                tag: "previous step",
                context: "StoryPage",
                source: "← Previous",
                arrow: "→"
            },
            {
                tag: "back",
                context: "PageHeader",
                source: "← Back",
                arrow: "→"
            },
            {
                tag: "next question",
                context: "QuizActions",
                source: "Next question →",
                arrow: "←"
            }
        ];
    }
    function test_arrows_point_the_way_the_page_reads(data: var): void {
        AppSettings.language = "ar";
        compare(LanguageManager.language, "ar");
        const text = qsTranslate(data.context, data.source);
        verify(text !== data.source, "translated: " + text);
        verify(text.indexOf(data.arrow) >= 0 && text.indexOf(data.arrow === "←" ? "→" : "←") < 0, text);
        AppSettings.language = "en";
        compare(qsTranslate(data.context, data.source), data.source);
    }

    function test_settings_page_switches_the_language(): void {
        const page = createTemporaryObject(settingsComponent, root);
        const pseudo = findChild(page, "language_pseudo");
        verify(findChild(page, "language_en").checked, "English is chosen");
        pseudo.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(AppSettings.language, "pseudo");
        compare(LanguageManager.language, "pseudo");
        verify(pseudo.checked, "the chosen language stays checked after the retranslation");
        verify(pseudo.activeFocus, "the keyboard focus stays on the chosen language");
        verify(findChild(page, "language_system").text.startsWith("[Šýšţéɱ đéƒáûļţ"), "the page itself is retranslated");
        compare(findChild(page, "language_de").text, "Deutsch");
    }

    function test_arabic_mirrors_the_window(): void {
        const window = createTemporaryObject(windowComponent, root);
        const settings = findChild(window.contentItem, "settingsButton");
        verify(settings, "the home page's settings button");
        verify(!settings.LayoutMirroring.enabled && !settings.mirrored, "left to right in English");
        const xBefore = settings.mapToItem(window.contentItem, 0, 0).x;
        AppSettings.language = "ar";
        compare(Qt.application.layoutDirection, Qt.RightToLeft);
        verify(settings.mirrored, "controls are mirrored in Arabic");
        tryVerify(() => settings.mapToItem(window.contentItem, 0, 0).x !== xBefore, 1000, "the button moves to the other side");
        AppSettings.language = "en";
        compare(Qt.application.layoutDirection, Qt.LeftToRight);
        verify(!settings.mirrored, "back to left to right");
    }
}
