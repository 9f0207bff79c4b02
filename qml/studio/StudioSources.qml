// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The studio's sources (sources.json): the list on the left, the chosen
// source's outlet, web address, date, note and recorded quotes.
FocusScope {
    id: root

    required property CaseDocument document
    readonly property string file: "sources.json"
    readonly property alias sourceIndex: sourceList.currentIndex
    readonly property var sources: sourceList.items
    readonly property var source: sourceIndex >= 0 && sourceIndex < sources.length ? sources[sourceIndex] : null
    readonly property string path: "sources[" + sourceIndex + "]"

    function focusPath(file: string, path: string): bool {
        if (file !== root.file)
            return false;
        const match = /^sources\[(\d+)\](?:\.(\w+))?/.exec(path);
        if (!match)
            return path === "" || path === "sources";
        sourceList.choose(Number(match[1]));
        const fields = {
            outlet: outletField,
            url: urlField,
            date: dateField,
            datePrecision: dateField,
            note: noteField,
            quotes: quotesField
        };
        const field = fields[match[2] ?? ""] ?? outletField;
        (field.input ?? field).forceActiveFocus();
        return true;
    }

    /// The recorded quotes from one per line; no line, no key.
    function setQuotes(text: string): bool {
        const quotes = text.split("\n").map(q => q.trim()).filter(q => q.length > 0);
        const had = document.value(file, path + ".quotes") !== undefined;
        if (quotes.length === 0)
            return had ? document.unset(file, path + ".quotes") : true;
        return document.setValue(file, path + ".quotes", quotes);
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        StudioItemList {
            id: sourceList
            objectName: "sourceList"
            Layout.preferredWidth: Math.min(280, Math.round(root.width * 0.3))
            Layout.maximumWidth: 280
            Layout.fillHeight: true
            document: root.document
            file: root.file
            arrayPath: "sources"
            title: qsTr("Sources")
            rowTexts: root.sources.map(item => item.id + " — " + (item.outlet ?? "") + (item.date ? " (" + item.date + ")" : ""))
            newItem: root.document.revision >= 0 ? {
                id: sourceList.numberedId("s"),
                outlet: "",
                url: "https://"
            } : null
        }

        ScrollView {
            id: formScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            ColumnLayout {
                width: formScroll.availableWidth
                visible: root.source !== null
                spacing: 8
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Source %1").arg(root.source ? root.source.id : "")
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                StudioTextField {
                    id: outletField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.path + ".outlet"
                    label: qsTr("Outlet")
                    optional: false
                }
                StudioTextField {
                    id: urlField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.path + ".url"
                    label: qsTr("Web address (http or https)")
                    optional: false
                }
                StudioDateField {
                    id: dateField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.path
                    optional: true
                    label: qsTr("Date, only when the source itself shows it")
                }
                StudioTextArea {
                    id: noteField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: root.path + ".note"
                    label: qsTr("Note")
                }
                Label {
                    text: qsTr("Words of this source, verbatim, one per line")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                }
                TextArea {
                    id: quotesField
                    objectName: "quotesField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 90
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    Accessible.name: qsTr("Quotes recorded from this source, one per line")
                    text: root.document.revision >= 0 && root.source ? (root.source.quotes ?? []).join("\n") : ""
                    onActiveFocusChanged: if (!activeFocus && text !== (root.source?.quotes ?? []).join("\n")) {
                        root.setQuotes(text);
                        root.document.endEdit();
                    }
                }
            }
        }
    }
}
