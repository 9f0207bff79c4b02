// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// Who is working: the profiles on this computer, a new one (a name is
// optional), then "continue where I stopped" or "start over".
Page {
    id: root

    /// The student chose where to begin: a lesson step (0 after starting over).
    signal lessonRequested(int step)
    signal resultsRequested
    signal backRequested

    /// After picking a profile that has progress: continue or start over.
    readonly property bool choosing: StudentProgress.hasProfile && StudentProgress.started

    background: Rectangle {
        color: Theme.paper
    }

    function pick(id: string): void {
        if (!StudentProgress.selectProfile(id))
            return;
        if (!StudentProgress.started)
            root.lessonRequested(0);
        else
            Qt.callLater(() => continueButton.forceActiveFocus());
    }
    function create(name: string): void {
        StudentProgress.createProfile(name);
        nameField.text = "";
        root.lessonRequested(0);
    }
    function boosterText(at: date, available: bool): string {
        if (available)
            return qsTr("booster check open now");
        //: A short weekday, date and time, as in "Mon 23 Nov, 14:05".
        const format = qsTr("ddd d MMM, HH:mm", "date format");
        return qsTr("booster check from %1").arg(at.toLocaleString(Qt.locale(), format));
    }

    // The page's title is its accessible name too.
    Accessible.name: root.title
    title: root.choosing ? PackText.plain(qsTr("Welcome back, %1"), [StudentProgress.displayName]) : qsTr("Who is working?")
    header: PageHeader {
        title: root.title
        subtitle: StudentProgress.sample ? qsTr("SAMPLE PROFILES — made up to show this page; nothing is saved") : qsTr("Progress is saved on this computer only, for each name.")
        onBackRequested: {
            if (root.choosing)
                StudentProgress.leaveProfile();
            else
                root.backRequested();
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.spacing
            width: Math.min(flick.width - 2 * Theme.margin, 1000)
            spacing: Theme.spacing

            ProgressProblems {
                Layout.fillWidth: true
            }

            // ---- Continue or start over ----
            ColumnLayout {
                Layout.fillWidth: true
                visible: root.choosing
                spacing: Theme.spacing
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: StudentProgress.lessonFinished ? qsTr("You have finished the lesson. You can look at your results, go through it again, or start over.") : qsTr("You stopped at step %1 of %2, with %3 of %4 checks answered.").arg(StudentProgress.resumeStep + 1).arg(LanguageManager.number(CaseLibrary.lesson.count)).arg(LanguageManager.number(StudentProgress.lessonResults.answered)).arg(LanguageManager.number(StudentProgress.lessonResults.items))
                    font.pixelSize: Theme.fontLarge
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    QuizButton {
                        id: continueButton
                        objectName: "continueButton"
                        kind: "primary"
                        text: qsTr("Continue where I stopped")
                        onClicked: root.lessonRequested(StudentProgress.resumeStep)
                    }
                    QuizButton {
                        objectName: "resultsButton"
                        visible: StudentProgress.lessonResults.answered > 0
                        text: qsTr("See my results")
                        onClicked: root.resultsRequested()
                    }
                    QuizButton {
                        objectName: "startOverButton"
                        kind: "quiet"
                        text: qsTr("Start over…")
                        Accessible.name: qsTr("Start over, forgetting this progress")
                        onClicked: startOverDialog.open()
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    QuizButton {
                        kind: "quiet"
                        text: qsTr("Not me")
                        Accessible.name: qsTr("Not me: back to the list of names")
                        onClicked: StudentProgress.leaveProfile()
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: StudentProgress.lessonFinished
                    text: StudentProgress.boosterFinished ? qsTr("Booster check done.") : root.boosterText(StudentProgress.boosterAvailableAt, StudentProgress.boosterAvailable)
                    font.pixelSize: Theme.fontBody
                    color: Theme.inkMuted
                    wrapMode: Text.WordWrap
                }
            }

            // ---- The list and a new profile ----
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: !root.choosing
                text: qsTr("New here? Type a name or nickname, or go on without one.")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                visible: !root.choosing
                spacing: Theme.spacing
                TextField {
                    id: nameField
                    objectName: "nameField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Name or nickname (optional)")
                    font.pixelSize: Theme.fontBody
                    maximumLength: 80
                    focus: true
                    Accessible.name: qsTr("Name or nickname, optional")
                    onAccepted: root.create(text)
                }
                QuizButton {
                    objectName: "createButton"
                    kind: "primary"
                    enabled: nameField.text.trim().length > 0
                    text: qsTr("Start")
                    Accessible.name: enabled ? PackText.plain(qsTr("Start as %1"), [nameField.text.trim()]) : qsTr("Start: type a name first")
                    onClicked: root.create(nameField.text)
                }
                QuizButton {
                    objectName: "anonymousButton"
                    text: qsTr("Continue without a name")
                    onClicked: root.create("")
                }
            }

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: !root.choosing && StudentProgress.profiles.length > 0
                text: qsTr("Already started? Pick your name.")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                objectName: "profileRepeater"
                model: root.choosing ? [] : StudentProgress.profiles
                delegate: Rectangle {
                    id: row
                    required property profileSummary modelData
                    readonly property string status: {
                        const p = row.modelData;
                        if (!p.started)
                            return qsTr("Not started yet");
                        if (p.lessonFinished)
                            return p.boosterFinished ? qsTr("Lesson finished · booster check done") : qsTr("Lesson finished · %1").arg(root.boosterText(p.boosterAvailableAt, p.boosterAvailable));
                        return qsTr("Step %1 of %2 · %3 of %4 checks answered").arg(LanguageManager.number(p.step + 1)).arg(LanguageManager.number(p.steps)).arg(LanguageManager.number(p.answered)).arg(LanguageManager.number(p.items));
                    }
                    Layout.fillWidth: true
                    implicitHeight: rowLayout.implicitHeight + 20
                    radius: Theme.radius
                    color: Theme.card
                    border.color: Theme.line
                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.margins: 10
                        anchors.leftMargin: Theme.spacing
                        spacing: Theme.spacing
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: row.modelData.displayName
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                                font.italic: row.modelData.name.length === 0
                                color: Theme.ink
                                elide: Text.ElideRight
                            }
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: row.status
                                font.pixelSize: Theme.fontSmall
                                color: Theme.inkMuted
                                elide: Text.ElideRight
                            }
                        }
                        QuizButton {
                            objectName: "pickButton"
                            kind: "primary"
                            text: row.modelData.started ? qsTr("Continue") : qsTr("Start")
                            Accessible.name: qsTr("%1: %2").arg(text).arg(row.modelData.displayName)
                            onClicked: root.pick(row.modelData.id)
                        }
                        QuizButton {
                            visible: row.modelData.answered > 0
                            text: qsTr("Results")
                            Accessible.name: qsTr("Results of %1").arg(row.modelData.displayName)
                            onClicked: {
                                if (StudentProgress.selectProfile(row.modelData.id))
                                    root.resultsRequested();
                            }
                        }
                        QuizButton {
                            objectName: "removeButton"
                            kind: "quiet"
                            text: qsTr("Remove…")
                            Accessible.name: qsTr("Remove %1 and their progress").arg(row.modelData.displayName)
                            onClicked: {
                                removeDialog.profileId = row.modelData.id;
                                removeDialog.profileName = row.modelData.displayName;
                                removeDialog.open();
                            }
                        }
                    }
                }
            }
        }
    }

    Dialog {
        id: removeDialog
        objectName: "removeDialog"
        StillTransitions {
            popup: removeDialog
        }
        property string profileId
        property string profileName
        anchors.centerIn: Overlay.overlay
        width: Math.min(root.width - 2 * Theme.margin, 640)
        modal: true
        title: PackText.plain(qsTr("Remove %1?"), [profileName])
        standardButtons: Dialog.Cancel | Dialog.Yes
        // The title holds a name someone typed: shown literally.
        header: Label {
            textFormat: Text.PlainText
            text: removeDialog.title
            elide: Text.ElideRight
            padding: 24
            bottomPadding: 0
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.ink
        }
        Label {
            textFormat: Text.PlainText
            width: parent.width
            text: qsTr("The name and all of its progress and results are deleted from this computer. This cannot be undone.")
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        onAccepted: StudentProgress.removeProfile(profileId)
    }
    StartOverDialog {
        id: startOverDialog
        onConfirmed: {
            StudentProgress.startOver();
            root.lessonRequested(0);
        }
    }
}
