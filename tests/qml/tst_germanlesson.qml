// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope
import org.claimscope.Demo

// A German class: the interface in German, the case's own words from its
// German translation (content/sony-hack/translations/de.json), the articles
// in English. A switch of language rewords the case where the class is; the
// lesson runs in German from the first step to the results.
ClaimscopeTestCase {
    id: root
    name: "GermanLesson"

    property string folder

    Component {
        id: mainComponent
        Main {}
    }

    SignalSpy {
        id: announcements
        target: Announcer
        signalName: "announced"
    }

    function initTestCase(): void {
        AppSettings.language = "en";
        openDefault();
        root.folder = StudentProgress.storageDirectory + "/tst-german-" + Date.now();
        verify(root.folder.indexOf("qttest") >= 0, "the test writes only under the test-mode location: " + root.folder);
        Demo.setStorageDirectory(root.folder);
    }

    function cleanup(): void {
        AppSettings.language = "en";
        StudentProgress.recording = false;
    }

    /// The lesson's step titles and texts, and the case's first article's first paragraph.
    function words(): var {
        const lesson = CaseLibrary.lesson;
        const steps = [];
        for (let i = 0; i < lesson.count; ++i)
            steps.push({
                title: lesson.step(i).title,
                text: lesson.step(i).text
            });
        return {
            title: CaseLibrary.title,
            summary: CaseLibrary.summary,
            steps: steps,
            chapters: lesson.chapters.map(c => c.title)
        };
    }

    function test_0_a_switch_rewords_the_case_where_the_class_is(): void {
        const lesson = CaseLibrary.lesson;
        compare(CaseLibrary.translations, ["de"]);
        compare(CaseLibrary.textLanguage, "en");
        const english = words();
        lesson.currentIndex = 5;
        const article = lesson.step(lesson.firstStepOfKind("article")).articleId;
        verify(article.length > 0);
        CaseLibrary.reader.articleId = article;
        const paragraphs = CaseLibrary.reader.blocks.map(b => b.plain);

        AppSettings.language = "de";
        compare(CaseLibrary.textLanguage, "de");
        compare(lesson.currentIndex, 5, "the class stays on its step");
        compare(CaseLibrary.reader.articleId, article, "and the article stays open");
        compare(CaseLibrary.reader.blocks.map(b => b.plain), paragraphs, "the article is as published, in English");
        const german = words();
        verify(german.title !== english.title);
        verify(german.summary !== english.summary);
        compare(german.steps.length, english.steps.length);
        for (let i = 0; i < german.steps.length; ++i) {
            verify(german.steps[i].title !== english.steps[i].title, "step " + i + " has a German title: " + german.steps[i].title);
            verify(german.steps[i].text !== english.steps[i].text, "step " + i + " has a German text");
        }
        for (let c = 0; c < german.chapters.length; ++c)
            verify(german.chapters[c] !== english.chapters[c], "chapter " + c + " has a German title");
        compare(lesson.current.title, german.steps[5].title, "the step on screen is reworded");

        AppSettings.language = "fr"; // no French translation: the case's own words
        compare(CaseLibrary.textLanguage, "en");
        compare(words(), english);
        compare(lesson.currentIndex, 5);
    }

    function test_1_german_lesson_from_start_to_results(): void {
        const lesson = CaseLibrary.lesson;
        const english = words();
        AppSettings.language = "de";
        const german = words();
        Demo.setStorageDirectory(root.folder + "-main");
        const win = createTemporaryObject(mainComponent, root);
        verify(win);
        tryVerify(() => win.visible);
        const study = findChild(win.contentItem, "studyButton");
        verify(study.text !== "Work through it myself" && study.text.length > 0, "the home page is German: " + study.text);
        study.clicked();
        let field = null;
        tryVerify(() => (field = findChild(win.contentItem, "nameField")) !== null && field.visible, 3000, "the profile picker opens");
        field.text = "Kim";
        findChild(win.contentItem, "createButton").clicked();
        tryVerify(() => StudentProgress.recording, 3000, "the lesson records");
        compare(lesson.currentIndex, 0);

        let quizzes = 0;
        let guard = 0;
        while (guard++ < 200) {
            const index = lesson.currentIndex;
            // What the class sees and hears is the German step.
            compare(lesson.current.title, german.steps[index].title);
            verify(lesson.current.title !== english.steps[index].title);
            tryVerify(() => announcements.signalArguments.some(a => a[0].indexOf(german.steps[index].title) >= 0), 3000, "step " + index + " is announced in German");
            announcements.clear();
            const page = findChild(win.contentItem, "nextButton").parent;
            if (lesson.current.kind === "quiz") {
                ++quizzes;
                let quiz = null;
                tryVerify(() => (quiz = findChild(win.contentItem, "stepQuiz")) !== null && quiz.session.count > 0, 3000, "the quiz shows");
                // The question is the translation's; answer the first, skip the rest.
                const view = quiz.questionView;
                verify(view.questionText.length > 0);
                if (view.type === Quiz.TrueFalse)
                    view.chooseTruth(true);
                else if (view.choiceType)
                    view.chooseChoice(view.item.choices[0].id);
                else
                    view.check();
                verify(view.answered);
                verify(view.feedbackItem.spokenText.length > 0, "the feedback is there to be read");
                while (!quiz.session.finished)
                    quiz.session.next();
            }
            const next = findChild(win.contentItem, "nextButton");
            tryVerify(() => next.visible, 3000, "the story's Next shows on step " + index);
            if (!lesson.canGoNext)
                break;
            if (lesson.current.reveal.length > 0) {
                next.clicked();
                verify(lesson.revealed);
            }
            next.clicked();
            compare(lesson.currentIndex, index + 1);
        }
        compare(lesson.currentIndex, lesson.count - 1, "the last step is reached");
        verify(quizzes >= 5, "every quiz was asked");
        const finish = findChild(win.contentItem, "nextButton");
        verify(finish.text !== "Finish", "Finish is German: " + finish.text);
        finish.clicked();
        let card = null;
        tryVerify(() => (card = findChild(win.contentItem, "lessonCard")) !== null && card.visible, 3000, "the results page opens");
        const criteria = StudentProgress.lessonResults.byCriterion.map(c => c.title);
        verify(criteria.length > 0);
        AppSettings.language = "en";
        const englishCriteria = StudentProgress.lessonResults.byCriterion.map(c => c.title);
        compare(englishCriteria.length, criteria.length);
        for (let i = 0; i < criteria.length; ++i)
            verify(criteria[i] !== englishCriteria[i], "the results' criterion " + i + " was German: " + criteria[i]);
        win.close();
    }
}
