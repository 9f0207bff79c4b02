// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A list of source references ({ source, article?, quote? }): where a claim
// or an event was reported, and, for an article of the case, its exact words.
FocusScope {
    id: root

    required property CaseDocument document
    required property string file
    /// The array: "claims[3].sources"
    required property string path
    property string label: qsTr("Sources")

    readonly property var refs: document.revision >= 0 ? (document.value(file, path) ?? []) : []
    readonly property var sourceChoices: document.revision >= 0 ? (document.value("sources.json", "sources") ?? []).map(s => ({
                value: s.id,
                text: s.id + " — " + (s.outlet ?? "")
            })) : []
    readonly property var articleChoices: document.articleIds

    function addRef(sourceId: string): bool {
        return document.insert(file, path, -1, {
            source: sourceId
        });
    }

    implicitHeight: column.implicitHeight
    implicitWidth: column.implicitWidth
    activeFocusOnTab: false

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            text: root.label
            font.bold: true
        }
        Repeater {
            model: root.refs.length
            delegate: Frame {
                id: refRow
                required property int index
                readonly property string refPath: root.path + "[" + index + "]"
                Layout.fillWidth: true
                Accessible.name: qsTr("Source reference %1").arg(LanguageManager.number(index + 1))
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    RowLayout {
                        Layout.fillWidth: true
                        StudioChoice {
                            Layout.fillWidth: true
                            focus: refRow.index === 0
                            document: root.document
                            file: root.file
                            path: refRow.refPath + ".source"
                            label: qsTr("Source %1").arg(LanguageManager.number(refRow.index + 1))
                            options: root.sourceChoices
                        }
                        Button {
                            objectName: "removeRefButton"
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove source reference %1").arg(LanguageManager.number(refRow.index + 1))
                            onClicked: root.document.remove(root.file, root.path, refRow.index)
                        }
                    }
                    StudioChoice {
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: refRow.refPath + ".article"
                        label: qsTr("The article, when it is one of the case")
                        options: root.articleChoices
                        optional: true
                        noneText: qsTr("(not an article of the case)")
                    }
                    StudioTextField {
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: refRow.refPath + ".quote"
                        label: qsTr("Its exact words (optional)")
                    }
                }
            }
        }
        RowLayout {
            Button {
                objectName: "addRefButton"
                enabled: root.sourceChoices.length > 0
                text: qsTr("Add a source")
                Accessible.name: qsTr("Add a reference to a source of the case")
                onClicked: root.addRef(root.sourceChoices[0].value)
            }
            QuickAddButton {
                document: root.document
                kind: "source"
                onCreated: sourceId => root.addRef(sourceId)
            }
        }
    }
}
