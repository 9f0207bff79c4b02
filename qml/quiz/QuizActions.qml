// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.claimscope.Claimscope

// A quiz's actions: back to the previous question, skip, check the answer,
// next question. The quiz page shows them in its footer; a lesson step
// shows them in the story's own control row, so a student sees one row.
RowLayout {
    id: root

    required property QuizSession session
    /// The question shown (its answered / needsCheck / check()).
    required property QuizItemView itemView
    /// Whether "Done" is offered once the results show (false: the caller
    /// has its own way on, e.g. the story's "Next →").
    property bool offerDone: true
    /// Whether the previous-question button sits apart on the left.
    property bool spread: true

    signal done

    readonly property bool last: root.session.currentIndex === root.session.count - 1
    readonly property bool running: !root.session.finished

    /// Puts the keyboard on the button that goes on (Next, Check or Skip).
    function focusOnward(): void {
        if (nextButton.visible)
            nextButton.forceActiveFocus(Qt.TabFocusReason);
        else if (checkButton.visible)
            checkButton.forceActiveFocus(Qt.TabFocusReason);
        else if (skipButton.visible)
            skipButton.forceActiveFocus(Qt.TabFocusReason);
    }

    spacing: Theme.spacing

    QuizButton {
        id: previousButton
        objectName: "previousButton"
        kind: "quiet"
        visible: root.spread || root.session.currentIndex > 0
        text: root.session.finished ? qsTr("← Back to the questions") : qsTr("← Previous question")
        enabled: root.session.currentIndex > 0
        Accessible.name: root.session.finished ? qsTr("Back to the questions") : qsTr("Previous question")
        onClicked: root.session.previous()
    }
    Item {
        visible: root.spread
        Layout.fillWidth: true
    }
    QuizButton {
        id: skipButton
        objectName: "skipButton"
        kind: "quiet"
        visible: root.running && !root.itemView.answered
        text: root.last ? qsTr("Skip to the results →") : qsTr("Skip this question →")
        Accessible.name: root.last ? qsTr("Skip to the results") : qsTr("Skip this question")
        onClicked: root.session.next()
    }
    QuizButton {
        id: checkButton
        objectName: "checkButton"
        kind: "primary"
        visible: root.running && root.itemView.needsCheck
        text: qsTr("Check my answer")
        onClicked: root.itemView.check()
    }
    QuizButton {
        id: nextButton
        objectName: "nextButton"
        kind: "primary"
        visible: root.running ? root.itemView.answered : root.offerDone
        text: !root.running ? qsTr("Done") : root.last ? qsTr("See my results →") : qsTr("Next question →")
        Accessible.name: !root.running ? qsTr("Done") : root.last ? qsTr("See my results") : qsTr("Next question")
        onClicked: {
            if (root.running)
                root.session.next();
            else
                root.done();
        }
    }
}
