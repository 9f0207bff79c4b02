// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The studio's Lesson section: lesson.json's chapters and steps in an outline
// (reorder by dragging a row's handle or with its move buttons), the chosen
// chapter's or step's form beside it, and the lesson's estimated length.
FocusScope {
    id: root

    required property CaseDocument document

    readonly property string file: "lesson.json"
    property var chapters: []
    /// The chosen row: a chapter (step -1) or one of its steps.
    property int chapter: chapters.length > 0 ? 0 : -1
    property int step: -1
    readonly property string selectedPath: chapter < 0 ? "" : step < 0 ? "chapters[" + chapter + "]" : "chapters[" + chapter + "].steps[" + step + "]"
    readonly property var selectedStep: chapter >= 0 && step >= 0 && chapter < chapters.length ? (chapters[chapter].steps ?? [])[step] ?? null : null
    readonly property var stepKinds: ["narrative", "article", "blame", "coverage", "quiz", "reveal"]
    readonly property int rowHeight: 44
    readonly property alias estimate: estimate

    function load(): void {
        const v = document.value(file, "chapters");
        chapters = Array.isArray(v) ? Array.from(v) : [];
        if (chapter >= chapters.length)
            chapter = chapters.length - 1;
        if (chapter >= 0 && step >= (chapters[chapter].steps ?? []).length)
            step = -1;
    }
    function ids(file: string, key: string): var {
        const v = document.value(file, key);
        return Array.isArray(v) ? Array.from(v).map(o => ({
                    value: String(o.id),
                    text: o.title ?? o.prompt ?? o.statement ?? String(o.id)
                })) : [];
    }
    /// Shows and focuses the field of `path` in lesson.json; false if it is not here.
    function focusPath(file: string, path: string): bool {
        if (file !== root.file)
            return false;
        const m = /^chapters\[(\d+)\](?:\.steps\[(\d+)\])?(?:\.(\w+))?/.exec(path);
        if (!m) {
            outline.forceActiveFocus();
            return path.length === 0 || path === "chapters";
        }
        chapter = Number(m[1]);
        step = m[2] === undefined ? -1 : Number(m[2]);
        const key = m[3] ?? "title";
        Qt.callLater(() => {
            const field = root.findField(key);
            if (field)
                field.input.forceActiveFocus();
        });
        return true;
    }
    function findField(key: string): Item {
        const form = formLoader.item;
        if (!form)
            return null;
        // qmllint disable missing-property
        const fields = form.fields ?? [];
        // qmllint enable missing-property
        for (const child of fields)
            if (child.objectName === key + "Field")
                return child;
        return fields[0] ?? null;
    }
    function addChapter(): void {
        const id = document.newId("chapter", "chapter");
        if (document.insert(file, "chapters", -1, {
            id: id,
            title: qsTr("New chapter"),
            summary: "",
            steps: []
        })) {
            chapter = chapters.length - 1;
            step = -1;
        }
    }
    function addStep(c: int): void {
        const id = document.newId("step", "step");
        if (document.insert(file, "chapters[" + c + "].steps", -1, {
            id: id,
            kind: "narrative",
            title: qsTr("New step"),
            text: "",
            presenterNotes: ""
        })) {
            chapter = c;
            step = (chapters[c].steps ?? []).length - 1;
        }
    }
    /// Moves chapter `c` (step -1) or its step `s` by `delta`, keeping it chosen and the focus on `focusName`.
    function moveRow(c: int, s: int, delta: int, focusName: string): void {
        const arrayPath = s < 0 ? "chapters" : "chapters[" + c + "].steps";
        const from = s < 0 ? c : s;
        const count = s < 0 ? chapters.length : (chapters[c].steps ?? []).length;
        const to = Math.max(0, Math.min(count - 1, from + delta));
        if (to === from || !document.move(file, arrayPath, from, to))
            return;
        chapter = s < 0 ? to : c;
        step = s < 0 ? -1 : to;
        if (focusName.length > 0)
            Qt.callLater(() => {
                const row = root.rowItem(root.chapter, root.step);
                const button = row ? row.button(focusName) : null;
                if (button && button.enabled)
                    button.forceActiveFocus();
                else if (row)
                    row.forceActiveFocus();
            });
    }
    function rowItem(c: int, s: int): Item {
        const chapterItem = chapterRepeater.itemAt(c);
        if (!chapterItem)
            return null;
        // qmllint disable missing-property
        return s < 0 ? chapterItem.header : chapterItem.stepItem(s);
    // qmllint enable missing-property
    }
    function removeRow(c: int, s: int): void {
        if (s < 0)
            document.remove(file, "chapters", c);
        else
            document.remove(file, "chapters[" + c + "].steps", s);
        step = -1;
    }

    Component.onCompleted: load()
    Connections {
        target: root.document
        function onRevisionChanged(): void {
            root.load();
        }
    }
    LessonEstimate {
        id: estimate
        document: root.document
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The outline: chapters and their steps.
        ColumnLayout {
            Layout.preferredWidth: Math.min(460, root.width * 0.48)
            Layout.fillHeight: true
            spacing: 4
            Label {
                objectName: "estimate"
                Layout.fillWidth: true
                Layout.margins: 8
                text: qsTr("About %Ln minute(s)", "", estimate.minutes) + " · " + qsTr("%1 words at %2 a minute, %Ln question(s)", "", estimate.questions).arg(LanguageManager.number(estimate.words)).arg(LanguageManager.number(estimate.wordsPerMinute))
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.bold: true
                color: Theme.ink
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Estimated length: %1").arg(text)
            }
            ScrollView {
                id: outline
                contentWidth: availableWidth
                objectName: "outline"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                Column {
                    width: outline.availableWidth
                    spacing: 6
                    Repeater {
                        id: chapterRepeater
                        model: root.chapters
                        delegate: Column {
                            id: chapterBox
                            required property var modelData
                            required property int index
                            readonly property var steps: modelData.steps ?? []
                            property alias header: chapterRow
                            function stepItem(s: int): Item {
                                return stepRepeater.itemAt(s);
                            }
                            width: parent.width
                            spacing: 2
                            OutlineRow {
                                id: chapterRow
                                chapterIndex: chapterBox.index
                                stepIndex: -1
                                count: root.chapters.length
                                label: LanguageManager.number(chapterBox.index + 1) + ". " + (chapterBox.modelData.title ?? "") + (estimate.chapterMinutes.length > chapterBox.index ? "  · " + qsTr("%Ln min", "", estimate.chapterMinutes[chapterBox.index]) : "")
                                bold: true
                            }
                            Repeater {
                                id: stepRepeater
                                model: chapterBox.steps
                                delegate: OutlineRow {
                                    required property var modelData
                                    required property int index
                                    chapterIndex: chapterBox.index
                                    stepIndex: index
                                    count: chapterBox.steps.length
                                    label: "   " + (index + 1) + ". " + (modelData.title ?? "") + " (" + (modelData.kind ?? "") + ")"
                                }
                            }
                            Button {
                                objectName: "addStep_" + chapterBox.index
                                text: qsTr("+ Step")
                                flat: true
                                Accessible.name: qsTr("Add a step to chapter %1").arg(LanguageManager.number(chapterBox.index + 1))
                                onClicked: root.addStep(chapterBox.index)
                            }
                        }
                    }
                    Button {
                        objectName: "addChapter"
                        text: qsTr("+ Chapter")
                        Accessible.name: qsTr("Add a chapter")
                        onClicked: root.addChapter()
                    }
                }
            }
        }
        ToolSeparator {
            orientation: Qt.Vertical
            Layout.fillHeight: true
        }
        // The form of the chosen row.
        Loader {
            id: formLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: root.chapter < 0 ? null : root.step < 0 ? chapterForm : stepForm
        }
    }

    // One row of the outline: choose it, drag its handle, move it, remove it.
    component OutlineRow: FocusScope {
        id: row
        required property int chapterIndex
        required property int stepIndex
        required property int count
        property string label
        property bool bold: false
        readonly property int position: stepIndex < 0 ? chapterIndex : stepIndex
        readonly property bool chosen: root.chapter === chapterIndex && root.step === stepIndex
        function button(name: string): Item {
            return name === "up" ? upButton : name === "down" ? downButton : chooseButton;
        }
        objectName: "row_" + chapterIndex + "_" + stepIndex
        width: parent ? parent.width : 0
        height: root.rowHeight
        Rectangle {
            anchors.fill: parent
            color: row.chosen ? Theme.selection : "transparent"
            radius: 4
        }
        RowLayout {
            anchors.fill: parent
            spacing: 2
            Label {
                id: handle
                text: "≡"
                Layout.preferredWidth: 24
                horizontalAlignment: Text.AlignHCenter
                color: Theme.inkMuted
                Accessible.ignored: true
                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.SizeVerCursor
                    // The outline scrolls: a drag on the handle moves the row instead.
                    preventStealing: true
                    property real pressY: 0
                    onPressed: mouse => pressY = mouse.y
                    // Dropped rows away: the row moves that many places.
                    onReleased: mouse => root.moveRow(row.chapterIndex, row.stepIndex, Math.round((mouse.y - pressY) / root.rowHeight), "")
                }
            }
            Button {
                id: chooseButton
                objectName: "choose"
                Layout.fillWidth: true
                flat: true
                focus: true
                text: row.label
                font.bold: row.bold
                contentItem: Label {
                    text: chooseButton.text
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font: chooseButton.font
                    color: Theme.ink
                    verticalAlignment: Text.AlignVCenter
                }
                Accessible.name: row.label.trim()
                onClicked: {
                    root.chapter = row.chapterIndex;
                    root.step = row.stepIndex;
                }
            }
            ToolButton {
                id: upButton
                implicitWidth: 32
                objectName: "up"
                text: "↑"
                enabled: row.position > 0
                Accessible.name: qsTr("Move %1 up").arg(row.label.trim())
                onClicked: root.moveRow(row.chapterIndex, row.stepIndex, -1, "up")
            }
            ToolButton {
                id: downButton
                implicitWidth: 32
                objectName: "down"
                text: "↓"
                enabled: row.position < row.count - 1
                Accessible.name: qsTr("Move %1 down").arg(row.label.trim())
                onClicked: root.moveRow(row.chapterIndex, row.stepIndex, 1, "down")
            }
            ToolButton {
                objectName: "remove"
                implicitWidth: 32
                text: "✕"
                Accessible.name: qsTr("Remove %1").arg(row.label.trim())
                onClicked: root.removeRow(row.chapterIndex, row.stepIndex)
            }
        }
        // Alt+Up and Alt+Down move the focused row.
        Keys.onPressed: event => {
            if ((event.modifiers & Qt.AltModifier) && (event.key === Qt.Key_Up || event.key === Qt.Key_Down)) {
                root.moveRow(row.chapterIndex, row.stepIndex, event.key === Qt.Key_Up ? -1 : 1, "choose");
                event.accepted = true;
            }
        }
    }

    Component {
        id: chapterForm
        ScrollView {
            id: chapterScroll
            contentWidth: availableWidth
            readonly property var fields: [titleField, idField, summaryField]
            clip: true
            ColumnLayout {
                width: chapterScroll.availableWidth - 2 * Theme.spacing
                x: Theme.spacing
                spacing: Theme.spacing
                StudioTextField {
                    id: titleField
                    objectName: "titleField"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".title"
                    label: qsTr("Chapter title")
                    optional: false
                }
                StudioTextField {
                    id: idField
                    objectName: "idField"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".id"
                    label: qsTr("Id")
                    optional: false
                }
                StudioTextArea {
                    id: summaryField
                    objectName: "summaryField"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".summary"
                    label: qsTr("Summary")
                    optional: false
                }
            }
        }
    }

    Component {
        id: stepForm
        ScrollView {
            id: stepScroll
            contentWidth: availableWidth
            readonly property string kind: root.selectedStep?.kind ?? ""
            readonly property var fields: [titleField, idField, kindField, textField, presenterNotesField, articleField, cutoffField, modeField, focusField, quizField, revealField, laterField]
            clip: true
            ColumnLayout {
                width: stepScroll.availableWidth - 2 * Theme.spacing
                x: Theme.spacing
                spacing: Theme.spacing
                StudioTextField {
                    id: titleField
                    objectName: "titleField"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".title"
                    label: qsTr("Step title")
                    optional: false
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    StudioTextField {
                        id: idField
                        objectName: "idField"
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: root.selectedPath + ".id"
                        label: qsTr("Id")
                        optional: false
                    }
                    StudioChoice {
                        id: kindField
                        objectName: "kindField"
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: root.selectedPath + ".kind"
                        label: qsTr("Kind of step")
                        options: root.stepKinds
                    }
                }
                StudioTextArea {
                    id: textField
                    objectName: "textField"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".text"
                    label: qsTr("Text (what the class reads)")
                    optional: false
                }
                StudioChoice {
                    id: articleField
                    objectName: "articleField"
                    visible: stepScroll.kind === "article"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".article"
                    label: qsTr("Article shown")
                    options: root.document.articleIds
                    optional: true
                }
                StudioTextField {
                    id: cutoffField
                    objectName: "cutoffField"
                    visible: stepScroll.kind === "blame" || stepScroll.kind === "coverage"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".cutoff"
                    label: qsTr("Date the view shows (YYYY-MM-DD; empty: the whole period)")
                }
                StudioChoice {
                    id: modeField
                    objectName: "modeField"
                    visible: stepScroll.kind === "blame"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".mode"
                    label: qsTr("View")
                    options: [
                        {
                            value: "camps",
                            text: qsTr("Camps")
                        },
                        {
                            value: "actors",
                            text: qsTr("Every actor")
                        },
                        {
                            value: "matrix",
                            text: qsTr("Who × whom matrix")
                        }
                    ]
                    optional: true
                    noneText: qsTr("(the app's default)")
                }
                // The focus: a camp, an actor or the claims about an actor, then which one.
                ColumnLayout {
                    id: focusField
                    objectName: "focusField"
                    readonly property var focusValue: root.document.revision >= 0 ? root.document.value(root.file, root.selectedPath + ".focus") : undefined
                    readonly property string kind: focusValue && typeof focusValue === "object" ? (Object.keys(focusValue)[0] ?? "") : ""
                    readonly property Item input: focusKind
                    readonly property var kinds: [
                        {
                            value: "",
                            text: qsTr("(the largest arrow)")
                        },
                        {
                            value: "camp",
                            text: qsTr("A camp: its claims, made and received")
                        },
                        {
                            value: "actor",
                            text: qsTr("An actor: its claims, made and received")
                        },
                        {
                            value: "about",
                            text: qsTr("The claims about an actor")
                        }
                    ]
                    function options(kind: string): var {
                        return (root.document.value("actors.json", kind === "camp" ? "camps" : "actors") ?? []).map(o => ({
                                    value: String(o.id),
                                    text: o.name ?? String(o.id)
                                }));
                    }
                    visible: stepScroll.kind === "blame"
                    Layout.fillWidth: true
                    spacing: 4
                    Label {
                        text: qsTr("What the view focuses on")
                        color: Theme.inkMuted
                    }
                    ComboBox {
                        id: focusKind
                        objectName: "focusKind"
                        Layout.fillWidth: true
                        model: focusField.kinds
                        textRole: "text"
                        valueRole: "value"
                        currentIndex: focusField.kinds.findIndex(k => k.value === focusField.kind)
                        Accessible.name: qsTr("What the view focuses on")
                        onActivated: index => {
                            const kind = focusField.kinds[index].value;
                            if (kind === focusField.kind)
                                return;
                            if (kind === "") {
                                root.document.unset(root.file, root.selectedPath + ".focus");
                            } else {
                                // The same id when it still fits (actor ↔ about), else the first of its list.
                                const old = focusField.kind.length > 0 ? String(focusField.focusValue[focusField.kind]) : "";
                                const choices = focusField.options(kind);
                                const keep = choices.some(c => c.value === old);
                                const value = {};
                                value[kind] = keep ? old : (choices[0]?.value ?? "");
                                root.document.setValue(root.file, root.selectedPath + ".focus", value);
                            }
                            root.document.endEdit();
                        }
                    }
                    StudioChoice {
                        objectName: "focusIdField"
                        visible: focusField.kind.length > 0
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: root.selectedPath + ".focus." + (focusField.kind.length > 0 ? focusField.kind : "camp")
                        label: focusField.kind === "camp" ? qsTr("Camp") : qsTr("Actor")
                        options: root.document.revision >= 0 && focusField.kind.length > 0 ? focusField.options(focusField.kind) : []
                        optional: false
                    }
                }
                StudioIdList {
                    id: quizField
                    objectName: "quizField"
                    visible: stepScroll.kind === "quiz"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".quiz"
                    label: qsTr("Questions asked")
                    options: root.document.revision >= 0 ? root.ids("quiz.json", "items") : []
                    optional: false
                }
                StudioTextArea {
                    id: revealField
                    objectName: "revealField"
                    visible: stepScroll.kind === "reveal"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".reveal"
                    label: qsTr("Revealed when asked")
                }
                StudioTextArea {
                    id: presenterNotesField
                    objectName: "presenterNotesField"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".presenterNotes"
                    label: qsTr("Presenter notes")
                    optional: false
                }
                StudioIdList {
                    id: laterField
                    objectName: "laterField"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.selectedPath + ".later"
                    label: qsTr("Later developments shown under the text")
                    options: root.document.revision >= 0 ? root.ids("timeline.json", "laterDevelopments") : []
                }
            }
        }
    }
}
