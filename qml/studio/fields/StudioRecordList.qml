// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The records of an array in a case file (a timeline's events, the quiz's
// items): choose one, add, remove, and move it up or down (the buttons, or
// Alt+Up and Alt+Down in the list). `describe` turns a record into its row's
// text; `makeRecord` makes a new one.
ColumnLayout {
    id: root

    required property CaseDocument document
    required property string file
    required property string arrayPath
    property string label
    property var describe: record => String(record?.title ?? record?.id ?? "")
    property var makeRecord: () => ({})
    property int currentIndex: -1
    readonly property string currentPath: currentIndex >= 0 ? arrayPath + "[" + currentIndex + "]" : ""
    property var records: []
    readonly property alias list: list

    function load(): void {
        const v = document ? document.value(file, arrayPath) : undefined;
        records = Array.isArray(v) ? Array.from(v) : [];
        // The first record at first; the last when the current one was removed.
        if (currentIndex >= records.length)
            currentIndex = records.length - 1;
        else if (currentIndex < 0 && records.length > 0)
            currentIndex = 0;
    }
    function add(): void {
        // qmllint disable use-proper-function
        if (document.insert(file, arrayPath, -1, makeRecord()))
            // qmllint enable use-proper-function
            currentIndex = records.length - 1;
    }
    function removeCurrent(): void {
        if (currentIndex >= 0 && document.remove(file, arrayPath, currentIndex))
            currentIndex = Math.min(currentIndex, records.length - 1);
    }
    function moveCurrent(delta: int): void {
        const to = currentIndex + delta;
        if (currentIndex < 0 || to < 0 || to >= records.length)
            return;
        if (document.move(file, arrayPath, currentIndex, to))
            currentIndex = to;
    }

    spacing: 4
    onArrayPathChanged: load()
    Component.onCompleted: load()
    Connections {
        target: root.document
        function onRevisionChanged(): void {
            root.load();
        }
    }

    Label {
        text: root.label
        visible: text.length > 0
        textFormat: Text.PlainText
        font.bold: true
        color: Theme.ink
        Layout.fillWidth: true
    }
    ListView {
        id: list
        objectName: "records"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 120
        clip: true
        model: root.records
        currentIndex: root.currentIndex
        keyNavigationEnabled: true
        activeFocusOnTab: true
        highlightFollowsCurrentItem: true
        Accessible.role: Accessible.List
        Accessible.name: root.label
        ScrollBar.vertical: ScrollBar {}
        onCurrentIndexChanged: if (activeFocus)
            root.currentIndex = currentIndex
        Keys.onPressed: event => {
            if ((event.modifiers & Qt.AltModifier) && (event.key === Qt.Key_Up || event.key === Qt.Key_Down)) {
                root.moveCurrent(event.key === Qt.Key_Up ? -1 : 1);
                event.accepted = true;
            }
        }
        delegate: ItemDelegate {
            id: row
            required property var modelData
            required property int index
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            // qmllint disable use-proper-function
            text: root.describe(modelData)
            // qmllint enable use-proper-function
            contentItem: Label {
                text: row.text
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.ink
            }
            Accessible.name: text
            onClicked: root.currentIndex = index
        }
    }
    RowLayout {
        spacing: 2
        Button {
            objectName: "addRecord"
            text: qsTr("Add")
            Accessible.name: qsTr("Add to %1").arg(root.label)
            onClicked: root.add()
        }
        Button {
            objectName: "moveUp"
            text: "↑"
            enabled: root.currentIndex > 0
            Accessible.name: qsTr("Move up")
            onClicked: root.moveCurrent(-1)
        }
        Button {
            objectName: "moveDown"
            text: "↓"
            enabled: root.currentIndex >= 0 && root.currentIndex < root.records.length - 1
            Accessible.name: qsTr("Move down")
            onClicked: root.moveCurrent(1)
        }
        Button {
            objectName: "removeRecord"
            text: qsTr("Remove")
            enabled: root.currentIndex >= 0
            Accessible.name: qsTr("Remove the chosen one")
            onClicked: root.removeCurrent()
        }
    }
}
