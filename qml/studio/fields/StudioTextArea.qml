// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// Several lines of a case file (a description, a note, a step's text): as
// StudioTextField, with Tab moving on rather than typing a tab.
ColumnLayout {
    id: root

    required property CaseDocument document
    required property string file
    required property string path
    property string label
    property string placeholder
    property bool optional: true
    property int minimumLines: 3
    property alias input: input
    readonly property string text: input.text

    function load(): void {
        const v = root.document ? root.document.value(root.file, root.path) : undefined;
        const s = v === undefined || v === null ? "" : String(v);
        if (s !== input.text)
            input.text = s;
    }
    function write(): void {
        if (input.text.length === 0 && root.optional) {
            if (root.document.value(root.file, root.path) !== undefined)
                root.document.unset(root.file, root.path);
            return;
        }
        root.document.setValue(root.file, root.path, input.text);
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
    TextArea {
        id: input
        objectName: "input"
        Layout.fillWidth: true
        Layout.minimumHeight: font.pixelSize * 1.5 * root.minimumLines
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.PlainText
        placeholderText: root.placeholder
        Accessible.name: root.label
        Accessible.description: problems.text
        KeyNavigation.priority: KeyNavigation.BeforeItem
        Keys.onTabPressed: event => {
            nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
        }
        Keys.onBacktabPressed: event => {
            nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason);
        }
        // TextArea has no textEdited: compare with the file so loading does not write.
        onTextChanged: {
            if (!activeFocus || !root.document)
                return;
            const v = root.document.value(root.file, root.path);
            if ((v === undefined ? "" : String(v)) !== text)
                root.write();
        }
        onActiveFocusChanged: if (!activeFocus && root.document)
            root.document.endEdit()
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
