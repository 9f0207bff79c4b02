// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// An article's details: where it appeared, who wrote it and when, where the
// copy comes from and on what terms; and its paragraphs as plain text.
ColumnLayout {
    id: root

    required property CaseDocument document
    required property string articleId
    readonly property string file: document.articleFile(articleId)
    readonly property string paragraphs: document.revision >= 0 ? (document.value(file, "paragraphs") ?? []).join("\n\n") : ""

    /// Focuses the field of `key` (false when the form has none).
    function focusField(key: string): bool {
        const fields = {
            outlet: outletField,
            outletKind: outletKindField,
            outletInferred: inferredBox,
            headline: headlineField,
            byline: bylineField,
            date: dateField,
            datePrecision: dateField,
            url: urlField,
            provenance: provenanceField,
            excerpt: excerptBox,
            copyright: copyrightField,
            standfirst: standfirstField,
            caption: captionField,
            paragraphs: paragraphsField
        };
        if (!fields[key])
            return false;
        (fields[key].input ?? fields[key]).forceActiveFocus();
        return true;
    }

    /// A boolean key from a check box: one undo step per click.
    function setFlag(key: string, on: bool): void {
        document.setValue(file, key, on);
        document.endEdit();
    }

    spacing: 8

    StudioTextField {
        id: headlineField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: "headline"
        optional: false
        label: qsTr("Headline")
    }
    StudioTextField {
        id: outletField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: "outlet"
        optional: false
        label: qsTr("Outlet")
    }
    StudioChoice {
        id: outletKindField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: "outletKind"
        label: qsTr("Kind of outlet")
        options: StudioVocabulary.choices("outletKind")
    }
    CheckBox {
        id: inferredBox
        objectName: "outletInferredBox"
        text: qsTr("The outlet is inferred: the copy does not name it")
        checked: root.document.revision >= 0 && root.document.value(root.file, "outletInferred") === true
        onToggled: root.setFlag("outletInferred", checked)
    }
    StudioTextField {
        id: bylineField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: "byline"
        optional: false
        label: qsTr("Byline")
    }
    StudioDateField {
        id: dateField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: ""
        label: qsTr("Date")
    }
    StudioTextField {
        id: urlField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: "url"
        optional: false
        label: qsTr("Web address")
    }
    StudioTextField {
        id: provenanceField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: "provenance"
        optional: false
        label: qsTr("Provenance: where this copy comes from")
    }
    CheckBox {
        id: excerptBox
        objectName: "excerptBox"
        text: qsTr("An excerpt, not the whole article")
        checked: root.document.revision >= 0 && root.document.value(root.file, "excerpt") === true
        onToggled: root.setFlag("excerpt", checked)
    }
    StudioTextField {
        id: copyrightField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: "copyright"
        optional: false
        label: qsTr("Copyright and licence")
    }
    StudioTextArea {
        id: standfirstField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: "standfirst"
        optional: false
        label: qsTr("Standfirst")
    }
    StudioTextField {
        id: captionField
        Layout.fillWidth: true
        document: root.document
        file: root.file
        path: "caption"
        optional: false
        label: qsTr("Caption")
    }

    Label {
        Layout.topMargin: 8
        text: qsTr("Paragraphs (blank lines between them)")
        font.bold: true
    }
    TextArea {
        id: paragraphsField
        objectName: "paragraphsField"
        Layout.fillWidth: true
        Layout.preferredHeight: 240
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.PlainText
        text: root.paragraphs
        Accessible.name: qsTr("Paragraphs of the article")
        Accessible.description: qsTr("Marks whose words change are shown as not found.")
    }
    Button {
        objectName: "applyParagraphsButton"
        enabled: paragraphsField.text !== root.paragraphs
        text: qsTr("Apply the text")
        Accessible.name: qsTr("Replace the article's paragraphs with this text")
        onClicked: root.document.setArticleText(root.articleId, paragraphsField.text)
    }
}
