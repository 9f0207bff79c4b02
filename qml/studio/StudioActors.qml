// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The studio's actors and camps (actors.json): the actors with their form
// and camp, the camps with theirs.
FocusScope {
    id: root

    required property CaseDocument document
    readonly property string file: "actors.json"
    readonly property alias actorIndex: actorList.currentIndex
    readonly property alias campIndex: campList.currentIndex
    readonly property var actors: actorList.items
    readonly property var camps: campList.items
    readonly property var actor: actorIndex >= 0 && actorIndex < actors.length ? actors[actorIndex] : null
    readonly property var camp: campIndex >= 0 && campIndex < camps.length ? camps[campIndex] : null

    function focusPath(file: string, path: string): bool {
        if (file !== root.file)
            return false;
        const match = /^(actors|camps)\[(\d+)\](?:\.(\w+))?/.exec(path);
        if (!match)
            return path === "" || path === "actors" || path === "camps";
        const fields = match[1] === "actors" ? {
            name: actorName,
            kind: actorKind,
            country: actorCountry
        } : {
            name: campName,
            order: campOrder,
            marker: campMarker,
            actors: campActors
        };
        tabs.currentIndex = match[1] === "actors" ? 0 : 1;
        (match[1] === "actors" ? actorList : campList).choose(Number(match[2]));
        const field = fields[match[3] ?? ""] ?? fields.name;
        (field.input ?? field).forceActiveFocus();
        return true;
    }

    /// The camp an actor is in (its index, -1: none).
    function campOf(actorId: string): int {
        return camps.findIndex(c => (c.actors ?? []).indexOf(actorId) >= 0);
    }

    /// Puts an actor into one camp (-1: none), out of any other: one undo step.
    function setCamp(actorId: string, campIndex: int): bool {
        const updated = camps.map((c, i) => {
            const members = (c.actors ?? []).filter(a => a !== actorId);
            if (i === campIndex)
                members.push(actorId);
            return Object.assign({}, c, {
                actors: members
            });
        });
        // Each move is a step of its own, not merged with the last edit of "camps".
        const done = document.setValue(file, "camps", updated);
        document.endEdit();
        return done;
    }

    /// Removes an actor: first from its camp, then from the actors (two
    /// undo steps when it was in a camp); claims that name it are left for
    /// the problem list to point out.
    function removeActor(index: int): bool {
        const id = actors[index].id;
        if (campOf(id) >= 0 && !setCamp(id, -1))
            return false;
        return document.remove(file, "actors", index);
    }

    function newCamp(): var {
        const orders = camps.map(c => c.order ?? 0);
        const markers = StudioVocabulary.choices("marker").map(m => m.value);
        const free = markers.find(m => !camps.some(c => c.marker === m)) ?? markers[0];
        return {
            id: document.newId("camp", "camp"),
            name: qsTr("New camp"),
            order: Math.min(1000, (orders.length > 0 ? Math.max(...orders) : 0) + 1),
            marker: free,
            actors: []
        };
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            objectName: "actorTabs"
            Layout.fillWidth: true
            TabButton {
                text: qsTr("Actors (%1)").arg(LanguageManager.number(root.actors.length))
                Accessible.name: text
            }
            TabButton {
                objectName: "campsTab"
                text: qsTr("Camps (%1)").arg(LanguageManager.number(root.camps.length))
                Accessible.name: text
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            RowLayout {
                spacing: Theme.spacing
                // ------------------------------------------------ actors
                StudioItemList {
                    id: actorList
                    objectName: "actorList"
                    Layout.preferredWidth: Math.min(260, Math.round(root.width * 0.3))
                    Layout.maximumWidth: 260
                    Layout.fillHeight: true
                    document: root.document
                    file: root.file
                    arrayPath: "actors"
                    title: qsTr("Actors")
                    rowTexts: root.actors.map(item => item.name || item.id)
                    newItem: root.document.revision >= 0 ? {
                        id: root.document.newId("actor", "actor"),
                        name: qsTr("New actor"),
                        kind: "other",
                        country: ""
                    } : null
                    removesItself: false
                    onRemoveRequested: index => root.removeActor(index)
                }
                ScrollView {
                    id: actorScroll
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentWidth: availableWidth
                    ColumnLayout {
                        id: actorForm
                        width: actorScroll.availableWidth
                        visible: root.actor !== null
                        spacing: 8
                        readonly property string path: "actors[" + root.actorIndex + "]"
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Actor %1").arg(root.actor ? root.actor.id : "")
                            font.bold: true
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        StudioTextField {
                            id: actorName
                            Layout.fillWidth: true
                            document: root.document
                            file: root.file
                            path: actorForm.path + ".name"
                            label: qsTr("Name")
                            optional: false
                        }
                        StudioChoice {
                            id: actorKind
                            Layout.fillWidth: true
                            document: root.document
                            file: root.file
                            path: actorForm.path + ".kind"
                            label: qsTr("Kind")
                            options: StudioVocabulary.choices("actorKind")
                        }
                        StudioTextField {
                            id: actorCountry
                            Layout.fillWidth: true
                            document: root.document
                            file: root.file
                            path: actorForm.path + ".country"
                            optional: false
                            label: qsTr("Country (two-letter ISO code, empty when unknown)")
                        }
                        Label {
                            text: qsTr("Camp")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.inkMuted
                        }
                        PlainComboBox {
                            id: actorCamp
                            objectName: "actorCampChoice"
                            Layout.fillWidth: true
                            model: [qsTr("(in no camp)")].concat(root.camps.map(c => c.name || c.id))
                            currentIndex: root.actor ? root.campOf(root.actor.id) + 1 : 0
                            Accessible.name: qsTr("Camp of the actor")
                            onActivated: index => root.setCamp(root.actor.id, index - 1)
                        }
                    }
                }
            }
            RowLayout {
                spacing: Theme.spacing
                // ------------------------------------------------ camps
                StudioItemList {
                    id: campList
                    objectName: "campList"
                    Layout.preferredWidth: Math.min(260, Math.round(root.width * 0.3))
                    Layout.maximumWidth: 260
                    Layout.fillHeight: true
                    document: root.document
                    file: root.file
                    arrayPath: "camps"
                    title: qsTr("Camps")
                    rowTexts: root.camps.map(item => (item.order ?? "") + ". " + (item.name || item.id) + " (" + (item.actors ?? []).length + ")")
                    newItem: root.document.revision >= 0 ? root.newCamp() : null
                }
                ScrollView {
                    id: campScroll
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentWidth: availableWidth
                    ColumnLayout {
                        id: campForm
                        width: campScroll.availableWidth
                        visible: root.camp !== null
                        spacing: 8
                        readonly property string path: "camps[" + root.campIndex + "]"
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Camp %1").arg(root.camp ? root.camp.id : "")
                            font.bold: true
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        StudioTextField {
                            id: campName
                            Layout.fillWidth: true
                            document: root.document
                            file: root.file
                            path: campForm.path + ".name"
                            label: qsTr("Name")
                            optional: false
                        }
                        Label {
                            text: qsTr("Place in the views (1 to 1000)")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.inkMuted
                        }
                        SpinBox {
                            id: campOrder
                            objectName: "campOrder"
                            from: 1
                            to: 1000
                            editable: true
                            value: root.camp ? root.camp.order ?? 1 : 1
                            Accessible.name: qsTr("Place of the camp in the views")
                            onValueModified: root.document.setValue(root.file, campForm.path + ".order", value)
                            onActiveFocusChanged: if (!activeFocus)
                                root.document.endEdit()
                        }
                        StudioChoice {
                            id: campMarker
                            Layout.fillWidth: true
                            document: root.document
                            file: root.file
                            path: campForm.path + ".marker"
                            label: qsTr("Marker")
                            options: StudioVocabulary.choices("marker")
                        }
                        StudioIdList {
                            id: campActors
                            Layout.fillWidth: true
                            document: root.document
                            file: root.file
                            path: campForm.path + ".actors"
                            optional: false
                            label: qsTr("Actors in this camp")
                            options: root.actors.map(a => ({
                                        value: a.id,
                                        text: a.name
                                    }))
                        }
                    }
                }
            }
        }
    }
}
