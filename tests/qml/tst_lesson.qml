// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// Drives the whole lesson of the default case by keyboard, answering the
// first two quizzes with number and T/F keys and skipping the others' questions
// (→ does not leave a quiz whose question is neither answered nor skipped). The expected scores come from
// content/sony-hack/quiz.json (update them when those items change).
ClaimscopeTestCase {
    id: root
    name: "Lesson"

    Component {
        id: storyComponent
        StoryPage {
            width: 1280
            height: 720
        }
    }

    function answerByKeys(page: Item, keys: list<int>): QtObject {
        const quiz = findChild(page, "stepQuiz");
        verify(quiz, "a quiz step shows its quiz");
        tryCompare(quiz.session, "count", keys.length);
        for (let i = 0; i < keys.length; ++i) {
            compare(quiz.session.currentIndex, i);
            quiz.showCurrent(); // puts the keyboard focus on the item, as the page does
            keyClick(keys[i]);
            tryVerify(() => quiz.session.isAnswered(quiz.session.currentId), 2000, "key " + keys[i] + " answers item " + i);
            if (i + 1 < keys.length)
                quiz.session.next();
        }
        return quiz.session;
    }

    // → on a quiz step: from an answered last question to the results; from
    // a question not answered nowhere (the student is asked to answer or skip).
    function finishQuiz(page: Item): void {
        const lesson = CaseLibrary.lesson;
        const step = lesson.currentIndex;
        const quiz = findChild(page, "stepQuiz");
        verify(quiz, "a quiz step shows its quiz");
        verify(!findChild(quiz, "quizHeader").visible, "the quiz inside the story has no page header of its own");
        verify(page.quizRunning, "the quiz's actions, not the story's Next, lead on");
        page.forceActiveFocus();
        if (quiz.questionView.answered) {
            keyClick(Qt.Key_Right, Qt.AltModifier);
        } else {
            const question = quiz.session.currentIndex;
            keyClick(Qt.Key_Right, Qt.AltModifier);
            compare(lesson.currentIndex, step, "→ does not leave a quiz with a question not answered");
            compare(quiz.session.currentIndex, question, "→ does not skip a question silently");
            compare(findChild(page, "stepLabel").text, "Answer or skip this question to go on");
            const view = quiz.questionView;
            if (view.type === Quiz.TrueFalse)
                view.chooseTruth(true);
            else if (view.choiceType)
                view.chooseChoice(view.item.choices[0].id);
            else
                view.check();
            verify(view.answered);
            verify(!/Answer or skip/.test(findChild(page, "stepLabel").text), "the request goes once the question is answered");
            page.forceActiveFocus();
            keyClick(Qt.Key_Right, Qt.AltModifier);
            compare(quiz.session.currentIndex, question + 1, "→ goes on from an answered question");
            compare(lesson.currentIndex, step);
            let guard = 0;
            while (!quiz.session.finished && guard++ < 20)
                mouseClick(findChild(page, "skipButton")); // the Skip in the story's control row
        }
        verify(quiz.session.finished, "the results show");
        verify(!page.quizRunning, "the story's Next leads on again");
        compare(lesson.currentIndex, step, "the results are still the quiz step");
    }

    SignalSpy {
        id: announcements
        target: Announcer
        signalName: "announced"
    }

    // A step change is said (only unfocused labels change), and so is a reveal.
    function test_steps_are_announced(): void {
        const lesson = CaseLibrary.lesson;
        lesson.currentIndex = 0;
        const page = createTemporaryObject(storyComponent, root);
        verify(page);
        verify(page.Accessible.name.length > 0, "the story page has a name");
        page.forceActiveFocus();
        let checked = 0;
        for (let guard = 0; guard < 40 && checked < 5 && lesson.canGoNext && lesson.current.kind !== "quiz"; ++guard) {
            announcements.clear();
            const hadReveal = lesson.current.reveal.length > 0 && !lesson.revealed;
            const reveal = lesson.current.reveal;
            keyClick(Qt.Key_Right, Qt.AltModifier);
            const heard = [];
            for (let i = 0; i < announcements.count; ++i)
                heard.push(announcements.signalArguments[i][0]);
            if (hadReveal) {
                compare(heard.length, 1, "a reveal is said once");
                compare(heard[0], reveal.replace(/\s+/g, " ").trim());
                continue;
            }
            const step = lesson.current;
            // On a quiz step its first question follows the step.
            compare(heard.length, step.kind === "quiz" ? 2 : 1, "a step change is said once: " + heard.join(" | "));
            verify(heard[0].startsWith("Step %1 of %2: %3".arg(step.index + 1).arg(lesson.count).arg(step.title.replace(/\s+/g, " ").trim())), heard[0]);
            verify(heard[0].includes(step.text.trim().split(/\s+/).slice(0, 3).join(" ")), "the step's text follows its title");
            ++checked;
        }
        verify(checked >= 2, "steps were heard up to the first quiz: " + checked);
        compare(lesson.current.kind, "quiz");
    }

    function test_whole_lesson_by_keyboard(): void {
        const lesson = CaseLibrary.lesson;
        lesson.currentIndex = 0;
        const page = createTemporaryObject(storyComponent, root);
        verify(page);
        page.forceActiveFocus();
        compare(lesson.currentIndex, 0);
        const total = lesson.count;
        verify(total >= 20, "the lesson has its steps");

        let finished = 0;
        page.backRequested.connect(() => finished++);
        let quizzes = 0;
        let reveals = 0;
        let guard = 0;
        while (lesson.canGoNext && guard++ < 200) {
            const before = lesson.currentIndex;
            if (lesson.current.kind === "quiz") {
                ++quizzes;
                if (quizzes === 1) {
                    // A single-choice item answered "1" (wrong) and a true statement answered T (right).
                    const session = answerByKeys(page, [Qt.Key_1, Qt.Key_T]);
                    compare(session.answered, 2);
                    compare(session.correct, 1);
                    compare(session.score, 1);
                    compare(session.trueItemsAnswered, 1);
                    compare(session.trueItemAccuracy, 1);
                } else if (quizzes === 2) {
                    // F on a false statement (right), T on a true one (right), 1 on two evidence items (both wrong).
                    const session = answerByKeys(page, [Qt.Key_F, Qt.Key_T, Qt.Key_1, Qt.Key_1]);
                    compare(session.answered, 4);
                    compare(session.correct, 2);
                    compare(session.falseItemAccuracy, 1);
                    compare(session.trueItemAccuracy, 1);
                }
                finishQuiz(page);
            }
            page.forceActiveFocus();
            const hadReveal = lesson.current.reveal.length > 0;
            keyClick(Qt.Key_Right, Qt.AltModifier);
            if (hadReveal) {
                verify(lesson.revealed, "a step with something hidden reveals it before moving on");
                compare(lesson.currentIndex, before);
                verify(findChild(page, "revealText").visible);
                ++reveals;
                keyClick(Qt.Key_Right, Qt.AltModifier);
            }
            compare(lesson.currentIndex, before + 1, "Alt+→ moves one step");
        }
        compare(lesson.currentIndex, total - 1, "the last step is reached");
        verify(quizzes >= 5, "the lesson has its quizzes");
        verify(reveals >= 1, "the lesson has reveals");

        keyClick(Qt.Key_Left, Qt.AltModifier);
        compare(lesson.currentIndex, total - 2, "Alt+← goes back");
        if (lesson.current.kind === "quiz")
            finishQuiz(page);
        page.forceActiveFocus();
        keyClick(Qt.Key_Right, Qt.AltModifier);
        const next = findChild(page, "nextButton");
        compare(next.text, "Finish");
        mouseClick(next);
        compare(finished, 1, "Finish leaves the lesson");
    }
}
