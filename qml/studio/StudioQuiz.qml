// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The studio's Quiz section: quiz.json's items, a form per type (choice,
// true/false, highlight, rank, evidence) with feedback for every choice,
// the rubric's criteria, and the balance of true and false statements.
FocusScope {
    id: root

    required property CaseDocument document

    readonly property string file: "quiz.json"
    readonly property var types: ["single", "true-false", "highlight", "rank", "evidence"]
    readonly property var typeNames: ({
            "single": qsTr("Choice"),
            "true-false": qsTr("True or false"),
            "highlight": qsTr("Highlight in an article"),
            "rank": qsTr("Rank"),
            "evidence": qsTr("Evidence")
        })
    property int tab: 0
    readonly property var items: document && document.revision >= 0 ? Array.from(document.value(file, "items") ?? []) : []
    readonly property int trueCount: items.filter(i => i.type === "true-false" && i.answer === true).length
    readonly property int falseCount: items.filter(i => i.type === "true-false" && i.answer === false).length
    readonly property var criterionOptions: options("rubric.json", "criteria", "title")
    readonly property var claimOptions: options("claims.json", "claims", "paraphrase")

    function options(file: string, key: string, textKey: string): var {
        if (!document || document.revision < 0)
            return [];
        const v = document.value(file, key);
        return Array.isArray(v) ? Array.from(v).map(o => ({
                    value: String(o.id),
                    text: String(o[textKey] ?? o.id).slice(0, 80) + " (" + o.id + ")"
                })) : [];
    }
    /// Shows and focuses the field of `path` in quiz.json or rubric.json; false if it is not here.
    function focusPath(file: string, path: string): bool {
        const m = /^(items|criteria)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
        if (file === "rubric.json") {
            tab = 1;
            if (m && m[2] !== undefined)
                criteria.currentIndex = Number(m[2]);
            Qt.callLater(() => criterionTitle.input.forceActiveFocus());
            return true;
        }
        if (file !== root.file)
            return false;
        tab = 0;
        if (m && m[2] !== undefined)
            itemList.currentIndex = Number(m[2]);
        const key = m[3] ?? "prompt";
        Qt.callLater(() => {
            const form = itemForm.item;
            // qmllint disable missing-property
            const field = form ? (form.field(key) ?? form.field("prompt")) : null;
            // qmllint enable missing-property
            if (field)
                field.input.forceActiveFocus();
        });
        return true;
    }
    function newItem(type: string): var {
        const item = {
            id: document.newId("quiz", type),
            type: type,
            prompt: qsTr("New question"),
            criteria: criterionOptions.length > 0 ? [criterionOptions[0].value] : [],
            explanation: ""
        };
        if (type === "single" || type === "evidence")
            item.choices = [];
        else if (type === "true-false") {
            item.statement = "";
            item.answer = true;
            item.feedback = {
                "true": "",
                "false": ""
            };
        } else if (type === "highlight") {
            item.article = document.articleIds.length > 0 ? document.articleIds[0] : "";
            item.spans = [];
        } else if (type === "rank") {
            item.options = [];
            item.order = [];
        }
        return item;
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        spacing: Theme.spacing / 2
        TabBar {
            id: tabs
            Layout.fillWidth: true
            currentIndex: root.tab
            onCurrentIndexChanged: root.tab = currentIndex
            TabButton {
                text: qsTr("Questions")
                Accessible.name: text
            }
            TabButton {
                text: qsTr("Rubric")
                Accessible.name: text
            }
        }
        Label {
            objectName: "balance"
            Layout.fillWidth: true
            //: %1 and %2 count the true and the false statements among the true-or-false questions
            text: qsTr("True or false statements: %1 true, %2 false").arg(LanguageManager.number(root.trueCount)).arg(LanguageManager.number(root.falseCount)) + (Math.abs(root.trueCount - root.falseCount) > 1 ? " — " + qsTr("balance them, so that scores measure discernment, not blanket doubt") : "")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Math.abs(root.trueCount - root.falseCount) > 1 ? Theme.warning : Theme.inkMuted
            font.pixelSize: Theme.fontSmall
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.tab
            RowLayout {
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.preferredWidth: Math.min(360, root.width * 0.35)
                    Layout.fillHeight: true
                    StudioRecordList {
                        id: itemList
                        objectName: "itemList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        document: root.document
                        file: root.file
                        arrayPath: "items"
                        label: qsTr("Questions")
                        describe: item => (root.typeNames[item?.type] ?? item?.type ?? "") + ": " + String((item?.type === "true-false" ? item?.statement : item?.prompt) ?? item?.id ?? "")
                        makeRecord: () => root.newItem(newType.currentValue)
                        currentIndex: 0
                    }
                    ComboBox {
                        id: newType
                        objectName: "newType"
                        Layout.fillWidth: true
                        model: root.types.map(t => ({
                                    value: t,
                                    text: qsTr("New questions: %1").arg(root.typeNames[t])
                                }))
                        textRole: "text"
                        valueRole: "value"
                        Accessible.name: qsTr("Type of the questions added")
                    }
                }
                Loader {
                    id: itemForm
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    active: itemList.currentIndex >= 0
                    sourceComponent: itemFormComponent
                }
            }
            RowLayout {
                spacing: Theme.spacing
                StudioRecordList {
                    id: criteria
                    objectName: "criteriaList"
                    Layout.preferredWidth: Math.min(360, root.width * 0.35)
                    Layout.fillHeight: true
                    document: root.document
                    file: "rubric.json"
                    arrayPath: "criteria"
                    label: qsTr("Criteria")
                    currentIndex: 0
                    makeRecord: () => ({
                                id: root.document.newId("criterion", "criterion"),
                                title: qsTr("New criterion"),
                                description: ""
                            })
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: criteria.currentIndex >= 0
                    StudioTextField {
                        id: criterionTitle
                        Layout.fillWidth: true
                        document: root.document
                        file: "rubric.json"
                        path: criteria.currentPath + ".title"
                        label: qsTr("Title")
                        optional: false
                    }
                    StudioTextField {
                        Layout.fillWidth: true
                        document: root.document
                        file: "rubric.json"
                        path: criteria.currentPath + ".id"
                        label: qsTr("Id")
                        optional: false
                    }
                    StudioTextArea {
                        Layout.fillWidth: true
                        document: root.document
                        file: "rubric.json"
                        path: criteria.currentPath + ".description"
                        label: qsTr("What a student learns to look for")
                        optional: false
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                }
            }
        }
    }

    // A yes/no key of a record.
    component BoolField: CheckBox {
        id: box
        required property string path
        property bool value: root.document.revision >= 0 && root.document.value(root.file, path) === true
        checked: value
        Accessible.name: text
        onToggled: {
            root.document.setValue(root.file, path, checked);
            root.document.endEdit();
            checked = Qt.binding(() => box.value);
        }
    }

    // The records of an array inside an item (choices, spans, options), each a small form.
    component SubRecords: ColumnLayout {
        id: sub
        required property string path
        property string label
        property var makeRecord: () => ({})
        property Component form
        readonly property var records: root.document.revision >= 0 ? Array.from(root.document.value(root.file, path) ?? []) : []
        spacing: 4
        Label {
            text: sub.label
            font.bold: true
            color: Theme.ink
        }
        Repeater {
            model: sub.records.length
            delegate: Frame {
                id: frame
                required property int index
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    Loader {
                        Layout.fillWidth: true
                        sourceComponent: sub.form
                        // qmllint disable missing-property
                        onLoaded: item.base = Qt.binding(() => sub.path + "[" + frame.index + "]")
                        // qmllint enable missing-property
                    }
                    RowLayout {
                        Button {
                            text: "↑"
                            enabled: frame.index > 0
                            Accessible.name: qsTr("Move up")
                            onClicked: root.document.move(root.file, sub.path, frame.index, frame.index - 1)
                        }
                        Button {
                            text: "↓"
                            enabled: frame.index < sub.records.length - 1
                            Accessible.name: qsTr("Move down")
                            onClicked: root.document.move(root.file, sub.path, frame.index, frame.index + 1)
                        }
                        Button {
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1 %2").arg(sub.label).arg(LanguageManager.number(frame.index + 1))
                            onClicked: root.document.remove(root.file, sub.path, frame.index)
                        }
                    }
                }
            }
        }
        Button {
            objectName: "add_" + sub.path
            text: qsTr("Add")
            Accessible.name: qsTr("Add to %1").arg(sub.label)
            // qmllint disable use-proper-function
            onClicked: root.document.insert(root.file, sub.path, -1, sub.makeRecord())
            // qmllint enable use-proper-function
        }
    }

    Component {
        id: itemFormComponent
        ScrollView {
            id: scroll
            contentWidth: availableWidth
            readonly property string base: itemList.currentPath
            readonly property string type: root.items[itemList.currentIndex]?.type ?? ""
            function field(key: string): Item {
                return ({
                        prompt: promptField,
                        id: idField,
                        explanation: explanationField,
                        criteria: criteriaField,
                        statement: statementField,
                        claim: claimField,
                        article: articleField
                    })[key] ?? null;
            }
            clip: true
            ColumnLayout {
                width: scroll.availableWidth - Theme.spacing
                spacing: Theme.spacing / 2
                RowLayout {
                    Layout.fillWidth: true
                    StudioTextField {
                        id: idField
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: scroll.base + ".id"
                        label: qsTr("Id")
                        optional: false
                    }
                    StudioChoice {
                        objectName: "typeField"
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: scroll.base + ".type"
                        label: qsTr("Type")
                        options: root.types.map(t => ({
                                    value: t,
                                    text: root.typeNames[t]
                                }))
                    }
                }
                StudioTextArea {
                    id: promptField
                    objectName: "promptField"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: scroll.base + ".prompt"
                    label: qsTr("Question")
                    optional: false
                    minimumLines: 2
                }
                // True or false
                StudioTextArea {
                    id: statementField
                    objectName: "statementField"
                    visible: scroll.type === "true-false"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: scroll.base + ".statement"
                    label: qsTr("Statement")
                    optional: false
                    minimumLines: 2
                }
                BoolField {
                    objectName: "answerField"
                    visible: scroll.type === "true-false"
                    path: scroll.base + ".answer"
                    text: qsTr("The statement is true")
                }
                StudioTextArea {
                    visible: scroll.type === "true-false"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: scroll.base + ".feedback.true"
                    label: qsTr("Feedback to “true”")
                    optional: false
                    minimumLines: 2
                }
                StudioTextArea {
                    visible: scroll.type === "true-false"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: scroll.base + ".feedback.false"
                    label: qsTr("Feedback to “false”")
                    optional: false
                    minimumLines: 2
                }
                StudioChoice {
                    id: claimField
                    visible: scroll.type === "true-false" || scroll.type === "evidence"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: scroll.base + ".claim"
                    label: qsTr("Claim")
                    options: root.claimOptions
                    optional: scroll.type === "true-false"
                }
                // Highlight
                StudioChoice {
                    id: articleField
                    visible: scroll.type === "highlight"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: scroll.base + ".article"
                    label: qsTr("Article")
                    options: root.document.articleIds
                }
                // The spans are picked in the article's text, so that their words are always exact.
                ColumnLayout {
                    id: spanPicker
                    objectName: "spanPicker"
                    readonly property string articleId: root.document.revision >= 0 && scroll.type === "highlight" ? String(root.document.value(root.file, scroll.base + ".article") ?? "") : ""
                    visible: scroll.type === "highlight" && articleId.length > 0
                    Layout.fillWidth: true
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Select words in the article, then add them as a span.")
                        wrapMode: Text.Wrap
                        color: Theme.inkMuted
                    }
                    ScrollView {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 220
                        contentWidth: availableWidth
                        TextArea {
                            id: spanText
                            objectName: "spanText"
                            readOnly: true
                            selectByMouse: true
                            selectByKeyboard: true
                            wrapMode: TextEdit.Wrap
                            textFormat: TextEdit.PlainText
                            text: spanPicker.articleId.length > 0 ? root.document.articleText(spanPicker.articleId) : ""
                            Accessible.name: qsTr("Text of the article: select the words of a span")
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Button {
                            objectName: "addSpanButton"
                            text: qsTr("Add the selected words as a span")
                            enabled: spanText.selectedText.length > 0
                            onClicked: {
                                const picked = root.document.annotationFromSelection(spanPicker.articleId, spanText.selectionStart, spanText.selectionEnd);
                                if (picked.error.length > 0) {
                                    spanStatus.text = picked.error;
                                    return;
                                }
                                const span = {
                                    quote: picked.quote,
                                    correct: true,
                                    feedback: ""
                                };
                                if (picked.occurrence > 1)
                                    span.occurrence = picked.occurrence;
                                // qmllint disable use-proper-function
                                if (root.document.insert(root.file, scroll.base + ".spans", -1, span))
                                    // qmllint enable use-proper-function
                                    spanStatus.text = qsTr("Added “%1”: write its feedback below.").arg(picked.quote);
                            }
                        }
                        Label {
                            id: spanStatus
                            objectName: "spanStatus"
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            color: Theme.ink
                            Accessible.role: Accessible.AlertMessage
                            Accessible.name: text
                        }
                    }
                }
                SubRecords {
                    objectName: "spans"
                    visible: scroll.type === "highlight"
                    Layout.fillWidth: true
                    path: scroll.base + ".spans"
                    label: qsTr("Spans (exact words of the article)")
                    makeRecord: () => ({
                                quote: "",
                                correct: false,
                                feedback: ""
                            })
                    form: spanForm
                }
                // Choices (single, evidence)
                SubRecords {
                    objectName: "choices"
                    visible: scroll.type === "single" || scroll.type === "evidence"
                    Layout.fillWidth: true
                    path: scroll.base + ".choices"
                    label: qsTr("Choices")
                    makeRecord: () => {
                        const c = {
                            id: "c" + ((root.items[itemList.currentIndex]?.choices ?? []).length + 1),
                            text: "",
                            correct: false,
                            feedback: ""
                        };
                        if (scroll.type === "evidence")
                            c.evidence = "none";
                        return c;
                    }
                    form: scroll.type === "evidence" ? evidenceChoiceForm : choiceForm
                }
                // Rank
                SubRecords {
                    objectName: "options"
                    visible: scroll.type === "rank"
                    Layout.fillWidth: true
                    path: scroll.base + ".options"
                    label: qsTr("Options")
                    makeRecord: () => ({
                                id: "o" + ((root.items[itemList.currentIndex]?.options ?? []).length + 1),
                                text: "",
                                feedback: ""
                            })
                    form: optionForm
                }
                StudioIdList {
                    visible: scroll.type === "rank"
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: scroll.base + ".order"
                    label: qsTr("Right order, most reliable first")
                    options: Array.from(root.items[itemList.currentIndex]?.options ?? []).map(o => ({
                                value: String(o.id),
                                text: String(o.text ?? o.id)
                            }))
                    optional: false
                }
                StudioIdList {
                    id: criteriaField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: scroll.base + ".criteria"
                    label: qsTr("Rubric criteria it trains")
                    options: root.criterionOptions
                    optional: false
                }
                StudioTextArea {
                    id: explanationField
                    Layout.fillWidth: true
                    document: root.document
                    file: root.file
                    path: scroll.base + ".explanation"
                    label: qsTr("Explanation (shown after answering)")
                    optional: false
                    minimumLines: 2
                }
                BoolField {
                    path: scroll.base + ".booster"
                    text: qsTr("Kept for the later booster check")
                }
            }
        }
    }

    Component {
        id: choiceForm
        ColumnLayout {
            id: choice
            property string base
            StudioTextField {
                Layout.fillWidth: true
                document: root.document
                file: root.file
                path: choice.base + ".text"
                label: qsTr("Choice")
                optional: false
            }
            BoolField {
                path: choice.base + ".correct"
                text: qsTr("Right")
            }
            StudioTextField {
                Layout.fillWidth: true
                document: root.document
                file: root.file
                path: choice.base + ".feedback"
                label: qsTr("Feedback: why it is right or wrong")
                optional: false
            }
        }
    }
    Component {
        id: evidenceChoiceForm
        ColumnLayout {
            id: evidenceChoice
            property string base
            StudioTextField {
                Layout.fillWidth: true
                document: root.document
                file: root.file
                path: evidenceChoice.base + ".text"
                label: qsTr("Choice")
                optional: false
            }
            StudioChoice {
                Layout.fillWidth: true
                document: root.document
                file: root.file
                path: evidenceChoice.base + ".evidence"
                label: qsTr("Evidence it names")
                options: ["none", "asserted", "technical", "documentary", "first-hand"]
            }
            BoolField {
                path: evidenceChoice.base + ".correct"
                text: qsTr("Right")
            }
            StudioTextField {
                Layout.fillWidth: true
                document: root.document
                file: root.file
                path: evidenceChoice.base + ".feedback"
                label: qsTr("Feedback: why it is right or wrong")
                optional: false
            }
        }
    }
    Component {
        id: spanForm
        ColumnLayout {
            id: span
            property string base
            StudioTextField {
                Layout.fillWidth: true
                document: root.document
                file: root.file
                path: span.base + ".quote"
                label: qsTr("Exact words")
                optional: false
            }
            StudioTextField {
                Layout.fillWidth: true
                document: root.document
                file: root.file
                path: span.base + ".occurrence"
                label: qsTr("Which occurrence (1 when empty)")
                number: true
            }
            BoolField {
                path: span.base + ".correct"
                text: qsTr("Right to mark")
            }
            StudioTextField {
                Layout.fillWidth: true
                document: root.document
                file: root.file
                path: span.base + ".feedback"
                label: qsTr("Feedback")
                optional: false
            }
        }
    }
    Component {
        id: optionForm
        ColumnLayout {
            id: option
            property string base
            StudioTextField {
                Layout.fillWidth: true
                document: root.document
                file: root.file
                path: option.base + ".text"
                label: qsTr("Option")
                optional: false
            }
            StudioTextField {
                Layout.fillWidth: true
                document: root.document
                file: root.file
                path: option.base + ".id"
                label: qsTr("Id")
                optional: false
            }
            StudioTextField {
                Layout.fillWidth: true
                document: root.document
                file: root.file
                path: option.base + ".feedback"
                label: qsTr("Feedback")
                optional: false
            }
        }
    }
}
