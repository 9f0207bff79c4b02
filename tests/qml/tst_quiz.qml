// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The quiz page, driven by the keyboard as a student would: one item of each
// type of the default case, chosen at run time by type.
ClaimscopeTestCase {
    id: root
    name: "Quiz"

    Component {
        id: pageComponent
        QuizPage {
            width: 1280
            height: 720
        }
    }
    Component {
        id: sessionComponent
        QuizSession {
            library: CaseLibrary
        }
    }

    // A session of its own, to ask the scoring what an answer earns.
    function probe(ids: var): QuizSession {
        const session = createTemporaryObject(sessionComponent, root, {
            itemIds: ids
        });
        verify(session);
        return session;
    }

    function idsOfType(type: int): var {
        const ids = probe([]).caseItemIds(type);
        verify(ids.length > 0, "the case has items of type " + type);
        return ids;
    }

    // The true-false items whose statement is true (or false).
    function statements(truth: bool): var {
        return idsOfType(Quiz.TrueFalse).filter(id => probe([id]).answerTrueFalse(id, true).correct === truth);
    }

    function correctChoice(id: string): string {
        const s = probe([id]);
        return s.answerChoice(id, s.item(id).choices[0].id).correctChoiceId;
    }

    function openPage(ids: var): var {
        const page = createTemporaryObject(pageComponent, root, {
            itemIds: ids,
            title: "Test quiz"
        });
        verify(page, "the quiz page is created");
        return page;
    }

    // Moves the options into `wanted` with the Up buttons, keyboard only.
    function rankByKeyboard(page: var, view: var, wanted: var): void {
        for (let i = 0; i < wanted.length; ++i) {
            let at = view.order.indexOf(wanted[i]);
            if (at <= i)
                continue;
            findChild(page, "rankRow_" + wanted[i]).focusButton(true);
            while (at > i) {
                keyClick(Qt.Key_Space);
                --at;
                tryCompare(view.order, "length", wanted.length);
                tryVerify(() => view.order.indexOf(wanted[i]) === at, 1000, "Space on Up moves the option up");
                tryVerify(() => findChild(page, "rankRow_" + wanted[i]).buttonFocused, 1000, "the keyboard stays on the moved option");
            }
        }
    }

    SignalSpy {
        id: announcements
        target: Announcer
        signalName: "announced"
    }

    // What a screen reader user hears: each question when it appears, each
    // verdict once and right the first time, a moved option's new place.
    function test_a_screen_reader_hears_questions_verdicts_and_moves(): void {
        const single = idsOfType(Quiz.Single)[0];
        const tfTrue = statements(true)[0];
        const rank = idsOfType(Quiz.Rank)[0];
        announcements.clear();
        const page = openPage([single, tfTrue, rank]);
        const view = findChild(page, "quizItemView");
        const panel = findChild(page, "feedbackPanel");
        const next = findChild(page, "nextButton");

        // The first question is said when it appears.
        tryVerify(() => view.activeFocus);
        compare(Announcer.last, view.item.prompt.trim().replace(/\s+/g, " "), "the question is announced");

        // A right answer: its result text goes straight from nothing to "correct".
        const right = correctChoice(single);
        const button = findChild(page, "choice_" + right);
        const resultSpy = createTemporaryObject(spyComponent, root, {
            target: button,
            signalName: "resultTextChanged"
        });
        const before = announcements.count;
        button.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        compare(button.resultText, "Your answer: correct");
        compare(resultSpy.count, 1, "the button never says \"wrong\" on the way to \"correct\"");
        compare(announcements.count, before + 1, "one announcement for the verdict");
        verify(Announcer.last.startsWith("Correct. "), "the verdict is said first: " + Announcer.last);
        verify(Announcer.last.includes(view.verdict.explanation.trim().split(/\s+/)[0]), "then why it matters");
        compare(Announcer.last, panel.spokenText.replace(/\s+/g, " ").trim());

        // Next: the statement to judge is said, not only "True, key 1 or T".
        tryVerify(() => next.activeFocus);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(page, "trueButton").activeFocus);
        verify(Announcer.last.includes(view.item.statement.trim().split(/\s+/)[0]), "the statement is announced: " + Announcer.last);
        const trueSpy = createTemporaryObject(spyComponent, root, {
            target: findChild(page, "trueButton"),
            signalName: "resultTextChanged"
        });
        const beforeTruth = announcements.count;
        keyClick(Qt.Key_T);
        compare(trueSpy.count, 1);
        compare(announcements.count, beforeTruth + 1);
        verify(Announcer.last.startsWith("Correct. "));
        tryVerify(() => next.activeFocus);
        keyClick(Qt.Key_Return);

        // Rank: moving an option down says its new place.
        tryVerify(() => view.order.length > 1);
        const first = view.order[0];
        const text = view.item.options.find(o => o.id === first).text;
        findChild(page, "rankRow_" + first).focusButton(false);
        keyClick(Qt.Key_Space);
        tryVerify(() => view.order.indexOf(first) === 1);
        compare(Announcer.last, "Moved down: %1, now 2 of %2".arg(text).arg(view.order.length).replace(/\s+/g, " "));
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    function test_item_does_not_give_the_answer_away(): void {
        const s = probe([]);
        for (const id of s.caseItemIds()) {
            const item = s.item(id);
            verify(item.valid, id);
            for (const c of item.choices)
                compare(Object.keys(c).sort().join(","), "id,text", id + ": a choice shows only its id and text");
            for (const span of item.spans) {
                verify(span.context.includes(span.quote), id + ": each span is shown in its context");
                verify(span.where.length > 0, id + ": and says where it stands");
                verify(!("correct" in span) && !("feedback" in span), id + ": a span hides its verdict");
            }
            if (item.type === Quiz.Rank) {
                const options = item.options.map(o => o.id);
                const order = probe([id]).answerOrder(id, options).correctOrder;
                verify(options.join() !== order.join(), id + ": the options are not shown already in the right order");
            }
        }
    }

    function test_one_item_of_each_type_by_keyboard(): void {
        const single = idsOfType(Quiz.Single)[0];
        const evidence = idsOfType(Quiz.Evidence)[0];
        const highlight = idsOfType(Quiz.Highlight)[0];
        const rank = idsOfType(Quiz.Rank)[0];
        const tfTrue = statements(true)[0];
        const tfFalse = statements(false)[0];
        const ids = [single, tfTrue, highlight, rank, evidence, tfFalse];

        const page = openPage(ids);
        const session = page.session;
        const view = findChild(page, "quizItemView");
        const progress = findChild(page, "quizHeader");
        const panel = findChild(page, "feedbackPanel");
        const badge = findChild(panel, "verdictBadge");
        const next = findChild(page, "nextButton");
        let finished = 0;
        page.finished.connect(() => finished++);

        // 1. single, answered right with its number key
        compare(progress.subtitle, "Question 1 of 6");
        tryVerify(() => view.activeFocus, 1000, "the question has the keyboard");
        const singleRight = correctChoice(single);
        const singleIndex = view.item.choices.findIndex(c => c.id === singleRight);
        const singleButton = findChild(page, "choice_" + singleRight);
        compare(singleButton.Accessible.name, view.item.choices[singleIndex].text, "a choice is named for screen readers");
        verify(!panel.visible, "no verdict before answering");
        keyClick(Qt.Key_1 + singleIndex);
        verify(panel.visible, "the verdict shows at once");
        compare(badge.text, "Correct");
        compare(badge.symbol, "✓", "right is said with a symbol too, not colour alone");
        verify(findChild(panel, "feedbackText").text.length > 0, "the chosen choice's feedback is shown");
        verify(findChild(panel, "explanationText").text.length > 0, "the explanation is shown");
        compare(singleButton.resultText, "Your answer: correct");
        keyClick(Qt.Key_1 + (singleIndex + 1) % view.item.choices.length);
        compare(view.verdict.choiceId, singleRight, "an answered item keeps its answer");
        compare(session.score, 1);
        tryVerify(() => next.activeFocus, 1000, "after answering, Enter goes on");
        keyClick(Qt.Key_Return);

        // 2. a true statement, answered "false" with F: wrong
        compare(progress.subtitle, "Question 2 of 6");
        tryVerify(() => findChild(page, "trueButton").activeFocus);
        keyClick(Qt.Key_F);
        compare(badge.text, "Not right");
        compare(badge.symbol, "✗");
        compare(findChild(page, "falseButton").resultText, "Your answer: wrong");
        compare(findChild(page, "trueButton").resultText, "Correct answer");
        compare(findChild(panel, "feedbackText").text, view.verdict.feedback);
        tryVerify(() => next.activeFocus);
        keyClick(Qt.Key_Return);

        // 3. highlight: mark one correct span by its number, Tab to Check, Enter
        compare(progress.subtitle, "Question 3 of 6");
        const spans = view.item.spans.length;
        const correctSpans = probe([highlight]).answerSpans(highlight, []).correctSpans;
        verify(correctSpans.length > 0);
        tryVerify(() => findChild(page, "span_0").activeFocus);
        keyClick(Qt.Key_1 + correctSpans[0]);
        compare(view.marked.length, 1);
        verify(findChild(page, "span_" + correctSpans[0]).marked, "the span shows as marked");
        verify(!panel.visible, "marking is not yet answering");
        const check = findChild(page, "checkButton");
        verify(check.visible, "Check is offered");
        for (let i = 0; i < spans + 3 && !check.activeFocus; ++i)
            keyClick(Qt.Key_Tab);
        verify(check.activeFocus, "Tab reaches Check after the spans");
        keyClick(Qt.Key_Return);
        verify(panel.visible);
        const highlightCredit = probe([highlight]).answerSpans(highlight, [correctSpans[0]]).credit;
        compare(view.verdict.credit, highlightCredit, "the credit is the scoring's");
        compare(badge.text, view.verdict.correct ? "Correct" : highlightCredit > 0 ? "Partly right: %1% of the points".arg(Math.round(highlightCredit * 100)) : "Not right");
        tryVerify(() => next.activeFocus);
        keyClick(Qt.Key_Return);

        // 4. rank: put in the right order with the Up buttons, then Check
        compare(progress.subtitle, "Question 4 of 6");
        const rightOrder = probe([rank]).answerOrder(rank, view.order).correctOrder;
        rankByKeyboard(page, view, rightOrder);
        compare(view.order.join(), rightOrder.join());
        findChild(page, "checkButton").forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        compare(badge.text, "Correct");
        compare(view.verdict.credit, 1);
        compare(findChild(page, "rankRow_" + rightOrder[0]).inPlace, true);
        tryVerify(() => next.activeFocus);
        keyClick(Qt.Key_Return);

        // 5. evidence: arrow down to a wrong choice, Space: wrong
        compare(progress.subtitle, "Question 5 of 6");
        const evidenceRight = correctChoice(evidence);
        tryVerify(() => view.activeFocus);
        let at = 0;
        if (view.item.choices[0].id === evidenceRight) {
            keyClick(Qt.Key_Down);
            at = 1;
        }
        const wrongButton = findChild(page, "choice_" + view.item.choices[at].id);
        verify(wrongButton.activeFocus, "the arrow keys move between choices");
        keyClick(Qt.Key_Space);
        compare(badge.text, "Not right");
        compare(wrongButton.resultText, "Your answer: wrong");
        compare(findChild(page, "choice_" + evidenceRight).resultText, "Correct answer", "the right answer is shown");
        tryVerify(() => next.activeFocus);
        keyClick(Qt.Key_Return);

        // 6. a false statement, answered "false" with key 2: right
        compare(progress.subtitle, "Question 6 of 6");
        tryVerify(() => findChild(page, "trueButton").activeFocus);
        keyClick(Qt.Key_2);
        compare(badge.text, "Correct");
        tryVerify(() => next.activeFocus);
        compare(next.text, "See my results →");
        keyClick(Qt.Key_Return);

        // The results: the score is exactly the scoring's, discernment split in two.
        const same = probe(ids);
        same.answerChoice(single, singleRight);
        same.answerTrueFalse(tfTrue, false);
        same.answerSpans(highlight, [correctSpans[0]]);
        same.answerOrder(rank, rightOrder);
        same.answerChoice(evidence, session.item(evidence).choices[at].id);
        same.answerTrueFalse(tfFalse, false);
        compare(session.score, same.score);
        compare(session.score, 3 + highlightCredit);
        compare(session.answered, 6);
        compare(session.correct, correctSpans.length === 1 ? 4 : 3);
        compare(session.trueItemAccuracy, 0);
        compare(session.falseItemAccuracy, 1);

        const summary = findChild(page, "quizSummary");
        verify(summary.visible, "the results follow the last question");
        compare(progress.subtitle, "Results");
        compare(findChild(summary, "scoreText").text, "%1 of 6 points".arg(summary.points(same.score)));
        compare(findChild(summary, "discernmentText").text, "You judged 0 of 1 true statements correctly and 1 of 1 false ones.");
        compare(findChild(summary, "trueBar").valueText, "0 of 1 (0%)");
        compare(findChild(summary, "falseBar").valueText, "1 of 1 (100%)");
        const criteria = findChild(summary, "criterionRepeater");
        verify(criteria.count > 0, "the results are broken down by skill");
        for (let i = 0; i < criteria.count; ++i)
            verify(/\d+(\.\d)? of \d+ points? \(\d+%\)/.test(criteria.itemAt(i).valueText), "each skill has its numbers in words");

        tryVerify(() => next.activeFocus);
        compare(next.text, "Done");
        keyClick(Qt.Key_Return);
        compare(finished, 1, "Done says the quiz is finished");
    }

    function test_a_student_who_says_false_to_everything(): void {
        const ids = idsOfType(Quiz.TrueFalse);
        const page = openPage(ids);
        const session = page.session;
        const next = findChild(page, "nextButton");
        verify(session.trueItemsTotal > 0 && session.falseItemsTotal > 0, "the case mixes true and false statements");
        for (let i = 0; i < ids.length; ++i) {
            tryVerify(() => findChild(page, "trueButton").activeFocus);
            keyClick(Qt.Key_F);
            tryVerify(() => next.activeFocus);
            keyClick(Qt.Key_Return);
        }
        verify(session.finished);
        compare(session.trueItemAccuracy, 0, "blanket doubt gets 0% on true statements");
        compare(session.falseItemAccuracy, 1);
        const summary = findChild(page, "quizSummary");
        compare(findChild(summary, "discernmentText").text, "You judged 0 of %1 true statements correctly and %2 of %2 false ones.".arg(session.trueItemsTotal).arg(session.falseItemsTotal));
        compare(findChild(summary, "trueBar").valueText, "0 of %1 (0%)".arg(session.trueItemsTotal));
    }

    function test_an_answer_cannot_be_changed(): void {
        const id = idsOfType(Quiz.Single)[0];
        const s = probe([id]);
        const right = correctChoice(id);
        const wrong = s.item(id).choices.find(c => c.id !== right).id;
        const first = s.answerChoice(id, wrong);
        verify(first.answered && !first.correct);
        const again = s.answerChoice(id, right);
        compare(again.choiceId, wrong, "the first answer stays");
        compare(again.correct, false);
        compare(s.score, 0, "no points for trying every choice");
        compare(s.answerChoice("no-such-item", right).valid, false);
    }

    function test_skipping_and_going_back(): void {
        const ids = idsOfType(Quiz.Single).slice(0, 3);
        const page = openPage(ids);
        const progress = findChild(page, "quizHeader");
        const skip = findChild(page, "skipButton");
        verify(!findChild(page, "nextButton").visible, "Next appears once the question is answered");
        compare(skip.text, "Skip this question →");
        mouseClick(skip);
        compare(progress.subtitle, "Question 2 of 3");
        mouseClick(findChild(page, "previousButton"));
        compare(progress.subtitle, "Question 1 of 3");
        page.session.currentIndex = 3;
        compare(progress.subtitle, "Results");
        compare(findChild(findChild(page, "quizSummary"), "answeredText").text, "You answered 0 of 3 questions; 0 fully right.");

        // On its own the quiz has a page header with a way back; Esc goes back too.
        verify(progress.visible, "the page header shows");
        let back = 0;
        page.backRequested.connect(() => back++);
        page.forceActiveFocus();
        keyClick(Qt.Key_Escape);
        compare(back, 1, "Esc asks to go back");
    }
}
