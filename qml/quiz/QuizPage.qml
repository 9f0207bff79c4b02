// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A quiz: its items one at a time with a progress line, then the results.
// Leaving the page (Esc, Back) is up to the caller; `finished` says the
// student is done with the results.
Page {
    id: root

    /// The page's heading, and its accessible name.
    readonly property string shownTitle: root.title.length > 0 ? root.title : qsTr("Check yourself")
    Accessible.name: root.shownTitle

    /// The quiz item ids, in order (a JS array or a string list). A `var`,
    /// because a JS array given as an initial property (StackView.push,
    /// createObject) does not reach a `list<string>` property in Qt 6.8.
    property var itemIds: []
    readonly property QuizSession session: quizSession
    /// Narrower than Theme.contentWidth: questions and feedback read best in shorter lines.
    readonly property int columnWidth: 1000

    /// Inside a lesson step: no page header and no footer of its own; the
    /// story shows the actions (`actions`) in its control row.
    property bool embedded: false
    /// The buttons that answer for this quiz: its own footer's, or the
    /// story's when embedded (the story sets it).
    property QuizActions actions: null
    /// What gets the keyboard once the results show, when `actions` offers no
    /// "Done" (the story's "Next →").
    property Item doneFocusItem: null
    /// The question shown, for callers that act on it (e.g. the story's keys).
    readonly property QuizItemView questionView: itemView
    readonly property string progressLabel: quizSession.finished ? qsTr("Results") : qsTr("Question %1 of %2").arg(LanguageManager.number(quizSession.currentIndex + 1)).arg(LanguageManager.number(quizSession.count))

    signal finished
    /// The student wants to leave (Back, Esc); only on its own, not embedded.
    signal backRequested

    Keys.onEscapePressed: event => {
        // Embedded, Esc belongs to the story: it leaves.
        if (root.embedded)
            event.accepted = false;
        else
            root.backRequested();
    }

    background: Rectangle {
        color: Theme.paper
    }

    QuizSession {
        id: quizSession
        library: CaseLibrary
        itemIds: root.itemIds
        onCurrentIndexChanged: Qt.callLater(root.showCurrent)
    }

    /// Set when an answer is given: the verdict is scrolled into view once laid out.
    property bool revealPending: false

    function revealFeedback(): void {
        if (root.revealPending && itemView.feedbackItem.height > 0)
            root.ensureVisible(itemView.feedbackItem);
    }

    function showCurrent(): void {
        root.revealPending = false;
        flick.contentY = 0;
        if (quizSession.finished && root.doneFocusItem)
            root.doneFocusItem.forceActiveFocus(Qt.TabFocusReason);
        else if (quizSession.finished)
            root.actions?.focusOnward();
        else
            itemView.focusFirst();
    }

    /// Scrolls so that `target` (inside the scrolled content) is in view.
    function ensureVisible(target: Item): void {
        if (!target || flick.height <= 0)
            return;
        const r = target.mapToItem(flick.contentItem, 0, 0, target.width, target.height);
        if (r.y + r.height > flick.contentY + flick.height)
            flick.contentY = Math.min(r.y - Theme.spacing, r.y + r.height + Theme.spacing - flick.height);
        else if (r.y < flick.contentY)
            flick.contentY = Math.max(0, r.y - Theme.spacing);
    }

    function isInContent(item: Item): bool {
        for (let p = item; p; p = p.parent) {
            if (p === flick.contentItem)
                return true;
        }
        return false;
    }

    // Keyboard users see what has the focus, even below the fold.
    readonly property Item focusedItem: root.Window.activeFocusItem
    onFocusedItemChanged: {
        if (root.focusedItem && root.isInContent(root.focusedItem))
            root.ensureVisible(root.focusedItem);
    }

    /// The saved run this quiz belongs to (a Quiz.Run: Quiz.Lesson, Quiz.Booster), or
    /// Quiz.None when nothing is saved: a lesson quiz is saved while a student profile records.
    property int progressRun: StudentProgress.recording ? Quiz.Lesson : Quiz.None

    Component.onCompleted: {
        if (root.progressRun !== Quiz.None)
            StudentProgress.attach(quizSession, root.progressRun); // restores saved answers, saves new ones
        Qt.callLater(root.showCurrent);
    }

    // The title and where the student is stay in view while the question scrolls.
    // On its own the quiz has the page header of every page; inside a lesson
    // step the story's header is above it, so only the progress line shows.
    header: ColumnLayout {
        spacing: 0

        PageHeader {
            id: pageHeader
            objectName: "quizHeader"
            Layout.fillWidth: true
            visible: !root.embedded
            title: root.shownTitle
            subtitle: root.progressLabel
            onBackRequested: root.backRequested()
            QuizProgressBar {
                Layout.preferredWidth: Math.min(quizSession.count * 60, pageHeader.width / 3)
                session: quizSession
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("%1 answered").arg(LanguageManager.number(quizSession.answered))
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
                Accessible.ignored: true
            }
        }

        Rectangle {
            Layout.fillWidth: true
            visible: root.embedded
            implicitHeight: progressRow.implicitHeight + 2 * 8
            color: Theme.paper
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.line
            }
            RowLayout {
                id: progressRow
                x: Math.max(Theme.margin, (parent.width - width) / 2)
                y: 8
                width: Math.min(parent.width - 2 * Theme.margin, root.columnWidth)
                spacing: Theme.spacing
                Label {
                    id: progressText
                    objectName: "progressText"
                    textFormat: Text.PlainText
                    text: root.progressLabel
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.ink
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                QuizProgressBar {
                    Layout.alignment: Qt.AlignVCenter
                    Layout.preferredWidth: quizSession.count * 86
                    session: quizSession
                }
                Item {
                    Layout.fillWidth: true
                }
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("%1 answered").arg(LanguageManager.number(quizSession.answered))
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                    Accessible.ignored: true
                }
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        onContentHeightChanged: root.revealFeedback()
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.spacing
            width: Math.min(flick.width - 2 * Theme.margin, root.columnWidth)
            spacing: Theme.spacing

            QuizItemView {
                id: itemView
                objectName: "quizItemView"
                Layout.fillWidth: true
                visible: !quizSession.finished
                session: quizSession
                itemId: quizSession.currentId
                showCheckButton: false
                focus: true
                onAnswerGiven: {
                    root.actions?.focusOnward();
                    root.revealPending = true;
                    Qt.callLater(root.revealFeedback);
                }
            }

            QuizSummary {
                id: summary
                objectName: "quizSummary"
                Layout.fillWidth: true
                visible: quizSession.finished
                session: quizSession
                showHeading: false // the progress line says "Results"
            }
        }
    }

    // Inside a lesson step the story's control row shows the actions (see
    // StoryPage), so the student sees one row of buttons.
    footer: Loader {
        active: !root.embedded
        visible: active
        sourceComponent: Rectangle {
            implicitHeight: ownActions.implicitHeight + 2 * 12
            color: Theme.card
            Rectangle {
                width: parent.width
                height: 1
                color: Theme.line
            }
            QuizActions {
                id: ownActions
                x: Math.max(Theme.margin, (parent.width - width) / 2)
                y: 12
                width: Math.min(parent.width - 2 * Theme.margin, root.columnWidth)
                session: quizSession
                itemView: itemView
                onDone: root.finished()
                Component.onCompleted: root.actions = ownActions
            }
        }
    }
}
