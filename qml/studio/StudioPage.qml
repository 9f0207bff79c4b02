// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.claimscope.Claimscope

// The case studio: a toolbar, the sections of the case on the left, the
// chosen section's form in the middle and the live problems on the right.
// Sections are loaded by address, so a section that is not there is not listed.
Page {
    id: root

    signal backRequested
    /// The case is open in the app: the lesson as a student, or presented.
    signal studyRequested
    signal presentRequested

    property CaseDocument document: CaseDocument {}
    readonly property var sectionNames: ({
            Case: qsTr("Case"),
            Articles: qsTr("Articles"),
            Actors: qsTr("Actors and camps"),
            Sources: qsTr("Sources"),
            Claims: qsTr("Claims"),
            Timeline: qsTr("Timeline"),
            Quiz: qsTr("Quiz"),
            Lesson: qsTr("Lesson")
        })
    /// The sections whose file exists, in the order a case is made.
    property var sections: []
    property string currentKey: sections.length > 0 ? sections[0] : ""
    property string status
    /// The problems list beside the form: opened by its toolbar button, or by errors the
    /// teacher has not closed it on.
    property bool problemsOpen: false
    property bool problemsClosedByHand: false
    readonly property string problemText: document.validationPending ? qsTr("Checking…") : document.problems.count === 0 ? qsTr("No problems") : qsTr("%Ln error(s)", "", document.problems.errorCount) + ", " + qsTr("%Ln warning(s)", "", document.problems.warningCount)
    property var recoverable: []
    /// A case to open as the studio starts, and the index of the section to show.
    property string startCase
    property int startSection: 0

    /// The section that owns a file: case.json -> Case, articles/x.json -> Articles...
    function sectionFor(file: string): string {
        if (file.startsWith("articles/"))
            return "Articles";
        const owners = {
            "case.json": "Case",
            "actors.json": "Actors",
            "sources.json": "Sources",
            "claims.json": "Claims",
            "timeline.json": "Timeline",
            "quiz.json": "Quiz",
            "rubric.json": "Quiz",
            "lesson.json": "Lesson"
        };
        return owners[file] ?? "";
    }
    function sectionUrl(key: string): url {
        return Qt.resolvedUrl("Studio" + key + ".qml");
    }
    function findSections(): void {
        const found = [];
        for (const key of ["Case", "Articles", "Actors", "Sources", "Claims", "Timeline", "Quiz", "Lesson"]) {
            const c = Qt.createComponent(sectionUrl(key), Component.PreferSynchronous);
            if (c.status === Component.Ready)
                found.push(key);
        }
        sections = found;
    }
    /// Shows the field of a problem: its section, then the section's field.
    function jumpTo(file: string, path: string): bool {
        const key = sectionFor(file);
        if (sections.indexOf(key) < 0) {
            status = qsTr("No section of the studio edits %1 yet.").arg(file);
            return false;
        }
        currentKey = key;
        const section = sectionLoader.item;
        // qmllint disable missing-property
        return section && typeof section.focusPath === "function" ? section.focusPath(file, path) : false;
    // qmllint enable missing-property
    }
    function report(ok: bool, done: string): void {
        status = ok ? done : document.lastError;
    }
    function save(): void {
        if (document.filePath.length === 0)
            saveDialog.open();
        else
            report(document.save(), qsTr("Saved."));
    }
    function tryIn(signalToSend: var): void {
        document.validateNow();
        if (!document.valid) {
            status = qsTr("The case has errors: mend them before trying it (see Problems).");
            return;
        }
        if (document.showIn(CaseLibrary))
            signalToSend();
        else
            status = document.lastError;
    }
    function checkRecovery(): void {
        recoverable = document.recoverableSessions();
    }

    objectName: "studioPage"
    title: document.hasCase ? qsTr("Studio: %1").arg(document.title) : qsTr("Studio")
    Accessible.name: title
    background: Rectangle {
        color: Theme.paper
    }
    Component.onCompleted: {
        findSections();
        checkRecovery();
        if (startCase.length > 0 && document.open(startCase)) {
            currentKey = sections[Math.max(0, Math.min(startSection, sections.length - 1))] ?? "";
            document.validateNow(); // the first view shows the case's problems and previews at once
        }
        loadSection();
    }
    onCurrentKeyChanged: loadSection()
    // Errors open the problems list, unless the teacher closed it.
    readonly property int errorCount: document.validationPending ? 0 : document.problems.errorCount
    onErrorCountChanged: if (errorCount > 0 && !problemsClosedByHand)
        problemsOpen = true
    readonly property bool hasCase: document.hasCase
    onHasCaseChanged: loadSection()
    // Sections take the document as a required property: it is given as the section is made.
    function loadSection(): void {
        if (hasCase && currentKey.length > 0)
            sectionLoader.setSource(sectionUrl(currentKey), {
                document: root.document
            });
        else
            sectionLoader.source = "";
    }

    Shortcut {
        sequences: [StandardKey.Undo]
        enabled: root.document.canUndo
        onActivated: root.document.undo()
    }
    Shortcut {
        sequences: [StandardKey.Redo, "Ctrl+Shift+Z"]
        enabled: root.document.canRedo
        onActivated: root.document.redo()
    }
    Shortcut {
        sequences: [StandardKey.Save]
        enabled: root.document.hasCase
        onActivated: root.save()
    }

    header: ColumnLayout {
        spacing: 0
        PageHeader {
            Layout.fillWidth: true
            title: root.title
            subtitle: root.document.hasCase ? (root.document.dirty ? qsTr("Not saved") : qsTr("Saved")) + (root.document.filePath.length > 0 ? " · " + root.document.filePath : "") : qsTr("Make a case or adapt one")
            onBackRequested: root.backRequested()
        }
        ToolBar {
            Layout.fillWidth: true
            Flow {
                width: parent.width
                spacing: 4
                ToolButton {
                    objectName: "newButton"
                    text: qsTr("New")
                    onClicked: newDialog.open()
                }
                ToolButton {
                    objectName: "openButton"
                    text: qsTr("Open folder…")
                    onClicked: openDialog.open()
                }
                ToolButton {
                    objectName: "openPackButton"
                    text: qsTr("Open pack…")
                    Accessible.name: text
                    Accessible.description: qsTr("Open a case pack to adapt it; it is saved as a copy in a folder")
                    onClicked: openPackDialog.open()
                }
                ToolButton {
                    objectName: "saveButton"
                    text: qsTr("Save")
                    enabled: root.document.hasCase
                    onClicked: root.save()
                }
                ToolButton {
                    objectName: "copyButton"
                    text: qsTr("Save as a copy…")
                    enabled: root.document.hasCase
                    onClicked: copyDialog.open()
                }
                ToolButton {
                    objectName: "exportButton"
                    text: qsTr("Export pack…")
                    enabled: root.document.hasCase
                    onClicked: exportDialog.open()
                }
                ToolSeparator {}
                ToolButton {
                    objectName: "undoButton"
                    text: qsTr("Undo")
                    enabled: root.document.canUndo
                    Accessible.name: root.document.undoText.length > 0 ? qsTr("Undo %1").arg(root.document.undoText) : qsTr("Undo")
                    onClicked: root.document.undo()
                }
                ToolButton {
                    objectName: "redoButton"
                    text: qsTr("Redo")
                    enabled: root.document.canRedo
                    Accessible.name: root.document.redoText.length > 0 ? qsTr("Redo %1").arg(root.document.redoText) : qsTr("Redo")
                    onClicked: root.document.redo()
                }
                ToolSeparator {}
                ToolButton {
                    objectName: "tryButton"
                    text: qsTr("Try as a student")
                    enabled: root.document.hasCase
                    onClicked: root.tryIn(root.studyRequested)
                }
                ToolButton {
                    objectName: "presentButton"
                    text: qsTr("Present")
                    enabled: root.document.hasCase
                    onClicked: root.tryIn(root.presentRequested)
                }
                Item {
                    Layout.fillWidth: true
                }
                ToolButton {
                    objectName: "problemsButton"
                    text: (root.document.validationPending ? "" : root.document.problems.errorCount > 0 ? "✖ " : root.document.problems.count > 0 ? "⚠ " : "✔ ") + root.problemText
                    enabled: root.document.hasCase
                    checkable: true
                    checked: root.problemsOpen
                    Accessible.name: qsTr("Problems: %1").arg(root.problemText)
                    Accessible.description: checked ? qsTr("Hide the list of problems") : qsTr("Show the list of problems")
                    onToggled: {
                        root.problemsOpen = checked;
                        root.problemsClosedByHand = !checked;
                    }
                }
            }
        }
        Label {
            objectName: "status"
            Layout.fillWidth: true
            Layout.margins: 4
            visible: root.status.length > 0
            text: root.status
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.ink
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    // Sessions a studio left unsaved when it stopped: recover or discard each.
    Pane {
        id: recoveryPane
        objectName: "recoveryPane"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 720)
        visible: root.recoverable.length > 0 && !root.document.hasCase
        z: 2
        background: Rectangle {
            color: Theme.warningPaper
            border.color: Theme.warning
            radius: Theme.radius
        }
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("The studio stopped before these cases were saved. Recover them?")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.bold: true
                color: Theme.ink
            }
            Repeater {
                model: root.recoverable
                delegate: RowLayout {
                    id: session
                    required property var modelData
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        //: %1 is the case's title, %2 when its recovery file was written
                        text: qsTr("%1 — %Ln file(s), written %2", "", session.modelData.fileCount).arg(session.modelData.title).arg(session.modelData.written)
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.ink
                    }
                    Button {
                        objectName: "recover_" + session.modelData.id
                        text: qsTr("Recover")
                        Accessible.name: qsTr("Recover %1").arg(session.modelData.title)
                        onClicked: {
                            root.report(root.document.recover(session.modelData.id), qsTr("Recovered: save it to keep it."));
                            root.checkRecovery();
                        }
                    }
                    Button {
                        objectName: "discard_" + session.modelData.id
                        text: qsTr("Discard")
                        Accessible.name: qsTr("Discard %1").arg(session.modelData.title)
                        onClicked: {
                            root.document.discardRecovery(session.modelData.id);
                            root.checkRecovery();
                        }
                    }
                }
            }
        }
    }

    // Without a case: the ways to start.
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        visible: !root.document.hasCase && !recoveryPane.visible
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Start a new case, open a case folder or pack, or adapt the case open in the app.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.ink
            font.pixelSize: Theme.fontBody
        }
        RowLayout {
            spacing: Theme.spacing
            Button {
                objectName: "startNewButton"
                text: qsTr("New case…")
                onClicked: newDialog.open()
            }
            Button {
                text: qsTr("Open folder…")
                onClicked: openDialog.open()
            }
            Button {
                text: qsTr("Open pack…")
                onClicked: openPackDialog.open()
            }
            Button {
                objectName: "adaptButton"
                text: qsTr("Adapt “%1”").arg(CaseLibrary.title)
                visible: CaseLibrary.loaded && CaseLibrary.origin.length > 0
                onClicked: root.report(root.document.open(CaseLibrary.origin), "")
            }
        }
    }

    SplitView {
        anchors.fill: parent
        visible: root.document.hasCase

        ListView {
            id: sectionList
            objectName: "sectionList"
            SplitView.preferredWidth: Math.min(200, root.width * 0.16)
            SplitView.minimumWidth: 120
            model: root.sections
            keyNavigationEnabled: true
            activeFocusOnTab: true
            currentIndex: root.sections.indexOf(root.currentKey)
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Sections of the case")
            delegate: ItemDelegate {
                required property string modelData
                required property int index
                width: ListView.view.width
                text: root.sectionNames[modelData]
                highlighted: ListView.isCurrentItem
                Accessible.name: text
                onClicked: root.currentKey = modelData
            }
            Keys.onReturnPressed: root.currentKey = root.sections[currentIndex]
            onCurrentIndexChanged: if (activeFocus && currentIndex >= 0)
                root.currentKey = root.sections[currentIndex]
        }

        Loader {
            id: sectionLoader
            objectName: "sectionLoader"
            SplitView.fillWidth: true
        }

        ColumnLayout {
            objectName: "problemPanel"
            visible: root.problemsOpen
            SplitView.preferredWidth: Math.max(220, Math.min(320, root.width * 0.22))
            SplitView.minimumWidth: 160
            spacing: 4
            Label {
                objectName: "problemSummary"
                Layout.fillWidth: true
                Layout.margins: 8
                text: root.problemText
                textFormat: Text.PlainText
                font.bold: true
                color: root.document.problems.errorCount > 0 ? Theme.danger : Theme.ink
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Problems: %1").arg(text)
            }
            ListView {
                id: problemList
                objectName: "problemList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.document.problems
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Problems of the case")
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: row
                    required property string severity
                    required property string message
                    required property string file
                    required property string path
                    required property int line
                    required property int index
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    contentItem: Label {
                        text: (row.severity === "error" ? "✖ " : "⚠ ") + row.message + "\n" + row.file + (row.line > 0 ? ":" + row.line : "") + (row.path.length > 0 ? " · " + row.path : "")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: row.severity === "error" ? Theme.danger : Theme.ink
                    }
                    Accessible.name: qsTr("%1: %2, in %3 %4").arg(row.severity).arg(row.message).arg(row.file).arg(row.path)
                    onClicked: root.jumpTo(row.file, row.path)
                }
                Keys.onReturnPressed: {
                    const m = root.document.problems;
                    const i = m.index(currentIndex, 0);
                    root.jumpTo(m.data(i, ProblemListModel.FileRole), m.data(i, ProblemListModel.PathRole));
                }
            }
        }
    }

    Dialog {
        id: newDialog
        objectName: "newDialog"
        title: qsTr("New case")
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("Title")
            }
            TextField {
                id: newTitle
                objectName: "newTitle"
                Layout.preferredWidth: 360
                Accessible.name: qsTr("Title of the new case")
                onTextEdited: newId.text = root.document.newId("case", text)
            }
            Label {
                text: qsTr("Id (letters, digits and dashes)")
            }
            TextField {
                id: newId
                objectName: "newId"
                Layout.preferredWidth: 360
                Accessible.name: qsTr("Id of the new case")
            }
        }
        onAccepted: root.report(root.document.newCase(newTitle.text, newId.text), qsTr("A new case: save it to a folder to keep it."))
    }
    FolderDialog {
        id: openDialog
        title: qsTr("Open a case folder")
        onAccepted: root.report(root.document.open(selectedFolder), "")
    }
    FileDialog {
        id: openPackDialog
        title: qsTr("Open a case pack")
        nameFilters: [qsTr("Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)"), qsTr("All files (*)")]
        onAccepted: root.report(root.document.open(selectedFile), qsTr("Opened a pack: “Save as a copy…” keeps your changes in a folder."))
    }
    FolderDialog {
        id: saveDialog
        title: qsTr("Save the case in a new or empty folder")
        onAccepted: root.report(root.document.save(selectedFolder), qsTr("Saved."))
    }
    Dialog {
        id: copyDialog
        title: qsTr("Save as a copy")
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("Title of the copy")
            }
            TextField {
                id: copyTitle
                Layout.preferredWidth: 360
                text: qsTr("%1 (copy)").arg(root.document.title)
                Accessible.name: qsTr("Title of the copy")
            }
            Label {
                text: qsTr("Id of the copy")
            }
            TextField {
                id: copyId
                Layout.preferredWidth: 360
                text: root.document.caseId + "-copy"
                Accessible.name: qsTr("Id of the copy")
            }
        }
        onAccepted: copyFolderDialog.open()
    }
    FolderDialog {
        id: copyFolderDialog
        title: qsTr("A new or empty folder for the copy")
        onAccepted: root.report(root.document.saveAsCopy(selectedFolder, copyId.text, copyTitle.text), qsTr("Saved as a copy."))
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Export the case as a pack")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "claimscope"
        nameFilters: [qsTr("Case packs (*.claimscope)")]
        onAccepted: {
            if (root.document.exportPack(selectedFile, false))
                root.status = qsTr("Exported.");
            else if (!root.document.valid)
                exportAnywayDialog.open();
            else
                root.status = root.document.lastError;
        }
    }
    MessageDialog {
        id: exportAnywayDialog
        title: qsTr("The case has errors")
        text: qsTr("The case has %Ln error(s): the app will refuse the pack until they are mended. Export it anyway?", "", root.document.problems.errorCount)
        buttons: MessageDialog.Yes | MessageDialog.No
        onButtonClicked: (button, role) => {
            if (button === MessageDialog.Yes)
                root.report(root.document.exportPack(exportDialog.selectedFile, true), qsTr("Exported, with errors."));
        }
    }
}
