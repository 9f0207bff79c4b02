// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// One claim of claims.json: who said what about whom, when, how the claimant
// is identified, what was offered with it, where it was reported, and what
// is known now.
ColumnLayout {
    id: root

    required property CaseDocument document
    /// "claims[3]"
    required property string path
    readonly property string file: "claims.json"
    readonly property var actorChoices: document.revision >= 0 ? (document.value("actors.json", "actors") ?? []).map(a => ({
                value: a.id,
                text: a.name
            })) : []

    /// Focuses the field of `key` ("" or an unknown key: the first field).
    function focusField(key: string): bool {
        const fields = {
            date: dateField,
            datePrecision: dateField,
            dateEnd: dateField,
            claimant: claimantField,
            targets: targetsField,
            stance: stanceField,
            attribution: attributionField,
            evidence: evidenceField,
            paraphrase: paraphraseField,
            sources: sourcesEditor,
            established: statusField
        };
        const field = fields[key] ?? dateField;
        (field.input ?? field).forceActiveFocus();
        return true;
    }

    spacing: 8

    Label {
        textFormat: Text.PlainText
        text: qsTr("Claim %1").arg(root.document.revision >= 0 ? root.document.value(root.file, root.path + ".id") ?? "" : "")
        font.pixelSize: Theme.fontHeading
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    StudioDateField {
        id: dateField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: root.path
        label: qsTr("Date")
    }
    RowLayout {
        Layout.fillWidth: true
        StudioChoice {
            id: claimantField
            Layout.fillWidth: true
            document: root.document
            file: root.file
            path: root.path + ".claimant"
            label: qsTr("Claimant")
            optional: false
            options: root.actorChoices
        }
        QuickAddButton {
            objectName: "newClaimantButton"
            document: root.document
            onCreated: actorId => root.document.setValue(root.file, root.path + ".claimant", actorId)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        StudioIdList {
            id: targetsField
            Layout.fillWidth: true
            document: root.document
            file: root.file
            path: root.path + ".targets"
            label: qsTr("About whom (targets)")
            optional: false
            options: root.actorChoices
        }
        QuickAddButton {
            document: root.document
            onCreated: actorId => root.document.insert(root.file, root.path + ".targets", -1, actorId)
        }
    }
    StudioChoice {
        id: stanceField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: root.path + ".stance"
        label: qsTr("Stance")
        options: StudioVocabulary.choices("stance")
    }
    StudioChoice {
        id: attributionField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: root.path + ".attribution"
        label: qsTr("How the claimant is identified")
        options: StudioVocabulary.choices("attribution")
    }
    StudioChoice {
        id: evidenceField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: root.path + ".evidence"
        label: qsTr("Evidence offered with the claim")
        options: StudioVocabulary.choices("evidence")
    }
    StudioTextArea {
        id: paraphraseField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: root.path + ".paraphrase"
        label: qsTr("The claim in our own words")
        optional: false
    }
    SourceRefsEditor {
        id: sourcesEditor
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: root.path + ".sources"
    }

    Label {
        Layout.topMargin: 8
        text: qsTr("Known now")
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    StudioChoice {
        id: statusField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: root.path + ".established.status"
        label: qsTr("What the later record makes of it")
        options: StudioVocabulary.choices("status")
    }
    StudioTextArea {
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: root.path + ".established.note"
        label: qsTr("Note on what is known now")
        optional: false
    }
    StudioIdList {
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: root.path + ".established.later"
        label: qsTr("Later developments that settle or change it")
        options: root.document.revision >= 0 ? (root.document.value("timeline.json", "laterDevelopments") ?? []).map(d => ({
                    value: d.id,
                    text: (d.date ?? "") + " " + (d.title ?? d.id)
                })) : []
    }
}
