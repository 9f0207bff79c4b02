// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The presenter's console and the audience view, driven by the presenter's
// keys. Step numbers come from content/sony-hack/lesson.json (0-based):
// 0–3 narrative and coverage, 4 a quiz [single item, true statement],
// 13 a reveal step, 27 a quiz with one rank item.
ClaimscopeTestCase {
    id: root
    name: "Presenter"

    Component {
        id: setupComponent
        Item {
            id: setup
            property alias presentation: controller
            property alias presenter: consolePage
            property alias audience: audienceView
            anchors.fill: parent
            Presentation {
                id: controller
                library: CaseLibrary
                fullScreen: true
            }
            PresenterPage {
                id: consolePage
                width: 1280
                height: 720
                presentation: controller
            }
            AudienceView {
                id: audienceView
                width: 960
                height: 540
                presentation: controller
            }
        }
    }

    Component {
        id: mainComponent
        Main {
            visible: false
        }
    }

    // The whole flow in the app's window: Home's "Present" opens the console
    // and the audience window; keys reach the presentation although this
    // test's window, not the app's, has the focus; End with confirmation
    // closes the audience window.
    function test_present_from_home_and_end(): void {
        CaseLibrary.lesson.currentIndex = 0;
        const app = createTemporaryObject(mainComponent, root);
        verify(app);
        const loader = findChild(app, "audienceLoader");
        verify(loader && !loader.active, "no audience window before presenting");
        findChild(app, "classroom").screens = 2; // the test seam: a projector beside the laptop
        app.startPresentation(2, false);
        verify(loader.active);
        tryVerify(() => loader.item && loader.item.visible, 2000, "the audience window opens");
        verify(findChild(app, "keyGuide").text.indexOf("Two screens") >= 0, "the key guide names the mode");
        verify(findChild(app, "presenterNotes"), "the console is shown");
        verify(!findChild(app, "oneScreenPage"));
        compare(loader.item.visibility, Window.Windowed, "windowed when asked");
        keyClick(Qt.Key_Right);
        compare(CaseLibrary.lesson.currentIndex, 3, "the keys work from another window");
        keyClick(Qt.Key_F);
        tryCompare(loader.item, "visibility", Window.FullScreen);
        keyClick(Qt.Key_Escape);
        tryCompare(loader.item, "visibility", Window.Windowed);
        keyClick(Qt.Key_Escape);
        const dialog = findChild(app, "endDialog");
        tryVerify(() => dialog && dialog.opened, 2000, "a second Esc asks to end");
        dialog.accept();
        tryVerify(() => !dialog.visible);
        tryVerify(() => !loader.active, 3000, "ending closes the audience window");
    }

    /// The text of every visible item under `item` (into `texts`) and the names of visible items (into `names`).
    function collectShown(item: Item, texts: var, names: var): void {
        if (!item || !item.visible || item.opacity === 0)
            return;
        if (typeof item.text === "string" && item.text.length > 0)
            texts.push(item.text);
        if (item.objectName.length > 0)
            names.push(item.objectName);
        for (const child of item.children)
            collectShown(child, texts, names);
    }

    /// Everything drawn in the app's windows: its own, and the audience window if there is one.
    function shownInApp(app: var): var {
        const shown = {
            texts: [],
            names: []
        };
        const windows = [app];
        const loader = findChild(app, "audienceLoader");
        if (loader.item)
            windows.push(loader.item);
        for (const w of windows) {
            if (w.visible)
                collectShown(w.contentItem.parent ?? w.contentItem, shown.texts, shown.names);
        }
        return shown;
    }

    /// A run of a pack text that plain text and escaped markup show alike (no character markup escapes).
    function snippet(text: string): string {
        const run = text.match(/[^<>&"'\n]{12,28}/);
        return run ? run[0] : text;
    }

    function verifyNothingAnswered(app: var, label: string): void {
        const p = findChild(app, "classroom");
        const secrets = [snippet(CaseLibrary.lesson.current.presenterNotes)];
        if (p.onQuiz)
            secrets.push(snippet(p.answer.explanation));
        const shown = shownInApp(app);
        verify(shown.texts.length > 5, label + ": the walk sees the window's text");
        for (const t of shown.texts) {
            verify(t.indexOf("✓") < 0, label + ": a ✓ is shown: " + t);
            for (const secret of secrets)
                verify(secret.length === 0 || t.indexOf(secret) < 0, label + ": shown: " + t);
        }
        for (const name of ["voteCount", "voteBar", "voteAnswer", "voteExplanation", "peekPanel", "presenterNotes", "votePanel", "consolePreview"])
            verify(shown.names.indexOf(name) < 0, label + ": " + name + " is shown");
        verify(!shown.names.some(n => n.startsWith("consoleCount")), label + ": a count per choice is shown");
    }

    // One screen (the offscreen platform has one): the class sees the teacher's
    // window, so nothing answers a question before → unless the teacher asks
    // for it with N and confirms the warning; leaving full screen shows the
    // class's view in a window, never the console.
    function test_one_screen_shows_no_answer_early(): void {
        CaseLibrary.lesson.currentIndex = 0;
        const app = createTemporaryObject(mainComponent, root);
        app.visible = true; // as the app's window is
        const p = findChild(app, "classroom");
        p.screens = -1;
        compare(p.screens, 1, "the offscreen platform has one screen");
        verify(p.singleScreen);
        const quizStep = 4;
        app.startPresentation(quizStep, true);
        const loader = findChild(app, "audienceLoader");
        verify(!loader.active, "no second window");
        const page = findChild(app, "oneScreenPage");
        verify(page, "the one-screen page, not the console");
        verify(!findChild(app, "votePanel") && !findChild(app, "presenterNotes"), "the console is not even created");
        tryCompare(app, "visibility", Window.FullScreen);
        verify(findChild(app, "keyGuide").text.indexOf("One screen") >= 0, "the key guide names the mode");
        verifyNothingAnswered(app, "the question");

        keyClick(Qt.Key_Escape);
        tryCompare(app, "visibility", Window.Windowed);
        compare(p.fullScreen, false);
        verify(findChild(app, "oneScreenPage").visible, "out of full screen: the class's view in a window");
        verifyNothingAnswered(app, "after Esc");
        keyClick(Qt.Key_F);
        tryCompare(app, "visibility", Window.FullScreen);
        verifyNothingAnswered(app, "after F");

        // Hands, counted: the strip says how many in all, never per choice.
        keyClick(Qt.Key_1);
        keyClick(Qt.Key_2);
        keyClick(Qt.Key_2);
        compare(p.totalVotes, 3);
        compare(findChild(app, "stripHands").text, "3 hands counted");
        verifyNothingAnswered(app, "after counting hands");

        // N asks first; kept hidden, nothing shows.
        const dialog = findChild(app, "peekDialog");
        keyClick(Qt.Key_N);
        tryVerify(() => dialog.opened, 2000, "N warns first");
        compare(dialog.title, "The class will see this");
        verify(!p.peeking);
        verifyNothingAnswered(app, "the warning");
        dialog.reject();
        tryVerify(() => !dialog.visible);
        verifyNothingAnswered(app, "kept hidden");

        // Confirmed, the notes and the answer show (the check above can fail).
        keyClick(Qt.Key_N);
        tryVerify(() => dialog.opened);
        dialog.accept();
        tryVerify(() => !dialog.visible);
        tryVerify(() => p.peeking && findChild(app, "peekPanel") && findChild(app, "peekPanel").visible, 2000, "shown after the warning");
        const shown = shownInApp(app);
        const notes = snippet(CaseLibrary.lesson.current.presenterNotes);
        verify(shown.texts.some(t => t.indexOf(notes) >= 0), "the notes are shown");
        verify(shown.texts.some(t => t.indexOf("✓") >= 0), "the correct choice is marked");
        keyClick(Qt.Key_Escape);
        verify(!p.peeking, "Esc hides them first");
        compare(p.fullScreen, true, "and stays full screen");
        verifyNothingAnswered(app, "hidden again");

        // Peeking ends with the next move: → reveals to everyone, the next question starts hidden.
        keyClick(Qt.Key_N);
        tryVerify(() => dialog.opened);
        dialog.accept();
        tryVerify(() => !dialog.visible);
        tryVerify(() => p.peeking);
        keyClick(Qt.Key_Right);
        verify(p.itemRevealed);
        verify(!p.peeking, "a move hides the notes");
        verify(shownInApp(app).names.indexOf("voteAnswer") >= 0, "the reveal shows the answer to the class");
        keyClick(Qt.Key_Right);
        compare(p.itemIndex, 1);
        verifyNothingAnswered(app, "the second question");
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        compare(CaseLibrary.lesson.currentIndex, quizStep + 1);
        verifyNothingAnswered(app, "the next step");

        // T hides the teacher's strip; the screen stays the class's.
        const strip = findChild(app, "teacherStrip");
        verify(strip.visible);
        keyClick(Qt.Key_T);
        verify(!strip.visible);
        keyClick(Qt.Key_T);
        verify(strip.visible);
        keyClick(Qt.Key_B);
        verify(!strip.visible, "a blank screen is black");
        keyClick(Qt.Key_B);

        // Jumping works as with the console; Esc twice (out of full screen) ends.
        keyClick(Qt.Key_2);
        verify(findChild(app, "stripJump").visible);
        keyClick(Qt.Key_Return);
        compare(CaseLibrary.lesson.currentIndex, 1);
        keyClick(Qt.Key_Escape);
        keyClick(Qt.Key_Escape);
        const end = findChild(app, "endDialog");
        tryVerify(() => end.opened, 2000);
        end.accept();
        tryVerify(() => !app.presenting);
        tryVerify(() => app.visibility !== Window.FullScreen, 2000, "the window leaves full screen with the end");
    }

    // What comes next, on one screen: a title, never a hidden text.
    function test_one_screen_next_names_no_reveal(): void {
        CaseLibrary.lesson.currentIndex = 0; // forgets an earlier reveal
        const app = createTemporaryObject(mainComponent, root);
        app.visible = true;
        const reveal = 13;
        app.startPresentation(reveal, false);
        const next = findChild(app, "stripNext");
        verify(CaseLibrary.lesson.step(reveal).reveal.length > 0);
        compare(next.text, "Next: the hidden part of this step");
        keyClick(Qt.Key_Right);
        verify(next.text.indexOf(CaseLibrary.lesson.step(reveal + 1).title) >= 0, next.text);
    }

    function present(step: int): Item {
        CaseLibrary.lesson.currentIndex = step === 0 ? 1 : 0; // forgets an earlier reveal
        CaseLibrary.lesson.currentIndex = step;
        const setup = createTemporaryObject(setupComponent, root);
        verify(setup);
        setup.presentation.start();
        setup.presenter.forceActiveFocus();
        return setup;
    }

    function audienceChild(setup: Item, name: string): QtObject {
        const child = findChild(setup.audience, name);
        verify(child, "the audience view has " + name);
        return child;
    }

    function test_navigation_keys_data() {
        return [
            {
                tag: "Right",
                keys: [Qt.Key_Right],
                step: 1
            },
            {
                tag: "PageDown",
                keys: [Qt.Key_PageDown],
                step: 1
            },
            {
                tag: "Space",
                keys: [Qt.Key_Space],
                step: 1
            },
            {
                tag: "three forward",
                keys: [Qt.Key_Right, Qt.Key_PageDown, Qt.Key_Space],
                step: 3
            },
            {
                tag: "Left",
                keys: [Qt.Key_Right, Qt.Key_Right, Qt.Key_Left],
                step: 1
            },
            {
                tag: "PageUp",
                keys: [Qt.Key_Right, Qt.Key_Right, Qt.Key_PageUp],
                step: 1
            },
            {
                tag: "not before the start",
                keys: [Qt.Key_Left, Qt.Key_PageUp],
                step: 0
            },
        ];
    }

    function test_navigation_keys(data) {
        const setup = present(0);
        for (const key of data.keys)
            keyClick(key);
        compare(CaseLibrary.lesson.currentIndex, data.step);
        compare(audienceChild(setup, "stepTitle").text, CaseLibrary.lesson.step(data.step).title, "the audience shows the step");
    }

    function test_blanking_data() {
        return [
            {
                tag: "B",
                key: Qt.Key_B
            },
            {
                tag: "period",
                key: Qt.Key_Period
            }
        ];
    }

    function test_blanking(data) {
        const setup = present(1);
        const badge = findChild(setup.presenter, "blankedBadge");
        verify(!badge.visible);
        verify(audienceChild(setup, "audienceStage").visible);
        keyClick(data.key);
        verify(setup.presentation.blanked);
        verify(badge.visible, "the console shows that the audience is blank");
        verify(!audienceChild(setup, "audienceStage").visible, "the audience shows nothing");
        compare(setup.audience.color, Theme.blank);
        keyClick(Qt.Key_Right); // moving on keeps the screen blank
        verify(setup.presentation.blanked);
        keyClick(data.key);
        verify(!setup.presentation.blanked, "pressed again, the screen comes back");
        verify(!badge.visible);
        verify(audienceChild(setup, "audienceStage").visible);
    }

    function test_full_screen_and_escape(): void {
        const setup = present(0);
        verify(setup.presentation.fullScreen);
        keyClick(Qt.Key_F);
        verify(!setup.presentation.fullScreen, "F leaves full screen");
        keyClick(Qt.Key_F);
        verify(setup.presentation.fullScreen, "F again enters it");
        const dialog = findChild(setup.presenter, "endDialog");
        keyClick(Qt.Key_Escape);
        verify(!setup.presentation.fullScreen, "Esc leaves full screen");
        verify(!dialog.opened && !dialog.visible, "the first Esc does not end");
        let ended = 0;
        setup.presenter.endRequested.connect(() => ended++);
        keyClick(Qt.Key_Escape);
        tryVerify(() => dialog.opened, 2000, "a second Esc asks to end");
        compare(ended, 0, "not without confirmation");
        dialog.accept();
        tryVerify(() => !dialog.visible);
        compare(ended, 1);
    }

    function test_number_and_enter_jump(): void {
        const setup = present(0);
        const typed = findChild(setup.presenter, "jumpText");
        const badge = findChild(setup.presenter, "jumpBadge");
        verify(!badge.visible);
        keyClick(Qt.Key_1);
        keyClick(Qt.Key_2);
        compare(setup.presentation.jumpText, "12");
        verify(badge.visible, "the console shows what is typed");
        verify(typed.text.indexOf("12") >= 0, typed.text);
        compare(CaseLibrary.lesson.currentIndex, 0, "no jump before Enter");
        keyClick(Qt.Key_Return);
        compare(CaseLibrary.lesson.currentIndex, 11);
        verify(!badge.visible);
    }

    function test_escape_forgets_a_typed_number(): void {
        const setup = present(0);
        keyClick(Qt.Key_7);
        keyClick(Qt.Key_Escape);
        compare(setup.presentation.jumpText, "");
        verify(setup.presentation.fullScreen, "Esc only cancelled the typing");
        keyClick(Qt.Key_Return);
        compare(CaseLibrary.lesson.currentIndex, 0);
    }

    function test_reveal_step_only_on_advance(): void {
        const setup = present(13);
        const reveal = audienceChild(setup, "revealText");
        verify(!reveal.visible, "the reveal is hidden at first");
        compare(reveal.text, "", "and not even bound");
        keyClick(Qt.Key_Right);
        compare(CaseLibrary.lesson.currentIndex, 13, "→ reveals before moving on");
        verify(reveal.visible);
        compare(reveal.text, CaseLibrary.lesson.step(13).reveal);
    }

    function test_quiz_answer_only_on_advance(): void {
        const setup = present(4);
        const answer = audienceChild(setup, "voteAnswer");
        const explanation = audienceChild(setup, "voteExplanation");
        verify(audienceChild(setup, "votePrompt").text.length > 0, "the question is shown");
        verify(!answer.visible, "no answer before →");
        compare(explanation.text, "", "the explanation is not even bound");
        const row1 = audienceChild(setup, "voteRow1");
        verify(!findChild(row1, "voteCount").visible, "no tally before →");
        verify(row1.border.width < 4, "no choice is marked correct");
        keyClick(Qt.Key_Right);
        verify(setup.presentation.itemRevealed);
        verify(answer.visible);
        compare(explanation.text, setup.presentation.answer.explanation);
        verify(explanation.text.length > 0);
        verify(findChild(row1, "voteCount").visible);
    }

    function test_vote_counting(): void {
        const setup = present(4);
        for (const key of [Qt.Key_1, Qt.Key_1, Qt.Key_2, Qt.Key_4, Qt.Key_3])
            keyClick(key);
        keyClick(Qt.Key_Backspace); // the 3 was a mis-press
        compare(setup.presentation.votes.map(v => v.count), [2, 1, 0, 1]);
        compare(findChild(setup.presenter, "consoleCount1").text, "2", "the console counts the hands");
        compare(findChild(setup.presenter, "consoleCount3").text, "0");
        compare(CaseLibrary.lesson.currentIndex, 4, "digits on a vote do not jump");
        compare(setup.presentation.jumpText, "");

        keyClick(Qt.Key_Right); // reveal the tally
        const total = audienceChild(setup, "voteTotal");
        verify(total.visible);
        compare(total.text, "4 hands in all");
        compare(findChild(audienceChild(setup, "voteRow1"), "voteCount").text, "2 · 50%");
        compare(findChild(audienceChild(setup, "voteRow2"), "voteCount").text, "✓ 1 · 25%", "choice 2 is the correct one");
        compare(findChild(audienceChild(setup, "voteRow" + setup.presentation.answer.correctNumbers[0]), "voteCount").text.indexOf("✓ "), 0, "the correct count is marked in words too");
        compare(findChild(audienceChild(setup, "voteRow3"), "voteCount").text, "0 · 0%");
        const correct = setup.presentation.answer.correctNumbers[0];
        compare(audienceChild(setup, "voteRow" + correct).border.width, 4, "the correct choice is marked");

        keyClick(Qt.Key_Right); // the true/false item
        compare(setup.presentation.itemIndex, 1);
        verify(!audienceChild(setup, "voteAnswer").visible, "the next item starts unrevealed");
        for (const key of [Qt.Key_1, Qt.Key_2, Qt.Key_2, Qt.Key_3, Qt.Key_4])
            keyClick(key);
        compare(setup.presentation.votes.map(v => v.count), [1, 2], "1 = true, 2 = false, 3 and 4 count nothing");
        compare(setup.presentation.votes.map(v => v.text), ["True", "False"]);
    }

    function test_g_jumps_from_a_vote(): void {
        const setup = present(4);
        const guide = findChild(setup.presenter, "keyGuide");
        verify(guide.text.indexOf("G") >= 0, "the key guide says how to jump from a vote");
        keyClick(Qt.Key_G);
        keyClick(Qt.Key_2);
        compare(setup.presentation.totalVotes, 0, "after G, digits are a step number");
        compare(setup.presentation.jumpText, "2");
        keyClick(Qt.Key_Return);
        compare(CaseLibrary.lesson.currentIndex, 1);
    }

    /// Index of the lesson step with this id, so tests survive steps added before it.
    function stepIndex(id: string): int {
        for (let i = 0; i < CaseLibrary.lesson.count; ++i) {
            if (CaseLibrary.lesson.step(i).stepId === id)
                return i;
        }
        return -1;
    }

    function test_discussion_item(): void {
        const index = stepIndex("quiz-final");
        verify(index >= 0, "the lesson's final quiz starts with a rank item");
        const setup = present(index);
        verify(!setup.presentation.itemVotable);
        keyClick(Qt.Key_1);
        compare(setup.presentation.totalVotes, 0, "a rank item takes no votes");
        keyClick(Qt.Key_Escape); // forget the typed 1
        verify(!audienceChild(setup, "voteAnswer").visible);
        keyClick(Qt.Key_Right);
        verify(audienceChild(setup, "voteAnswer").visible, "→ reveals the answer for discussion");
        compare(audienceChild(setup, "voteExplanation").text, setup.presentation.answer.explanation);
    }

    function test_console_shows_notes_and_next(): void {
        const setup = present(4);
        const notes = findChild(setup.presenter, "presenterNotes");
        const step = CaseLibrary.lesson.step(4);
        verify(step.presenterNotes.length > 0);
        verify(notes.text.indexOf(step.presenterNotes) >= 0);
        verify(findChild(setup.presenter, "votePanel").visible, "a quiz step shows the vote panel");
        verify(findChild(setup.presenter, "nextText").text.indexOf("reveals") >= 0);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        verify(findChild(setup.presenter, "nextText").text.indexOf(CaseLibrary.lesson.step(5).title) >= 0);
    }
}
