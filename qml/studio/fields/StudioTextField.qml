// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// One line of a case file: a label, the text and the field's problems. Typing
// writes through document.setValue (one undo step until the field loses focus);
// an optional field left empty is removed; `number` stores a number.
ColumnLayout {
    id: root

    required property CaseDocument document
    required property string file
    required property string path
    property string label
    property string placeholder
    property bool optional: true
    property bool number: false
    /// A date (YYYY-MM-DD): a calendar beside the field picks one.
    property bool calendar: false
    property alias input: input
    readonly property string text: input.text

    function load(): void {
        const v = root.document ? root.document.value(root.file, root.path) : undefined;
        const s = v === undefined || v === null ? "" : String(v);
        if (s !== input.text)
            input.text = s;
    }
    function write(): void {
        const t = input.text;
        if (t.length === 0 && root.optional) {
            if (root.document.value(root.file, root.path) !== undefined)
                root.document.unset(root.file, root.path);
            return;
        }
        if (root.number) {
            const n = Number(t);
            if (t.trim().length > 0 && !isNaN(n))
                root.document.setValue(root.file, root.path, n);
            return;
        }
        root.document.setValue(root.file, root.path, t);
    }

    spacing: 4
    onFileChanged: load()
    onPathChanged: load()
    Component.onCompleted: load()

    Connections {
        target: root.document
        function onRevisionChanged(): void {
            root.load();
        }
    }

    Label {
        text: root.label
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        visible: text.length > 0
        font.pixelSize: Theme.fontSmall
        color: Theme.inkMuted
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        TextField {
            id: input
            objectName: "input"
            Layout.fillWidth: true
            placeholderText: root.placeholder
            inputMethodHints: root.number ? Qt.ImhFormattedNumbersOnly : root.calendar ? Qt.ImhDate : Qt.ImhNone
            Accessible.name: root.label
            Accessible.description: problems.text
            onTextEdited: root.write()
            onActiveFocusChanged: if (!activeFocus && root.document)
                root.document.endEdit()
        }
        Loader {
            active: root.calendar
            visible: active
            sourceComponent: CalendarButton {
                objectName: "calendarButton"
                date: input.text
                document: root.document
                fieldLabel: root.label
                onPicked: picked => {
                    input.text = picked;
                    root.write();
                    root.document.endEdit();
                    input.forceActiveFocus();
                }
            }
        }
    }
    StudioFieldProblems {
        id: problems
        objectName: "problems"
        document: root.document
        file: root.file
        path: root.path
        Layout.fillWidth: true
    }
}
