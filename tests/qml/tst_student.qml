// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope
import org.claimscope.Demo

// The self-paced flow: create a profile, answer a quiz item (saved at once),
// come back as that profile (the answer and its verdict are restored), start
// over; and the results page, sample and real, with the booster's timing.
ClaimscopeTestCase {
    id: root
    name: "Student"

    property string folder

    Component {
        id: profilesComponent
        ProfilesPage {
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
        id: mainComponent
        Main {}
    }

    function initTestCase(): void {
        openDefault();
        // A fresh folder under the test-mode data location (tst_qml enables it).
        root.folder = StudentProgress.storageDirectory + "/tst-student-" + Date.now();
        verify(root.folder.indexOf("qttest") >= 0, "the test writes only under the test-mode location: " + root.folder);
        Demo.setStorageDirectory(root.folder);
        compare(StudentProgress.profiles.length, 0);
    }

    function cleanup(): void {
        StudentProgress.recording = false;
        Demo.setNow(new Date(NaN));
    }

    /// How many buttons under item a screen reader hears as name.
    function buttonsNamed(item: Item, name: string): int {
        // The style's Button is not an instanceof AbstractButton in QML.
        const button = item instanceof AbstractButton || item instanceof Button;
        let count = button && item.visible && item.Accessible.name === name ? 1 : 0;
        for (const child of item.children)
            count += buttonsNamed(child, name);
        return count;
    }

    function openQuiz(step: int): QtObject {
        const quiz = createTemporaryObject(quizComponent, root, {
            itemIds: CaseLibrary.lesson.step(step).quiz
        });
        verify(quiz);
        tryCompare(quiz.session, "count", CaseLibrary.lesson.step(step).quiz.length);
        return quiz;
    }

    // The booster's delay is the settings' one: the module wires the two singletons.
    function test_0_booster_delay_follows_the_settings(): void {
        const before = AppSettings.boosterDelayDays;
        compare(StudentProgress.boosterDelayDays, before, "the setting from the start");
        AppSettings.boosterDelayDays = before + 3;
        compare(StudentProgress.boosterDelayDays, before + 3, "a change in the settings reaches the booster");
        AppSettings.boosterDelayDays = before;
        compare(StudentProgress.boosterDelayDays, before);
    }

    function test_1_profile_answer_resume_start_over(): void {
        // Pick or create: a named profile.
        const picker = createTemporaryObject(profilesComponent, root);
        let requested = -1;
        picker.lessonRequested.connect(step => requested = step);
        const field = findChild(picker, "nameField");
        field.forceActiveFocus();
        keyClick(Qt.Key_Q);
        keyClick(Qt.Key_U);
        keyClick(Qt.Key_I);
        compare(field.text, "qui");
        mouseClick(findChild(picker, "createButton"));
        compare(requested, 0);
        verify(StudentProgress.hasProfile);
        compare(StudentProgress.displayName, "qui");
        compare(StudentProgress.profiles.length, 1);

        // In the lesson (what Main.startStudy does), the first quiz step.
        StudentProgress.recording = true;
        const step = CaseLibrary.lesson.firstStepOfKind("quiz");
        CaseLibrary.lesson.currentIndex = step;
        compare(StudentProgress.resumeStep, step);
        const quiz = openQuiz(step);
        compare(quiz.progressRun, Quiz.Lesson);
        const first = quiz.session.currentId;
        quiz.showCurrent();
        keyClick(Qt.Key_2); // the second choice
        tryVerify(() => quiz.session.isAnswered(first), 2000);
        const chosen = quiz.session.verdict(first).choiceId;
        compare(StudentProgress.lessonResults.answered, 1);
        StudentProgress.recording = false;
        quiz.destroy();

        // Later: the list is read from disk again; pick the profile and continue.
        StudentProgress.leaveProfile();
        StudentProgress.reload();
        compare(StudentProgress.profiles.length, 1);
        picker.destroy();
        const again = createTemporaryObject(profilesComponent, root);
        let resumedAt = -1;
        again.lessonRequested.connect(s => resumedAt = s);
        const pick = findChild(again, "pickButton");
        verify(pick, "the profile is listed");
        mouseClick(pick);
        tryVerify(() => again.choosing);
        const carryOn = findChild(again, "continueButton");
        tryVerify(() => carryOn.visible && carryOn.width > 0 && carryOn.mapToItem(again, 0, 0).y > 0, 2000, "laid out");
        wait(0);
        mouseClick(carryOn);
        compare(resumedAt, step);

        StudentProgress.recording = true;
        const resumed = openQuiz(step);
        verify(resumed.session.isAnswered(first), "the saved answer is back");
        compare(resumed.session.verdict(first).choiceId, chosen);
        compare(resumed.session.currentIndex, 1);
        resumed.session.previous();
        const view = findChild(resumed, "quizItemView");
        tryVerify(() => view.answered, 2000, "the answered item shows its verdict");
        StudentProgress.recording = false;
        resumed.visible = false; // the profile page is under it

        // Start over asks first, then keeps nothing.
        resumedAt = -1;
        const startOver = findChild(again, "startOverButton");
        tryVerify(() => startOver.visible && startOver.width > 0);
        mouseClick(startOver);
        const dialog = findChild(again, "startOverDialog");
        tryVerify(() => dialog.opened);
        compare(resumedAt, -1);
        dialog.accept();
        compare(resumedAt, 0);
        verify(!StudentProgress.started);
        compare(StudentProgress.lessonResults.answered, 0);
        StudentProgress.reload();
        compare(StudentProgress.lessonResults.answered, 0);
    }

    // The criteria's bars fill from the side the page reads from: the right, when mirrored.
    Component {
        id: mirroredResultsComponent
        ResultsPage {
            width: 1280
            height: 720
            LayoutMirroring.enabled: true
            LayoutMirroring.childrenInherit: true
        }
    }
    function test_2_results_bars_follow_the_reading_direction_data(): var {
        return [
            {
                tag: "left to right",
                mirrored: false
            },
            {
                tag: "right to left",
                mirrored: true
            }
        ];
    }
    function test_2_results_bars_follow_the_reading_direction(data: var): void {
        Demo.useSample(true);
        const page = createTemporaryObject(data.mirrored ? mirroredResultsComponent : resultsComponent, root);
        const fills = [];
        const collect = item => {
            if (item.objectName === "criterionBarFill")
                fills.push(item);
            for (let i = 0; i < item.children.length; ++i)
                collect(item.children[i]);
        };
        tryVerify(() => {
            fills.length = 0;
            collect(page);
            return fills.length > 0 && fills.every(f => f.parent.width > 0);
        }, 3000, "the criteria's bars are drawn");
        const partial = fills.filter(f => f.width > 1 && f.width < f.parent.width - 1);
        verify(partial.length > 0, "a bar not full, to tell the sides apart");
        for (const f of partial) {
            if (data.mirrored)
                compare(Math.round(f.x + f.width), Math.round(f.parent.width), "filled from the right");
            else
                compare(f.x, 0, "filled from the left");
        }
        Demo.useSample(false);
    }

    function test_2_results_sample(): void {
        Demo.useSample(true);
        const page = createTemporaryObject(resultsComponent, root);
        verify(findChild(page, "sampleBanner").visible);
        verify(findChild(page, "boosterCard").visible);
        verify(!findChild(page, "boosterStatus").visible);
        verify(!findChild(page, "boosterButton").visible); // done already
        // Each value, heard alone, says its criterion and its column.
        const criterion = StudentProgress.lessonResults.byCriterion[0];
        const answered = findChild(page, "answered0");
        compare(answered.Accessible.name, criterion.title + ", answered: " + answered.text);
        verify(/\d+ of \d+$/.test(answered.Accessible.name), answered.Accessible.name);
        verify(findChild(page, "booster0").Accessible.name.startsWith(criterion.title + ", booster: "));
        // One way back, in the header: no second "Back" in the footer.
        compare(root.buttonsNamed(page, "Back"), 1);

        Demo.useSample(false);
        verify(!findChild(page, "boosterCard").visible);
        verify(findChild(page, "boosterStatus").visible);
        verify(findChild(page, "boosterButton").visible);
        // Before the delay the booster is announced, not offered.
        const finished = StudentProgress.lessonResults.finished;
        Demo.setNow(new Date(finished.getTime() + 24 * 3600 * 1000));
        verify(!findChild(page, "boosterButton").visible);
        verify(findChild(page, "boosterStatusText").text.startsWith("Opens "));
        Demo.setStorageDirectory(root.folder); // leaves sample mode
        verify(!StudentProgress.sample);
    }

    // The whole window: home → profiles → lesson (steps saved) → back → resume → finish → results.
    function test_3_main_window_flow(): void {
        Demo.setStorageDirectory(root.folder + "-main");
        CaseLibrary.lesson.currentIndex = 0;
        const win = createTemporaryObject(mainComponent, root);
        verify(win);
        tryVerify(() => win.visible && win.active !== undefined);
        const study = findChild(win.contentItem, "studyButton");
        verify(study, "home shows the student way in");
        study.clicked();
        let field = null;
        tryVerify(() => (field = findChild(win.contentItem, "nameField")) !== null && field.visible, 3000, "the profile picker opens");
        field.text = "Robin";
        findChild(win.contentItem, "createButton").clicked();
        tryVerify(() => StudentProgress.recording, 3000, "the lesson records");
        compare(StudentProgress.displayName, "Robin");
        CaseLibrary.lesson.next();
        CaseLibrary.lesson.next();
        compare(StudentProgress.resumeStep, 2);
        win.leaveStudy(); // Esc or Back on the story
        verify(!StudentProgress.recording);
        StudentProgress.reload();
        compare(StudentProgress.profiles.length, 1);
        compare(StudentProgress.profiles[0].step, 2);

        // Reach the last step: leaving it shows the results.
        win.startStudy(CaseLibrary.lesson.count - 2);
        CaseLibrary.lesson.next();
        verify(StudentProgress.lessonFinished);
        win.leaveStudy();
        let card = null;
        tryVerify(() => (card = findChild(win.contentItem, "lessonCard")) !== null && card.visible, 3000, "the results page opens");
        verify(findChild(win.contentItem, "boosterStatus").visible);
        win.close();
    }
}
