// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A list of ids (a claim's targets, an event's sources): the chosen ones as
// removable chips, and a combo to add one of `options` (strings or
// { value, text }). Each add or removal is one undo step. With `itemKey`
// the items are objects ({ "source": id }: a source reference) whose other
// keys are kept.
ColumnLayout {
    id: root

    required property CaseDocument document
    required property string file
    required property string path
    property string label
    property var options: []
    property bool optional: true
    property alias input: adder
    property string itemKey
    property var ids: []
    property var items: []

    function textOf(id: string): string {
        for (const o of root.options) {
            if (typeof o === "string" ? o === id : o.value === id)
                return typeof o === "string" ? o : o.text;
        }
        return id;
    }
    function load(): void {
        const v = root.document ? root.document.value(root.file, root.path) : undefined;
        root.items = Array.isArray(v) ? Array.from(v) : [];
        root.ids = root.items.map(x => String(root.itemKey.length > 0 ? (x[root.itemKey] ?? "") : x));
    }
    function write(list: var): void {
        if (list.length === 0 && root.optional)
            root.document.unset(root.file, root.path);
        else
            root.document.setValue(root.file, root.path, list);
        root.document.endEdit();
    }
    function add(id: string): void {
        if (id.length === 0 || root.ids.indexOf(id) >= 0)
            return;
        const item = root.itemKey.length > 0 ? {} : id;
        if (root.itemKey.length > 0)
            item[root.itemKey] = id;
        write(root.items.concat([item]));
    }
    function removeAt(index: int): void {
        const list = root.items.slice();
        list.splice(index, 1);
        write(list);
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
    Flow {
        spacing: Theme.spacing / 2
        Layout.fillWidth: true
        Repeater {
            model: root.ids
            delegate: Button {
                id: chip
                required property string modelData
                required property int index
                objectName: "chip_" + modelData
                text: root.textOf(modelData) + "  ✕"
                flat: true
                // A name from the case: shown literally, never as markup.
                contentItem: Label {
                    text: chip.text
                    textFormat: Text.PlainText
                    font: chip.font
                    color: Theme.ink
                    verticalAlignment: Text.AlignVCenter
                }
                Accessible.name: qsTr("Remove %1 from %2").arg(root.textOf(modelData)).arg(root.label)
                onClicked: root.removeAt(index)
            }
        }
    }
    PlainComboBox {
        id: adder
        objectName: "input"
        Layout.fillWidth: true
        readonly property var free: {
            const list = [
                {
                    value: "",
                    text: qsTr("Add…")
                }
            ];
            for (const o of root.options) {
                const e = typeof o === "string" ? {
                    value: o,
                    text: o
                } : o;
                if (root.ids.indexOf(e.value) < 0)
                    list.push(e);
            }
            return list;
        }
        model: free
        textRole: "text"
        valueRole: "value"
        Accessible.name: qsTr("Add to %1").arg(root.label)
        Accessible.description: problems.text
        onActivated: index => {
            const e = free[index];
            currentIndex = 0;
            if (e)
                root.add(e.value);
        }
    }
    StudioFieldProblems {
        id: problems
        objectName: "problems"
        document: root.document
        file: root.file
        path: root.path
        nested: true
        Layout.fillWidth: true
    }
}
