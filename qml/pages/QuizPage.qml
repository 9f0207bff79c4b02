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

    /// The quiz item ids, in order (a JS array or a string list). A `var`,
    /// because a JS array given as an initial property (StackView.push,
    /// createObject) does not reach a `list<string>` property in Qt 6.8.
    property var itemIds: []
    readonly property QuizSession session: quizSession
    /// Narrower than Theme.contentWidth: questions and feedback read best in shorter lines.
    readonly property int columnWidth: 1000

    signal finished

    background: Rectangle { color: Theme.paper }

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
        if (quizSession.finished)
            nextButton.forceActiveFocus();
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

    /// The saved run this quiz belongs to ("lesson", "booster"), or "" when
    /// nothing is saved: a lesson quiz is saved while a student profile records.
    property string progressRun: StudentProgress.recording ? "lesson" : ""

    Component.onCompleted: {
        if (root.progressRun.length > 0)
            StudentProgress.attach(quizSession, root.progressRun); // restores saved answers, saves new ones
        Qt.callLater(root.showCurrent);
    }

    // The title and where the student is stay in view while the question scrolls.
    header: Rectangle {
        implicitHeight: headerColumn.implicitHeight + Theme.spacing + 10
        color: Theme.paper
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.line
        }
        ColumnLayout {
            id: headerColumn
            x: Math.max(Theme.margin, (parent.width - width) / 2)
            y: Theme.spacing
            width: Math.min(parent.width - 2 * Theme.margin, root.columnWidth)
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: root.title.length > 0 ? qsTr("QUIZ · %1").arg(root.title.toUpperCase()) : qsTr("QUIZ")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                font.letterSpacing: 1.5
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    id: progressText
                    objectName: "progressText"
                    text: quizSession.finished ? qsTr("Results") : qsTr("Question %1 of %2").arg(quizSession.currentIndex + 1).arg(quizSession.count)
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.ink
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                // One segment per question: filled when answered, outlined when current.
                RowLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    spacing: 6
                    Accessible.role: Accessible.ProgressBar
                    Accessible.name: qsTr("%1 of %2 questions answered").arg(quizSession.answered).arg(quizSession.count)
                    Repeater {
                        model: quizSession.itemIds
                        delegate: Rectangle {
                            required property string modelData
                            required property int index
                            readonly property bool done: quizSession.answered >= 0 && quizSession.isAnswered(modelData)
                            Layout.fillWidth: true
                            Layout.maximumWidth: 80
                            implicitHeight: 14
                            radius: 7
                            color: done ? Theme.accent : Theme.card
                            border.width: index === quizSession.currentIndex ? 3 : 1
                            border.color: index === quizSession.currentIndex ? Theme.ink : Theme.line
                        }
                    }
                    Item { Layout.fillWidth: true }
                }
                Label {
                    text: qsTr("%1 answered").arg(quizSession.answered)
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
                    nextButton.forceActiveFocus();
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

    footer: Rectangle {
        implicitHeight: nav.implicitHeight + 2 * 12
        color: Theme.card
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.line
        }
        RowLayout {
            id: nav
            x: Math.max(Theme.margin, (parent.width - width) / 2)
            y: 12
            width: Math.min(parent.width - 2 * Theme.margin, root.columnWidth)
            spacing: Theme.spacing

            QuizButton {
                id: previousButton
                objectName: "previousButton"
                kind: "quiet"
                text: quizSession.finished ? qsTr("← Back to the questions") : qsTr("← Previous")
                enabled: quizSession.currentIndex > 0
                Accessible.name: quizSession.finished ? qsTr("Back to the questions") : qsTr("Previous question")
                onClicked: quizSession.previous()
            }
            Item { Layout.fillWidth: true }
            QuizButton {
                id: skipButton
                objectName: "skipButton"
                readonly property bool last: quizSession.currentIndex === quizSession.count - 1
                kind: "quiet"
                visible: !quizSession.finished && !itemView.answered
                text: last ? qsTr("Skip to the results →") : qsTr("Skip this question →")
                Accessible.name: last ? qsTr("Skip to the results") : qsTr("Skip this question")
                onClicked: quizSession.next()
            }
            QuizButton {
                id: checkButton
                objectName: "checkButton"
                kind: "primary"
                visible: !quizSession.finished && itemView.needsCheck
                text: qsTr("Check my answer")
                onClicked: itemView.check()
            }
            QuizButton {
                id: nextButton
                objectName: "nextButton"
                readonly property bool last: quizSession.currentIndex === quizSession.count - 1
                kind: "primary"
                visible: quizSession.finished || itemView.answered
                text: quizSession.finished ? qsTr("Done") : last ? qsTr("See my results →") : qsTr("Next question →")
                Accessible.name: quizSession.finished ? qsTr("Done") : last ? qsTr("See my results") : qsTr("Next question")
                onClicked: {
                    if (quizSession.finished)
                        root.finished();
                    else
                        quizSession.next();
                }
            }
        }
    }
}
