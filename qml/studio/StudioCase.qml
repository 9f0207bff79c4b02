// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The studio's Case section: case.json, what the home page shows of a case.
FocusScope {
    id: root

    required property CaseDocument document

    /// Shows and focuses the field of `path` in case.json; false if it is not here.
    function focusPath(file: string, path: string): bool {
        if (file !== "case.json")
            return false;
        const fields = {
            "id": idField,
            "title": titleField,
            "language": languageField,
            "summary": summaryField,
            "authors": {
                y: authorsBox.y,
                input: authorsInput
            },
            "licence": licenceField,
            "period.start": startField,
            "period.end": endField,
            "period": startField,
            "knownAsOf": knownField,
            "contentNotice": noticeField
        };
        const known = fields[path.replace(/\[\d+\]$/, "")];
        const field = known ?? titleField;
        flick.contentY = Math.max(0, Math.min(field.y - Theme.spacing, flick.contentHeight - flick.height));
        field.input.forceActiveFocus();
        return known !== undefined || path.length === 0;
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.spacing
            y: Theme.spacing
            width: Math.min(flick.width - 2 * Theme.spacing, 900)
            spacing: Theme.spacing

            Label {
                text: qsTr("The case")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            StudioTextField {
                id: titleField
                objectName: "titleField"
                Layout.fillWidth: true
                document: root.document
                file: "case.json"
                path: "title"
                label: qsTr("Title")
                optional: false
            }
            StudioTextField {
                id: idField
                objectName: "idField"
                Layout.fillWidth: true
                document: root.document
                file: "case.json"
                path: "id"
                label: qsTr("Id (letters, digits and dashes; names the pack)")
                optional: false
            }
            StudioTextField {
                id: languageField
                Layout.fillWidth: true
                document: root.document
                file: "case.json"
                path: "language"
                label: qsTr("Language (a code such as en, de, fr)")
                optional: false
            }
            StudioTextArea {
                id: summaryField
                objectName: "summaryField"
                Layout.fillWidth: true
                document: root.document
                file: "case.json"
                path: "summary"
                label: qsTr("Summary (shown on the home page)")
                optional: false
            }
            // Authors are a list of names: one a line here.
            ColumnLayout {
                id: authorsBox
                Layout.fillWidth: true
                spacing: 4
                Label {
                    text: qsTr("Authors (one a line)")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                }
                TextArea {
                    id: authorsInput
                    objectName: "authorsInput"
                    Layout.fillWidth: true
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("Authors, one a line")
                    function load(): void {
                        const v = root.document.value("case.json", "authors");
                        const s = Array.isArray(v) ? Array.from(v).join("\n") : "";
                        if (s !== text)
                            text = s;
                    }
                    Component.onCompleted: load()
                    Connections {
                        target: root.document
                        function onRevisionChanged(): void {
                            authorsInput.load();
                        }
                    }
                    onTextChanged: if (activeFocus)
                        root.document.setValue("case.json", "authors", text.split("\n").map(a => a.trim()).filter(a => a.length > 0))
                    onActiveFocusChanged: if (!activeFocus)
                        root.document.endEdit()
                    Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                }
                StudioFieldProblems {
                    Layout.fillWidth: true
                    document: root.document
                    file: "case.json"
                    path: "authors"
                    nested: true
                }
            }
            StudioTextField {
                id: licenceField
                Layout.fillWidth: true
                document: root.document
                file: "case.json"
                path: "licence"
                label: qsTr("Licence")
                optional: false
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                StudioTextField {
                    id: startField
                    objectName: "startField"
                    Layout.fillWidth: true
                    document: root.document
                    file: "case.json"
                    path: "period.start"
                    calendar: true
                    label: qsTr("Coverage from (YYYY-MM-DD)")
                    optional: false
                }
                StudioTextField {
                    id: endField
                    Layout.fillWidth: true
                    document: root.document
                    file: "case.json"
                    path: "period.end"
                    calendar: true
                    label: qsTr("Coverage to (YYYY-MM-DD)")
                    optional: false
                }
                StudioTextField {
                    id: knownField
                    Layout.fillWidth: true
                    document: root.document
                    file: "case.json"
                    path: "knownAsOf"
                    calendar: true
                    label: qsTr("What is known now, as of")
                }
            }
            StudioTextArea {
                id: noticeField
                Layout.fillWidth: true
                document: root.document
                file: "case.json"
                path: "contentNotice"
                label: qsTr("Content notice (shown before the case starts)")
                minimumLines: 2
            }
        }
    }
}
