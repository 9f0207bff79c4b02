// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import org.claimscope.Claimscope

// The one window. Only this file touches the StackView: pages ask for
// navigation through their signals.
ApplicationWindow {
    id: root

    property string startPage: "home"
    property int startStep: 0
    /// --screens: present as if the computer had this many screens (screenshots); 0: as many as it has.
    property int startScreens: 0
    /// A presentation is under way, and whether it runs on one screen (decided when it starts).
    property bool presenting: false
    property bool presentingOnOneScreen: false

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

    // Right-to-left languages mirror the whole window (LanguageManager sets the direction).
    LayoutMirroring.enabled: LanguageManager.rightToLeft
    LayoutMirroring.childrenInherit: true

    // Pages opened at start-up (--page) appear at once, without a transition.
    property int pushOperation: StackView.Immediate

    // Pages other than home are compiled when first opened, not at start-up:
    // the first frame needs only the home page (and Qt Charts is not loaded
    // until a chart is shown). Each page's requests are wired here.
    function pushPage(type: string, properties: var, handlers: var): var {
        const component = Qt.createComponent("org.claimscope.Claimscope", type);
        if (component.status !== Component.Ready) {
            console.warn(component.errorString());
            return null;
        }
        const page = stack.push(component, properties, pushOperation);
        wirePage(page, handlers);
        return page;
    }
    function wirePage(page: var, handlers: var): void {
        const all = Object.assign({
            backRequested: () => stack.pop(),
            showInArticle: (articleId, claimId, quote) => root.showInArticle(articleId, claimId, quote)
        }, handlers);
        for (const name in all)
            if (typeof page[name] === "function")
                page[name].connect(all[name]);
    }
    function openPage(page: string, properties: var): void {
        const pages = {
            story: "StoryPage",
            article: "ArticlePage",
            blame: "BlamePage",
            coverage: "CoveragePage",
            quiz: "QuizPage",
            settings: "SettingsPage",
            studio: "StudioPage",
            profiles: "ProfilesPage",
            results: "ResultsPage"
        };
        if (!pages[page])
            return;
        if (page === "profiles")
            StudentProgress.leaveProfile(); // the student picks who is working
        if (page === "quiz" && !properties.itemIds) {
            properties = {
                itemIds: CaseLibrary.selfCheckItemIds
            };
        }
        pushPage(pages[page], properties, pageHandlers[page] ?? {});
    }
    // What each page's requests do, beyond Back and "show in the article".
    readonly property var pageHandlers: ({
            quiz: {
                finished: () => stack.pop()
            },
            profiles: {
                lessonRequested: step => root.startStudy(step),
                resultsRequested: () => root.openPage("results", {})
            },
            results: root.resultsHandlers,
            // The studio's case, once shown in the app: its lesson, or presented.
            studio: {
                studyRequested: () => root.startLesson(0),
                presentRequested: () => root.startPresentation(0, true)
            }
        })
    readonly property var resultsHandlers: ({
            boosterRequested: () => root.pushPage("QuizPage", {
                    title: qsTr("Booster check"),
                    itemIds: StudentProgress.boosterItemIds(),
                    progressRun: Quiz.Booster
                }, {
                    finished: () => stack.pop()
                }),
            startedOver: () => root.startStudy(0)
        })
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
        if (presentingOnOneScreen)
            pushPage("OneScreenPage", {
                presentation: classroom
            }, {
                endRequested: () => root.endPresentation()
            });
        else {
            const console_ = pushPage("PresenterPage", {
                presentation: classroom
            }, {
                endRequested: () => root.endPresentation(),
                printRequested: kind => root.openPrintDialog(kind)
            });
            // qmllint disable missing-property
            if (console_)
                console_.printing = Qt.binding(() => printLoader.item?.busy ?? false);
            // qmllint enable missing-property
        }
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
        pushPage("StoryPage", {}, {
            backRequested: () => root.leaveStudy()
        });
    }
    function leaveStudy(): void {
        const lesson = CaseLibrary.lesson;
        const finished = StudentProgress.lessonFinished && lesson.currentIndex === lesson.count - 1;
        StudentProgress.recording = false;
        if (finished)
            wirePage(stack.replace(Qt.createComponent("org.claimscope.Claimscope", "ResultsPage"), {}, StackView.ReplaceTransition), resultsHandlers);
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
        onActivated: root.openPackDialog()
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

    // Return and Enter press the focused button, as Space does.
    ButtonKeys {}
    // Reduced motion: no ripple waves across pressed buttons either.
    StillRipples {
        enabled: Theme.reducedMotion
    }
    // Tab never lands on an item scrolled out of sight.
    FocusReveal {
        window: root
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        Accessible.role: Accessible.Pane
        // The page's own name: a page without a title (the story, a quiz) has one too.
        Accessible.name: stack.currentItem?.Accessible.name ?? ""
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
            onOpenPackRequested: root.openPackDialog()
            onPageRequested: page => root.openPage(page, {})
            onPrintRequested: kind => root.openPrintDialog(kind)
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
    // The class's window in a presentation on two screens. Loaded by address,
    // so it is compiled only when a presentation starts.
    Loader {
        id: audienceLoader
        objectName: "audienceLoader"

        active: root.presenting && !root.presentingOnOneScreen
        onActiveChanged: {
            if (active)
                setSource("presenter/AudienceWindow.qml", {
                    presentation: classroom,
                    width: root.width,
                    height: root.height,
                    screen: root.projectorScreen()
                });
            else
                setSource(""); // the next presentation loads afresh
        }
        onLoaded: {
            const audience = item as Window;
            audience.width = Qt.binding(() => root.width);
            audience.height = Qt.binding(() => root.height);
            audience.screen = Qt.binding(() => root.projectorScreen());
        }
    }
    // The projector is the screen the console is not on. (qmllint does not
    // know Qt.application.screens.)
    function projectorScreen(): var {
        // qmllint disable missing-property
        return Qt.application.screens.find(s => s.name !== root.screen.name) ?? root.screen;
    // qmllint enable missing-property
    }

    // The file and print dialogs load Qt Quick Dialogs: only when first used.
    Loader {
        id: fileDialogLoader
        active: false
        source: "controls/OpenPackDialog.qml"
    }
    function openPackDialog(): void {
        fileDialogLoader.active = true;
        // qmllint disable missing-property
        fileDialogLoader.item.open();
    // qmllint enable missing-property
    }
    Loader {
        id: printLoader
        active: false
        source: "controls/PrintDialog.qml"
    }
    function openPrintDialog(kind: string): void {
        printLoader.active = true;
        // qmllint disable missing-property
        printLoader.item.openFor(kind);
    // qmllint enable missing-property
    }

    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls)
                CaseLibrary.openUrl(drop.urls[0]);
        }
    }

    // Why a pack was refused: built when the first problem arrives, not before the first frame.
    Loader {
        id: problemLoader
        objectName: "problemLoader"
        active: false
        sourceComponent: ProblemPanel {}
    }
    Connections {
        target: CaseLibrary
        enabled: !problemLoader.active
        function onProblemsChanged(): void {
            problemLoader.active = CaseLibrary.problems.length > 0;
        }
    }

    Component.onCompleted: {
        problemLoader.active = CaseLibrary.problems.length > 0; // a pack refused on the command line
        if (startPage === "story")
            startLesson(startStep);
        else if (startPage === "presenter" || startPage === "audience") {
            if (startScreens > 0)
                classroom.screens = startScreens;
            startPresentation(startStep, false);
        } else if (startPage === "studio")
            // Screenshots: the studio adapting the open case, on section --step.
            openPage("studio", {
                startCase: CaseLibrary.origin,
                startSection: startStep
            });
        else if (startPage !== "home")
            openPage(startPage, {});
        pushOperation = StackView.PushTransition;
    }
}
