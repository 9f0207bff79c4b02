// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The quiz page at the two projector sizes: no text runs off the side or is
// cut short, the next step is always on screen, and the verdict is scrolled
// into view when an answer is given.
ClaimscopeTestCase {
    id: root
    name: "QuizLayout"

    Component {
        id: pageComponent
        QuizPage {}
    }
    Component {
        id: hostComponent
        Item {
            width: 1024
            height: 768
            LayoutMirroring.enabled: LanguageManager.rightToLeft
            LayoutMirroring.childrenInherit: true
        }
    }
    Component {
        id: sessionComponent
        QuizSession {
            library: CaseLibrary
        }
    }

    function init(): void {
        root.width = 1280;
        root.height = 720;
    }

    function test_fits_data(): var {
        return [
            {
                tag: "1280x720",
                w: 1280,
                h: 720
            },
            {
                tag: "1920x1080",
                w: 1920,
                h: 1080
            }
        ];
    }

    // Every visible text lies inside the page horizontally and is not elided.
    function checkTexts(page: var, where: string): void {
        const pending = [page];
        let texts = 0;
        while (pending.length > 0) {
            const item = pending.pop();
            if (!item.visible || item.opacity === 0)
                continue;
            if (item instanceof Text && item.text.length > 0) {
                ++texts;
                const r = item.mapToItem(page, 0, 0, item.width, item.height);
                verify(r.x >= 0 && r.x + Math.min(item.width, item.contentWidth) <= page.width + 0.5, "%1: “%2” fits across the page".arg(where).arg(item.text.slice(0, 40)));
                verify(!item.truncated, "%1: “%2” is not cut short".arg(where).arg(item.text.slice(0, 40)));
                verify(item.font.pixelSize >= 15, "%1: “%2” is readable at a distance".arg(where).arg(item.text.slice(0, 40)));
            }
            for (let i = 0; i < item.children.length; ++i)
                pending.push(item.children[i]);
        }
        verify(texts > 5, where + ": the page shows text");
    }

    function checkOnScreen(page: var, item: var, what: string): void {
        verify(item.visible, what + " is shown");
        const r = item.mapToItem(page, 0, 0, item.width, item.height);
        verify(r.x >= 0 && r.y >= 0 && r.x + r.width <= page.width + 0.5 && r.y + r.height <= page.height + 0.5, what + " is on screen");
    }

    function test_fits(data: var): void {
        root.width = data.w;
        root.height = data.h;
        const s = createTemporaryObject(sessionComponent, root);
        const types = [Quiz.Single, Quiz.TrueFalse, Quiz.Highlight, Quiz.Rank, Quiz.Evidence];
        const names = ["single", "true-false", "highlight", "rank", "evidence"]; // for the messages
        const ids = types.map(t => s.caseItemIds(t)[0]);
        const page = createTemporaryObject(pageComponent, root, {
            itemIds: ids,
            title: "Who blamed whom",
            width: data.w,
            height: data.h
        });
        const session = page.session;
        const view = findChild(page, "quizItemView");
        const flick = view.parent.parent.parent; // QuizItemView → column → contentItem → Flickable
        verify(flick instanceof Flickable);
        for (let i = 0; i < ids.length; ++i) {
            const where = "%1 %2".arg(data.tag).arg(names[i]);
            waitForRendering(page);
            checkTexts(page, where + " (question)");
            checkOnScreen(page, findChild(page, view.needsCheck ? "checkButton" : "skipButton"), where + ": the next step");
            if (view.type === Quiz.Single || view.type === Quiz.Evidence)
                view.chooseChoice(view.item.choices[1].id);
            else if (view.type === Quiz.TrueFalse)
                view.chooseTruth(false);
            else {
                if (view.type === Quiz.Highlight)
                    view.toggleSpan(0);
                view.check();
            }
            verify(view.answered, where + " is answered");
            const panel = findChild(page, "feedbackPanel");
            tryVerify(() => {
                const r = panel.mapToItem(flick, 0, 0, panel.width, panel.height);
                return r.y >= -0.5 && r.y + r.height <= flick.height + 0.5;
            }, 2000, where + ": the verdict is scrolled into view");
            waitForRendering(page);
            checkTexts(page, where + " (answered)");
            checkOnScreen(page, findChild(page, "nextButton"), where + ": Next");
            session.next();
        }
        verify(session.finished);
        waitForRendering(page);
        checkTexts(page, data.tag + " results");
        checkOnScreen(page, findChild(page, "nextButton"), data.tag + ": Done");
        const summary = findChild(page, "quizSummary");
        const bottom = summary.mapToItem(flick, 0, summary.height).y;
        verify(bottom <= flick.height + 0.5, data.tag + ": the results fit without scrolling");
    }

    // A choice's text keeps off both edges of its card, also where a case's
    // English choice sits in an Arabic (mirrored) card.
    function test_choice_text_keeps_off_the_card_edges_data(): var {
        return [
            {
                tag: "en",
                language: "en"
            },
            {
                tag: "ar",
                language: "ar"
            }
        ];
    }

    function test_choice_text_keeps_off_the_card_edges(data: var): void {
        AppSettings.language = data.language;
        try {
            const s = createTemporaryObject(sessionComponent, root);
            // Mirrored as the app's windows are, from their root.
            const host = createTemporaryObject(hostComponent, root);
            verify(host.LayoutMirroring.enabled === (data.language === "ar"));
            const page = createTemporaryObject(pageComponent, host, {
                itemIds: [s.caseItemIds(Quiz.Single)[0]],
                title: "Choices",
                width: 1024,
                height: 768
            });
            const view = findChild(page, "quizItemView");
            tryVerify(() => view.item.valid);
            waitForRendering(page);
            let cards = 0;
            for (const choice of view.item.choices) {
                const card = findChild(page, "choice_" + choice.id);
                verify(card, choice.id);
                const label = card.contentItem.children.find(c => c instanceof Text && c.text === choice.text);
                verify(label, "the choice's text: " + choice.text);
                const left = label.mapToItem(card, 0, 0).x + (label.horizontalAlignment === Text.AlignLeft || label.effectiveHorizontalAlignment === Text.AlignLeft ? 0 : label.width - label.contentWidth);
                const right = left + label.contentWidth;
                verify(left >= 8 && right <= card.width - 8, "%1: “%2” lies %3–%4 in a card %5 wide".arg(data.tag).arg(choice.text).arg(left).arg(right).arg(card.width));
                ++cards;
            }
            verify(cards >= 2);
        } finally {
            AppSettings.language = "en";
        }
    }
}
