// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The items of one array of a case file (claims, actors, camps, sources) as
// a list to choose from, with New, Remove, Move up and Move down: every
// change one undo step of the document.
ColumnLayout {
    id: root

    required property CaseDocument document
    required property string file
    required property string arrayPath
    /// "Claims", "Actors", …: the heading and the list's accessible name.
    required property string title
    /// What each row says of its item (the id when absent).
    property var rowTexts: []
    /// The item New inserts after the chosen one (null: nothing to add); bound, so it follows the case.
    property var newItem: null
    /// The chosen item's index (-1: none).
    property int currentIndex: items.length > 0 ? 0 : -1
    /// False: Remove asks removeRequested() to do it (a list whose items are named elsewhere removes those mentions too).
    property bool removesItself: true

    signal removeRequested(int index)

    readonly property var items: document.revision >= 0 ? (document.value(file, arrayPath) ?? []) : []
    readonly property alias list: listView

    /// "c3", "s12": the prefix and the first number after the list's length that no item uses.
    function numberedId(prefix: string): string {
        const used = items.map(item => item.id);
        let n = items.length + 1;
        while (used.indexOf(prefix + n) >= 0)
            ++n;
        return prefix + n;
    }

    function choose(index: int): void {
        currentIndex = index;
        listView.positionViewAtIndex(index, ListView.Contain);
    }

    function add(): bool {
        const item = newItem;
        if (!item)
            return false;
        const at = currentIndex >= 0 ? currentIndex + 1 : items.length;
        if (!document.insert(file, arrayPath, at, item))
            return false;
        choose(at);
        return true;
    }

    function removeCurrent(): bool {
        const at = currentIndex;
        const before = items.length;
        if (at < 0)
            return false;
        if (removesItself)
            document.remove(file, arrayPath, at);
        else
            removeRequested(at);
        if (items.length === before)
            return false;
        currentIndex = Math.min(at, items.length - 1);
        return true;
    }

    function moveCurrent(by: int): bool {
        const to = currentIndex + by;
        if (currentIndex < 0 || to < 0 || to >= items.length || !document.move(file, arrayPath, currentIndex, to))
            return false;
        choose(to);
        return true;
    }

    spacing: 6

    Label {
        text: qsTr("%1 (%2)").arg(root.title).arg(LanguageManager.number(root.items.length))
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    ListView {
        id: listView
        objectName: "itemList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 60
        clip: true
        activeFocusOnTab: true
        keyNavigationEnabled: true
        model: root.items.length
        currentIndex: root.currentIndex
        onCurrentIndexChanged: if (activeFocus)
            root.currentIndex = currentIndex
        Accessible.role: Accessible.List
        Accessible.name: root.title
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: row
            required property int index
            width: ListView.view.width
            highlighted: index === root.currentIndex
            text: root.rowTexts[index] ?? (root.items[index]?.id ?? "")
            contentItem: Label {
                textFormat: Text.PlainText
                text: row.text
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
            }
            Accessible.name: text
            onClicked: root.currentIndex = index
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        Button {
            objectName: "addButton"
            Layout.fillWidth: true
            text: qsTr("New")
            Accessible.name: qsTr("New item in %1").arg(root.title)
            onClicked: root.add()
        }
        Button {
            objectName: "removeButton"
            Layout.fillWidth: true
            enabled: root.currentIndex >= 0
            text: qsTr("Remove")
            Accessible.name: qsTr("Remove the chosen item of %1").arg(root.title)
            onClicked: root.removeCurrent()
        }
        Button {
            objectName: "upButton"
            Layout.fillWidth: true
            enabled: root.currentIndex > 0
            text: qsTr("Up")
            Accessible.name: qsTr("Move the chosen item of %1 up").arg(root.title)
            onClicked: root.moveCurrent(-1)
        }
        Button {
            objectName: "downButton"
            Layout.fillWidth: true
            enabled: root.currentIndex >= 0 && root.currentIndex < root.items.length - 1
            text: qsTr("Down")
            Accessible.name: qsTr("Move the chosen item of %1 down").arg(root.title)
            onClicked: root.moveCurrent(1)
        }
    }
}
