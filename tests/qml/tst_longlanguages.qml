// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The main pages in the two longest languages: the pseudo-language (every
// text about 40% longer, bracketed) and German, with the case's German
// words. At 1280×720 no label on them is elided and none runs off the side.
// The one text shortened on purpose in every language is a highlight's quote
// in the article's list of highlights: a preview of words shown whole beside it.
ClaimscopeTestCase {
    id: root
    name: "LongLanguages"
    width: 1280
    height: 720

    Component {
        id: homeComponent
        HomePage {
            width: 1280
            height: 720
        }
    }
    Component {
        id: storyComponent
        StoryPage {
            width: 1280
            height: 720
        }
    }
    Component {
        id: quizComponent
        QuizPage {
            width: 1280
            height: 720
        }
    }
    Component {
        id: resultsComponent
        ResultsPage {
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
        id: profilesComponent
        ProfilesPage {
            width: 1280
            height: 720
        }
    }
    Component {
        id: articleComponent
        ArticlePage {
            width: 1280
            height: 720
        }
    }

    function initTestCase(): void {
        openDefault();
    }

    function cleanup(): void {
        AppSettings.language = "en";
        CaseLibrary.lesson.currentIndex = 0;
    }

    /// What each visible text of `page` shows that it should not: "elided"
    /// or "runs off the side", with the start of the text.
    function faults(page: Item): var {
        const out = [];
        const pending = [page];
        let texts = 0;
        while (pending.length > 0) {
            const item = pending.pop();
            if (!item.visible || item.opacity === 0)
                continue;
            if (item instanceof Text && item.text.length > 0) {
                ++texts;
                if (item.objectName === "quotePreview") {
                    verify(item.maximumLineCount === 2 && item.wrapMode !== Text.NoWrap, "a quote's preview has its two lines");
                    continue;
                }
                const r = item.mapToItem(page, 0, 0, item.width, item.height);
                const right = r.x + Math.min(item.width, item.contentWidth);
                if (item.truncated)
                    out.push("elided: “" + item.text.slice(0, 50) + "”");
                else if (r.x < -0.5 || right > page.width + 0.5)
                    out.push("runs off the side (" + Math.round(r.x) + "–" + Math.round(right) + "): “" + item.text.slice(0, 50) + "”");
            }
            for (let i = 0; i < item.children.length; ++i)
                pending.push(item.children[i]);
        }
        verify(texts > 5, "the page shows text");
        return out;
    }

    function test_no_label_is_cut_data(): var {
        const pages = [
            {
                page: "home",
                component: homeComponent
            },
            {
                page: "story: narrative",
                component: storyComponent,
                step: "narrative"
            },
            {
                page: "story: article",
                component: storyComponent,
                step: "article"
            },
            {
                page: "story: blame",
                component: storyComponent,
                step: "blame"
            },
            {
                page: "story: coverage",
                component: storyComponent,
                step: "coverage"
            },
            {
                page: "story: quiz",
                component: storyComponent,
                step: "quiz"
            },
            {
                page: "quiz",
                component: quizComponent
            },
            {
                page: "results",
                component: resultsComponent
            },
            {
                page: "settings",
                component: settingsComponent
            },
            {
                page: "profiles",
                component: profilesComponent
            },
            {
                page: "article",
                component: articleComponent
            }
        ];
        const rows = [];
        for (const language of ["pseudo", "de"]) {
            for (const p of pages)
                rows.push(Object.assign({
                    tag: language + ": " + p.page,
                    language: language
                }, p));
        }
        return rows;
    }

    function test_no_label_is_cut(data: var): void {
        AppSettings.language = data.language;
        compare(LanguageManager.language, data.language);
        if (data.step !== undefined)
            CaseLibrary.lesson.currentIndex = CaseLibrary.lesson.firstStepOfKind(data.step);
        const page = createTemporaryObject(data.component, root);
        verify(page);
        waitForRendering(page);
        // Lists make their rows and charts lay out after the first frame: a
        // label may be short of room for a moment, not once the page has settled.
        let found = faults(page);
        for (let i = 0; i < 30 && found.length > 0; ++i) {
            wait(100);
            found = faults(page);
        }
        verify(found.length === 0, found.length + " labels cut:\n" + found.join("\n"));
    }
}
