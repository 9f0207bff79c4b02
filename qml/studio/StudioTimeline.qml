// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The studio's Timeline section: timeline.json's phases, events and later
// developments, each a list and a form, over a live preview of the coverage
// (of the last state of the case that loads).
FocusScope {
    id: root

    required property CaseDocument document

    readonly property string file: "timeline.json"
    readonly property var kinds: ["phases", "events", "laterDevelopments"]
    property int kind: 1
    readonly property string arrayPath: kinds[kind]
    readonly property var sourceOptions: ids("sources.json", "sources", "name")
    readonly property var phaseOptions: ids(file, "phases", "title")

    function ids(file: string, key: string, textKey: string): var {
        if (!document || document.revision < 0)
            return [];
        const v = document.value(file, key);
        return Array.isArray(v) ? Array.from(v).map(o => ({
                    value: String(o.id),
                    text: String(o[textKey] ?? o.title ?? o.id) + " (" + o.id + ")"
                })) : [];
    }
    /// Shows and focuses the field of `path` in timeline.json; false if it is not here.
    function focusPath(file: string, path: string): bool {
        if (file !== root.file)
            return false;
        const m = /^(phases|events|laterDevelopments)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
        if (!m)
            return path.length === 0;
        kind = kinds.indexOf(m[1]);
        if (m[2] !== undefined)
            records.currentIndex = Number(m[2]);
        const key = m[3] ?? "title";
        Qt.callLater(() => {
            const form = formLoader.item;
            // qmllint disable missing-property
            const field = form ? (form.field(key) ?? form.field("title")) : null;
            // qmllint enable missing-property
            if (field)
                field.input.forceActiveFocus();
            else
                records.list.forceActiveFocus();
        });
        return true;
    }
    // A new list starts on its first record.
    onKindChanged: records.currentIndex = 0
    function describe(record: var): string {
        const when = record?.start ? record.start + " – " + (record.end ?? "") : (record?.date ?? "");
        return (when.length > 0 ? when + "  " : "") + String(record?.title ?? record?.id ?? "");
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        spacing: Theme.spacing / 2

        TabBar {
            id: tabs
            objectName: "timelineTabs"
            Layout.fillWidth: true
            currentIndex: root.kind
            onCurrentIndexChanged: root.kind = currentIndex
            TabButton {
                text: qsTr("Phases")
                Accessible.name: text
            }
            TabButton {
                text: qsTr("Events")
                Accessible.name: text
            }
            TabButton {
                text: qsTr("Later developments")
                Accessible.name: text
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            StudioRecordList {
                id: records
                objectName: "recordList"
                Layout.preferredWidth: Math.min(360, root.width * 0.35)
                Layout.fillHeight: true
                document: root.document
                file: root.file
                arrayPath: root.arrayPath
                label: tabs.currentItem ? (tabs.currentItem as TabButton).text : ""
                describe: record => root.describe(record)
                currentIndex: 0
                makeRecord: () => {
                    const period = root.document.value("case.json", "period") ?? {};
                    const date = period.start ?? "";
                    if (root.kind === 0)
                        return {
                            id: root.document.newId("phase", "phase"),
                            start: date,
                            end: period.end ?? date,
                            title: qsTr("New phase"),
                            framing: "",
                            headlineExamples: [],
                            sources: []
                        };
                    const record = {
                        id: root.document.newId(root.kind === 1 ? "event" : "laterDevelopment", root.kind === 1 ? "event" : "later"),
                        date: root.kind === 1 ? date : (period.end ?? date),
                        title: qsTr("New event"),
                        description: "",
                        sources: []
                    };
                    if (root.kind === 1)
                        record.phase = root.phaseOptions.length > 0 ? root.phaseOptions[0].value : "";
                    return record;
                }
            }
            Loader {
                id: formLoader
                Layout.fillWidth: true
                Layout.fillHeight: true
                active: records.currentIndex >= 0
                sourceComponent: root.kind === 0 ? phaseForm : datedForm
            }
        }
        // Made only while the document is there (it may go first when the studio closes).
        Loader {
            id: preview
            Layout.fillWidth: true
            Layout.preferredHeight: 160
            active: root.document !== null && root.document.coverage.dayCount > 0
            sourceComponent: CoverageChart {
                objectName: "coveragePreview"
                coverage: root.document.coverage
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.document !== null && !root.document.previewCurrent
            text: qsTr("The preview shows the last state of the case without errors.")
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
        }
    }

    Component {
        id: phaseForm
        ScrollView {
            id: phaseScroll
            contentWidth: availableWidth
            readonly property string base: records.currentPath
            function field(key: string): Item {
                return ({
                        title: titleField,
                        id: idField,
                        start: startField,
                        end: endField,
                        framing: framingField,
                        sources: sourcesField
                    })[key] ?? null;
            }
            clip: true
            ColumnLayout {
                width: phaseScroll.availableWidth
                spacing: Theme.spacing / 2
                StudioTextField {
                    id: titleField
                    objectName: "titleField"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: phaseScroll.base + ".title"
                    label: qsTr("Title")
                    optional: false
                }
                StudioTextField {
                    id: idField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: phaseScroll.base + ".id"
                    label: qsTr("Id")
                    optional: false
                }
                RowLayout {
                    Layout.fillWidth: true
                    StudioTextField {
                        id: startField
                        objectName: "startField"
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: phaseScroll.base + ".start"
                        calendar: true
                        label: qsTr("From (YYYY-MM-DD)")
                        optional: false
                    }
                    StudioTextField {
                        id: endField
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: phaseScroll.base + ".end"
                        calendar: true
                        label: qsTr("To (YYYY-MM-DD)")
                        optional: false
                    }
                }
                StudioTextArea {
                    id: framingField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: phaseScroll.base + ".framing"
                    label: qsTr("How the coverage framed the story then")
                    optional: false
                }
                StudioIdList {
                    id: sourcesField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: phaseScroll.base + ".sources"
                    label: qsTr("Sources")
                    itemKey: "source"
                    options: root.sourceOptions
                    optional: false
                }
            }
        }
    }

    Component {
        id: datedForm
        ScrollView {
            id: datedScroll
            contentWidth: availableWidth
            readonly property string base: records.currentPath
            function field(key: string): Item {
                return ({
                        title: titleField,
                        id: idField,
                        date: dateField,
                        datePrecision: dateField,
                        dateEnd: dateEndField,
                        description: descriptionField,
                        phase: phaseField,
                        sources: sourcesField
                    })[key] ?? null;
            }
            clip: true
            ColumnLayout {
                width: datedScroll.availableWidth
                spacing: Theme.spacing / 2
                StudioTextField {
                    id: titleField
                    objectName: "titleField"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: datedScroll.base + ".title"
                    label: qsTr("Title")
                    optional: false
                }
                StudioTextField {
                    id: idField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: datedScroll.base + ".id"
                    label: qsTr("Id")
                    optional: false
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    StudioDateField {
                        id: dateField
                        objectName: "dateField"
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: datedScroll.base
                        label: qsTr("Date")
                    }
                    StudioTextField {
                        id: dateEndField
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: datedScroll.base + ".dateEnd"
                        calendar: true
                        label: qsTr("Until (for a span; optional)")
                    }
                }
                StudioChoice {
                    id: phaseField
                    objectName: "phaseField"
                    visible: root.kind === 1
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: datedScroll.base + ".phase"
                    label: qsTr("Phase")
                    options: root.phaseOptions
                }
                StudioTextArea {
                    id: descriptionField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: datedScroll.base + ".description"
                    label: qsTr("Description")
                    optional: false
                }
                StudioIdList {
                    id: sourcesField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: datedScroll.base + ".sources"
                    label: qsTr("Sources")
                    itemKey: "source"
                    options: root.sourceOptions
                    optional: false
                }
            }
        }
    }
}
