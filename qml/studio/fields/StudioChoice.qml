// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A choice from a fixed list (an enum of the case format) or from ids: each
// option is a string or { value, text }. With `optional`, a first "none"
// entry removes the key. Choosing writes at once, one undo step.
ColumnLayout {
    id: root

    required property CaseDocument document
    required property string file
    required property string path
    property string label
    property var options: []
    property bool optional: false
    property string noneText: qsTr("(none)")
    property alias input: combo
    readonly property string value: current

    property string current
    readonly property var entries: {
        const list = root.optional ? [
            {
                value: "",
                text: root.noneText
            }
        ] : [];
        for (const o of root.options)
            list.push(typeof o === "string" ? {
                value: o,
                text: o
            } : o);
        // A value the list does not know stays visible, so that it can be seen and changed.
        if (root.current.length > 0 && !list.some(e => e.value === root.current))
            list.push({
                value: root.current,
                text: root.current
            });
        return list;
    }

    function load(): void {
        const v = root.document ? root.document.value(root.file, root.path) : undefined;
        root.current = v === undefined || v === null ? "" : String(v);
    }
    function choose(index: int): void {
        const e = root.entries[index];
        if (!e || e.value === root.current)
            return;
        if (e.value.length === 0)
            root.document.unset(root.file, root.path);
        else
            root.document.setValue(root.file, root.path, e.value);
        root.document.endEdit();
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
    PlainComboBox {
        id: combo
        objectName: "input"
        Layout.fillWidth: true
        model: root.entries
        textRole: "text"
        valueRole: "value"
        currentIndex: root.entries.findIndex(e => e.value === root.current)
        Accessible.name: root.label
        Accessible.description: problems.text
        onActivated: index => root.choose(index)
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
