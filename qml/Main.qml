// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import org.claimscope.Claimscope

// The one window. Only this file touches the StackView: pages ask for
// navigation through their signals.
ApplicationWindow {
    id: root

    property string startPage: "home"
    property int startStep: 0
    /// --votes: hands per choice recorded on the first quiz item and revealed (screenshots).
    property var startVotes: []
    /// --blank: the audience screen starts blank (screenshots).
    property bool startBlank: false
    /// --screens: present as if the computer had this many screens (screenshots); 0: as many as it has.
    property int startScreens: 0
    /// A presentation is under way, and whether it runs on one screen (decided when it starts).
    property bool presenting: false
    property bool presentingOnOneScreen: false
    /// The window a --screenshot grabs: the audience's with --page audience.
    readonly property Window captureWindow: startPage === "audience" && audienceLoader.item ? audienceLoader.item as Window : root

    width: 1280
    height: 720
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: CaseLibrary.title.length > 0 ? PackText.plain(qsTr("%1 — Claimscope"), [CaseLibrary.title]) : "Claimscope"
    color: Theme.paper

    Material.theme: Theme.darkTheme ? Material.Dark : Material.Light
    Material.foreground: Theme.ink
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    // Pages opened at start-up (--page) appear at once, without a transition.
    property int pushOperation: StackView.Immediate

    function openPage(page: string, properties: var): void {
        const pages = {
            story: storyPage,
            article: articlePage,
            blame: blamePage,
            coverage: coveragePage,
            quiz: quizPage,
            settings: settingsPage,
            profiles: profilesPage,
            results: resultsPage
        };
        if (!pages[page])
            return;
        if (page === "profiles")
            StudentProgress.leaveProfile(); // the student picks who is working
        if (page === "quiz" && !properties.itemIds) {
            const step = CaseLibrary.lesson.firstStepOfKind("quiz");
            properties = {
                itemIds: step >= 0 ? CaseLibrary.lesson.step(step).quiz : []
            };
        }
        stack.push(pages[page], properties, pushOperation);
    }
    function startLesson(step: int): void {
        CaseLibrary.lesson.currentIndex = step;
        openPage("story", {});
    }
    // A classroom presentation. Two screens: the console in this window, the
    // class's view in its own, full screen on the other screen. One screen
    // (mirrored): the class's view in this window and no console at all.
    function startPresentation(step: int, fullScreen: bool): void {
        CaseLibrary.lesson.currentIndex = step;
        classroom.fullScreen = fullScreen;
        classroom.start();
        presentingOnOneScreen = classroom.singleScreen;
        presenting = true;
        stack.push(presentingOnOneScreen ? oneScreenPage : presenterPage, {}, pushOperation);
    }
    function endPresentation(): void {
        presenting = false;
        classroom.stop();
        stack.pop();
    }
    // Self-paced: the lesson with the current profile's progress saved.
    function startStudy(step: int): void {
        StudentProgress.recording = false;
        CaseLibrary.lesson.currentIndex = step;
        StudentProgress.recording = true;
        stack.push(studyStoryPage, {}, pushOperation);
    }
    function leaveStudy(): void {
        const lesson = CaseLibrary.lesson;
        const finished = StudentProgress.lessonFinished && lesson.currentIndex === lesson.count - 1;
        StudentProgress.recording = false;
        if (finished)
            stack.replace(resultsPage, {}, StackView.ReplaceTransition);
        else
            stack.pop();
    }
    function showInArticle(articleId: string, claimId: string, quote: string): void {
        openPage("article", {
            articleId: articleId,
            focusClaimId: claimId,
            focusQuote: quote
        });
    }

    Shortcut {
        sequences: [StandardKey.Open]
        onActivated: fileDialog.open()
    }
    Shortcut {
        sequences: [StandardKey.Back]
        enabled: stack.depth > 1 && !root.presenting // a presentation ends from its console
        onActivated: stack.pop()
    }
    Shortcut {
        sequences: ["Ctrl+,"]
        enabled: stack.currentItem?.objectName !== "settingsPage"
        onActivated: root.openPage("settings", {})
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        initialItem: home
        focus: true
    }
    // Reduced motion: no slide between pages; without a transition the switch is immediate.
    Binding {
        when: Theme.reducedMotion
        stack.pushEnter: null
        stack.pushExit: null
        stack.popEnter: null
        stack.popExit: null
        stack.replaceEnter: null
        stack.replaceExit: null
    }

    Component {
        id: home
        HomePage {
            onPresentRequested: root.startPresentation(0, true)
            onStudyRequested: root.openPage("profiles", {})
            onOpenPackRequested: fileDialog.open()
            onPageRequested: page => root.openPage(page, {})
            onPrintRequested: kind => printDialog.openFor(kind)
        }
    }
    Component {
        id: storyPage
        StoryPage {
            onBackRequested: stack.pop()
            onShowInArticle: (articleId, claimId, quote) => root.showInArticle(articleId, claimId, quote)
        }
    }
    Component {
        id: presenterPage
        PresenterPage {
            presentation: classroom
            printing: printDialog.busy
            onEndRequested: root.endPresentation()
            onPrintRequested: kind => printDialog.openFor(kind)
        }
    }
    Component {
        id: oneScreenPage
        OneScreenPage {
            presentation: classroom
            onEndRequested: root.endPresentation()
        }
    }
    // On one screen this window is the audience's: full screen when asked.
    Binding {
        when: root.presenting && root.presentingOnOneScreen
        root.visibility: classroom.fullScreen ? Window.FullScreen : Window.Windowed
    }
    Presentation {
        id: classroom
        objectName: "classroom"
        library: CaseLibrary
    }
    Loader {
        id: audienceLoader
        objectName: "audienceLoader"
        active: root.presenting && !root.presentingOnOneScreen
        sourceComponent: AudienceWindow {
            presentation: classroom
            width: root.width
            height: root.height
            // The projector is the screen the console is not on. (qmllint does
            // not know Qt.application.screens.)
            // qmllint disable missing-property
            screen: Qt.application.screens.find(s => s.name !== root.screen.name) ?? root.screen
            // qmllint enable missing-property
        }
    }
    Component {
        id: profilesPage
        ProfilesPage {
            onBackRequested: stack.pop()
            onLessonRequested: step => root.startStudy(step)
            onResultsRequested: root.openPage("results", {})
        }
    }
    Component {
        id: studyStoryPage
        StoryPage {
            onBackRequested: root.leaveStudy()
            onShowInArticle: (articleId, claimId, quote) => root.showInArticle(articleId, claimId, quote)
        }
    }
    Component {
        id: resultsPage
        ResultsPage {
            onBackRequested: stack.pop()
            onBoosterRequested: stack.push(boosterPage, {}, root.pushOperation)
            onStartedOver: root.startStudy(0)
        }
    }
    Component {
        id: boosterPage
        QuizPage {
            title: qsTr("Booster check")
            itemIds: StudentProgress.boosterItemIds()
            progressRun: "booster"
            onFinished: stack.pop()
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: articlePage
        ArticlePage {
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: blamePage
        BlamePage {
            onBackRequested: stack.pop()
            onShowInArticle: (articleId, claimId, quote) => root.showInArticle(articleId, claimId, quote)
        }
    }
    Component {
        id: coveragePage
        CoveragePage {
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: quizPage
        QuizPage {
            onFinished: stack.pop()
            onBackRequested: stack.pop()
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Open a case pack")
        nameFilters: [qsTr("Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)"), qsTr("All files (*)")]
        onAccepted: CaseLibrary.openUrl(selectedFile)
    }

    PrintDialog {
        id: printDialog
    }

    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls)
                CaseLibrary.openUrl(drop.urls[0]);
        }
    }

    ProblemPanel {}

    Component.onCompleted: {
        if (startPage === "story")
            startLesson(startStep);
        else if (startPage === "presenter" || startPage === "audience") {
            if (startScreens > 0)
                classroom.screens = startScreens;
            startPresentation(startStep, false);
            startVotes.forEach((hands, i) => {
                for (let n = 0; n < hands; ++n)
                    classroom.vote(i + 1);
            });
            if (startVotes.length > 0)
                classroom.next();
            classroom.blanked = startBlank;
        } else if (startPage !== "home")
            openPage(startPage, {});
        pushOperation = StackView.PushTransition;
    }
}
