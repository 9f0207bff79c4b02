// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// "New actor…" or "New source…" from a form that needs one: asks for the
// least the case needs (an actor's name and kind, a source's outlet and web
// address), adds it to actors.json or sources.json and reports its id.
Button {
    id: root

    required property CaseDocument document
    /// "actor" or "source"
    property string kind: "actor"
    readonly property bool isActor: kind === "actor"

    /// The new item's id, once it is in the case.
    signal created(string id)

    /// Adds the item; returns its id ("" when refused: see document.lastError).
    function create(name: string, detail: string): string {
        const id = document.newId(kind, name);
        const item = isActor ? {
            id: id,
            name: name,
            kind: detail,
            country: ""
        } : {
            id: id,
            outlet: name,
            url: detail
        };
        // The new item and what the form does with it (a claim's claimant set to it) are one undo step.
        document.beginCompound(isActor ? qsTr("New actor") : qsTr("New source"));
        const added = document.insert(isActor ? "actors.json" : "sources.json", isActor ? "actors" : "sources", -1, item);
        if (added)
            created(id);
        document.endCompound(added);
        return added ? id : "";
    }

    text: isActor ? qsTr("New actor…") : qsTr("New source…")
    Accessible.name: isActor ? qsTr("Add a new actor to the case") : qsTr("Add a new source to the case")
    onClicked: popup.open()

    Popup {
        id: popup
        objectName: "quickAddPopup"
        modal: true
        focus: true
        width: 360
        onOpened: nameField.forceActiveFocus()
        onClosed: {
            nameField.clear();
            urlField.clear();
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 6
            Label {
                text: root.isActor ? qsTr("New actor") : qsTr("New source")
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            TextField {
                id: nameField
                objectName: "quickAddName"
                Layout.fillWidth: true
                placeholderText: root.isActor ? qsTr("Name") : qsTr("Outlet")
                Accessible.name: placeholderText
                onAccepted: addButton.clicked()
            }
            ComboBox {
                id: kindField
                objectName: "quickAddKind"
                Layout.fillWidth: true
                visible: root.isActor
                model: StudioVocabulary.choices("actorKind")
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Kind of actor")
            }
            TextField {
                id: urlField
                objectName: "quickAddUrl"
                Layout.fillWidth: true
                visible: !root.isActor
                placeholderText: qsTr("Web address (https://…)")
                inputMethodHints: Qt.ImhUrlCharactersOnly
                Accessible.name: qsTr("Web address")
                onAccepted: addButton.clicked()
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button {
                    text: qsTr("Cancel")
                    onClicked: popup.close()
                }
                Button {
                    id: addButton
                    objectName: "quickAddButton"
                    text: qsTr("Add")
                    enabled: nameField.text.trim().length > 0
                    onClicked: {
                        if (root.create(nameField.text.trim(), root.isActor ? kindField.currentValue : urlField.text.trim()).length > 0)
                            popup.close();
                    }
                }
            }
        }
    }
}
