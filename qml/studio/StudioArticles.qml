// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.claimscope.Claimscope

// The studio's articles: the list on the left, with pasting and importing;
// the chosen article's text in the middle with its annotations marked as in
// the reader; on the right, marking the selected words and the marks made.
FocusScope {
    id: root

    required property CaseDocument document
    /// The article shown ("" when the case has none).
    property string articleId: document.articleIds.length > 0 ? document.articleIds[0] : ""
    /// The annotation being edited (its index in the article's list, -1: none).
    property int annotationIndex: -1

    readonly property string file: articleId.length > 0 ? document.articleFile(articleId) : ""
    readonly property string text: document.revision >= 0 && articleId.length > 0 ? document.articleText(articleId) : ""
    readonly property var annotations: document.revision >= 0 && file.length > 0 ? (document.value(file, "annotations") ?? []) : []
    /// Each annotation's place in `text`: { start, end } (start -1 when its quote is not found).
    readonly property var spans: spansOf(text, annotations)

    /// A claim was made from the selected words (for the studio to show it).
    signal claimCreated(string claimId)

    onArticleIdChanged: annotationIndex = -1

    function focusPath(file: string, path: string): bool {
        const match = /^articles\/(.+)\.json$/.exec(file);
        if (!match || document.articleIds.indexOf(match[1]) < 0)
            return false;
        articleId = match[1];
        const annotation = /^annotations\[(\d+)\]/.exec(path);
        if (annotation) {
            tabs.currentIndex = 0;
            annotationIndex = Number(annotation[1]);
            annotationList.positionViewAtIndex(annotationIndex, ListView.Contain);
            noteField.input.forceActiveFocus();
        } else {
            annotationIndex = -1;
            const key = /^(\w+)/.exec(path);
            tabs.currentIndex = 1;
            if (!key || !details.focusField(key[1])) {
                tabs.currentIndex = 0;
                textView.forceActiveFocus();
            }
        }
        return true;
    }

    /// Where each annotation's quote is, counted as the validator counts:
    /// non-overlapping matches from the start of the text.
    function spansOf(text: string, annotations: var): var {
        return annotations.map(a => {
            const quote = a.quote ?? "";
            const wanted = a.occurrence ?? 1;
            let from = 0;
            let found = -1;
            for (let n = 0; n < wanted && quote.length > 0; ++n) {
                found = text.indexOf(quote, from);
                if (found < 0)
                    break;
                from = found + quote.length;
            }
            return found < 0 ? {
                start: -1,
                end: -1
            } : {
                start: found,
                end: found + quote.length
            };
        });
    }

    function escaped(s: string): string {
        return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }

    /// The text as rich text with one character per character of `text`, so
    /// that selections count as articleText() does; marks do not overlap.
    function markedHtml(): string {
        const order = spans.map((s, i) => ({
                    start: s.start,
                    end: s.end,
                    index: i
                })).filter(s => s.start >= 0).sort((a, b) => a.start - b.start);
        let html = "";
        let at = 0;
        for (const s of order) {
            if (s.start < at)
                continue;
            html += escaped(text.substring(at, s.start));
            const layer = annotations[s.index].layer ?? "";
            const chosen = s.index === annotationIndex;
            html += "<span style=\"background-color:" + layerColor(layer) + ";color:" + VocabularyStyle.markInk + (chosen || layer === "factual-slip" ? ";text-decoration:underline" : "") + "\">" + escaped(text.substring(s.start, s.end)) + "</span>";
            at = s.end;
        }
        html += escaped(text.substring(at));
        return "<p style=\"white-space:pre-wrap\">" + html + "</p>";
    }

    function layerEntry(layer: string): var {
        return VocabularyStyle.annotationLayers.find(e => e.id === layer);
    }
    function layerColor(layer: string): string {
        const entry = layerEntry(layer);
        return entry ? entry.color : Theme.line;
    }

    /// Marks the selected words in `layer`; a factual slip gets its correction.
    function markSelection(layer: string, note: string, correction: string): bool {
        return markRange(textView.selectionStart, textView.selectionEnd, layer, note, correction);
    }
    function markRange(start: int, end: int, layer: string, note: string, correction: string): bool {
        document.beginCompound(qsTr("Mark words"));
        const id = document.addAnnotation(articleId, start, end, layer, note);
        const index = annotations.length - 1;
        if (id.length > 0 && layer === "factual-slip")
            document.setValue(file, "annotations[" + index + "].correction", {
                text: correction,
                sources: []
            });
        document.endCompound(id.length > 0);
        if (id.length === 0)
            return false;
        annotationIndex = index;
        return true;
    }

    /// "c3", "s12": the prefix and the first number after the count that no item uses.
    function numberedId(prefix: string, items: var): string {
        const used = items.map(item => item.id);
        let n = items.length + 1;
        while (used.indexOf(prefix + n) >= 0)
            ++n;
        return prefix + n;
    }

    /// A new claim reported by the selected words: sourced to this article
    /// (its source found by web address, or made from the article's details),
    /// and the words marked in the claim layer, linked to it. Returns the
    /// claim's id ("" when refused).
    function claimFromSelection(): string {
        // Taken now: every edit rebuilds the marked text, which drops the selection.
        const start = textView.selectionStart;
        const end = textView.selectionEnd;
        const quote = document.annotationFromSelection(articleId, start, end);
        if (quote.error.length > 0)
            return "";
        document.beginCompound(qsTr("New claim from words"));
        const claimId = addClaimFromQuote(start, end, quote.quote);
        document.endCompound(claimId.length > 0);
        if (claimId.length > 0)
            claimCreated(claimId);
        return claimId;
    }
    // The claim, its source (the article's, made when the case has none) and the mark linking them.
    function addClaimFromQuote(start: int, end: int, words: string): string {
        const article = document.value(file, "");
        const sources = document.value("sources.json", "sources") ?? [];
        let source = sources.find(s => s.url === article.url);
        if (!source) {
            source = {
                id: numberedId("s", sources),
                outlet: article.outlet ?? "",
                url: article.url ?? ""
            };
            if (!document.insert("sources.json", "sources", -1, source))
                return "";
        }
        const claims = document.value("claims.json", "claims") ?? [];
        const claimId = numberedId("c", claims);
        const claim = {
            id: claimId,
            date: article.date ?? "",
            claimant: "",
            targets: [],
            stance: "blames",
            attribution: "named",
            evidence: "none",
            paraphrase: "",
            sources: [
                {
                    source: source.id,
                    article: articleId,
                    quote: words
                }
            ],
            established: {
                status: "unresolved",
                note: ""
            }
        };
        if (!document.insert("claims.json", "claims", -1, claim) || !markRange(start, end, "claim", "", ""))
            return "";
        document.setValue(file, "annotations[" + annotationIndex + "].claim", claimId);
        return claimId;
    }

    /// Changes an annotation's layer; only a factual slip has a correction.
    function setLayer(index: int, layer: string): void {
        const path = "annotations[" + index + "]";
        document.setValue(file, path + ".layer", layer);
        if (layer === "factual-slip" && document.value(file, path + ".correction") === undefined)
            document.setValue(file, path + ".correction", {
                text: "",
                sources: []
            });
        else if (layer !== "factual-slip" && document.value(file, path + ".correction") !== undefined)
            document.unset(file, path + ".correction");
        document.endEdit();
    }

    function removeAnnotation(index: int): void {
        document.remove(file, "annotations", index);
        annotationIndex = -1;
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import an article")
        nameFilters: [qsTr("Text or web pages (*.txt *.html *.htm)"), qsTr("All files (*)")]
        onAccepted: {
            const id = root.document.addArticleFromFile(selectedFile, {});
            if (id.length > 0)
                root.articleId = id;
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        // ------------------------------------------------ the articles
        ColumnLayout {
            Layout.preferredWidth: Math.min(240, Math.round(root.width * 0.2))
            Layout.maximumWidth: 240
            Layout.fillHeight: true
            spacing: 6

            Label {
                text: qsTr("Articles")
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ListView {
                id: articleList
                objectName: "articleList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                activeFocusOnTab: true
                model: root.document.articleIds
                currentIndex: root.document.articleIds.indexOf(root.articleId)
                keyNavigationEnabled: true
                onCurrentIndexChanged: if (activeFocus && currentIndex >= 0)
                    root.articleId = root.document.articleIds[currentIndex]
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Articles of the case")
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: articleRow
                    required property string modelData
                    required property int index
                    width: ListView.view.width
                    highlighted: modelData === root.articleId
                    text: (root.document.revision >= 0 ? root.document.value(root.document.articleFile(modelData), "headline") : "") || modelData
                    contentItem: Label {
                        textFormat: Text.PlainText
                        text: articleRow.text
                        wrapMode: Text.WordWrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                    }
                    Accessible.name: text
                    onClicked: root.articleId = modelData
                }
            }
            Button {
                objectName: "pasteArticleButton"
                Layout.fillWidth: true
                text: qsTr("Paste…")
                Accessible.name: qsTr("Paste an article")
                onClicked: pastePopup.open()
            }
            Button {
                Layout.fillWidth: true
                text: qsTr("Import…")
                Accessible.name: qsTr("Import an article from a text or web page file")
                onClicked: importDialog.open()
            }
            Button {
                objectName: "removeArticleButton"
                Layout.fillWidth: true
                enabled: root.articleId.length > 0
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove this article")
                onClicked: {
                    const at = root.document.articleIds.indexOf(root.articleId);
                    if (root.document.removeArticle(root.articleId)) {
                        const ids = root.document.articleIds;
                        root.articleId = ids.length > 0 ? ids[Math.min(at, ids.length - 1)] : "";
                    }
                }
            }
        }

        // ------------------------------------------------ the text or the details
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            TabBar {
                id: tabs
                objectName: "articleTabs"
                Layout.fillWidth: true
                enabled: root.articleId.length > 0
                TabButton {
                    text: qsTr("Text and marks")
                    Accessible.name: text
                }
                TabButton {
                    objectName: "detailsTab"
                    text: qsTr("Details")
                    Accessible.name: text
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: tabs.currentIndex === 0
                radius: Theme.radius
                color: Theme.card
                border.color: textView.activeFocus ? Theme.focus : Theme.line
                border.width: textView.activeFocus ? Theme.focusWidth : 1

                Label {
                    anchors.centerIn: parent
                    visible: root.articleId.length === 0
                    text: qsTr("No article yet: paste one or import a file.")
                    color: Theme.inkMuted
                }

                ScrollView {
                    id: textScroll
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    visible: root.articleId.length > 0
                    // Read-only, but selectable from the keyboard (Shift+arrows) and the mouse.
                    TextArea {
                        id: textView
                        objectName: "articleTextView"
                        readOnly: true
                        selectByMouse: true
                        selectByKeyboard: true
                        persistentSelection: true
                        textFormat: TextEdit.RichText
                        text: root.articleId.length > 0 ? root.markedHtml() : ""
                        wrapMode: TextEdit.Wrap
                        color: Theme.ink
                        font.family: "Noto Serif"
                        font.pixelSize: Theme.fontBody
                        background: null
                        Accessible.role: Accessible.EditableText
                        Accessible.name: qsTr("Article text: select words to mark them")
                        Accessible.description: root.text
                    }
                }
            }

            ScrollView {
                id: detailsScroll
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: tabs.currentIndex === 1 && root.articleId.length > 0
                contentWidth: availableWidth
                ArticleDetailsForm {
                    id: details
                    width: detailsScroll.availableWidth
                    document: root.document
                    articleId: root.articleId
                }
            }
        }

        // ------------------------------------------------ marking and the marks
        ScrollView {
            id: markScroll
            Layout.preferredWidth: Math.min(320, Math.round(root.width * 0.3))
            Layout.maximumWidth: 320
            Layout.fillHeight: true
            contentWidth: availableWidth
            enabled: root.articleId.length > 0

            ColumnLayout {
                width: markScroll.availableWidth
                spacing: 6

                Label {
                    text: qsTr("Mark the selected words")
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    objectName: "selectionLabel"
                    readonly property var quote: textView.selectionEnd > textView.selectionStart ? root.document.annotationFromSelection(root.articleId, textView.selectionStart, textView.selectionEnd) : null
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: quote && quote.error.length > 0 ? Theme.warning : Theme.ink
                    text: !quote ? qsTr("Select words in the text first.") : (quote.error.length > 0 ? quote.error : (quote.occurrence > 1 ? qsTr("“%1” (match %2)").arg(quote.quote).arg(quote.occurrence) : qsTr("“%1”").arg(quote.quote)))
                }
                ComboBox {
                    id: newLayer
                    objectName: "newLayerChoice"
                    Layout.fillWidth: true
                    model: StudioVocabulary.choices("layer")
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("Layer of the new mark")
                }
                TextArea {
                    id: newNote
                    objectName: "newNoteField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 70
                    placeholderText: qsTr("Note: why this matters")
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    Accessible.name: qsTr("Note of the new mark")
                }
                TextArea {
                    id: newCorrection
                    objectName: "newCorrectionField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 50
                    visible: newLayer.currentValue === "factual-slip"
                    placeholderText: qsTr("Correction: what is right")
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    Accessible.name: qsTr("Correction of the factual slip")
                }
                Button {
                    objectName: "markButton"
                    Layout.fillWidth: true
                    enabled: textView.selectionEnd > textView.selectionStart
                    text: qsTr("Mark")
                    Accessible.name: qsTr("Mark the selected words as %1").arg(newLayer.currentText)
                    onClicked: {
                        if (root.markSelection(newLayer.currentValue, newNote.text, newCorrection.text)) {
                            newNote.text = "";
                            newCorrection.text = "";
                            textView.deselect();
                        }
                    }
                }
                Button {
                    objectName: "newClaimButton"
                    Layout.fillWidth: true
                    enabled: textView.selectionEnd > textView.selectionStart
                    text: qsTr("New claim from words")
                    Accessible.name: qsTr("Make a new claim reported by the selected words")
                    onClicked: {
                        if (root.claimFromSelection().length > 0)
                            textView.deselect();
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.document.lastError.length > 0
                    textFormat: Text.PlainText
                    text: root.document.lastError
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                }

                Label {
                    Layout.topMargin: 8
                    text: qsTr("Marks (%1)").arg(LanguageManager.number(root.annotations.length))
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ListView {
                    id: annotationList
                    objectName: "annotationList"
                    Layout.fillWidth: true
                    // Nearly half the panel's height: more marks in view on a tall screen, the open mark's form below.
                    Layout.preferredHeight: Math.max(180, Math.round(markScroll.availableHeight * 0.45))
                    clip: true
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    model: root.annotations.length
                    currentIndex: root.annotationIndex
                    onCurrentIndexChanged: if (activeFocus)
                        root.annotationIndex = currentIndex
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Marks in this article")
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: markRow
                        required property int index
                        readonly property var mark: root.annotations[index] ?? {}
                        readonly property var entry: root.layerEntry(mark.layer ?? "")
                        width: ListView.view.width
                        highlighted: index === root.annotationIndex
                        text: (entry ? entry.marker + " " + entry.label : (mark.layer ?? "")) + ": " + (mark.quote ?? "") + (root.spans[index] && root.spans[index].start < 0 ? " " + qsTr("(not found in the text)") : "")
                        contentItem: RowLayout {
                            spacing: 6
                            Rectangle {
                                implicitWidth: 14
                                implicitHeight: 14
                                radius: 3
                                color: root.layerColor(markRow.mark.layer ?? "")
                                border.color: Theme.line
                            }
                            Label {
                                Layout.fillWidth: true
                                textFormat: Text.PlainText
                                text: markRow.text
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        Accessible.name: text
                        onClicked: root.annotationIndex = index
                    }
                }

                // The chosen mark's layer, note and correction.
                ColumnLayout {
                    id: markEditor
                    readonly property string path: "annotations[" + root.annotationIndex + "]"
                    readonly property var mark: root.annotationIndex >= 0 ? root.annotations[root.annotationIndex] ?? null : null
                    Layout.fillWidth: true
                    visible: mark !== null
                    spacing: 4
                    ComboBox {
                        id: layerChoice
                        objectName: "markLayerChoice"
                        Layout.fillWidth: true
                        model: StudioVocabulary.choices("layer")
                        textRole: "text"
                        valueRole: "value"
                        currentIndex: markEditor.mark ? indexOfValue(markEditor.mark.layer) : -1
                        Accessible.name: qsTr("Layer of the mark")
                        onActivated: root.setLayer(root.annotationIndex, currentValue)
                    }
                    StudioTextArea {
                        id: noteField
                        objectName: "markNoteField"
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: markEditor.path + ".note"
                        label: qsTr("Note")
                        optional: false
                    }
                    StudioTextArea {
                        objectName: "markCorrectionField"
                        Layout.fillWidth: true
                        visible: markEditor.mark !== null && markEditor.mark.layer === "factual-slip"
                        document: root.document
                        file: root.file
                        path: markEditor.path + ".correction.text"
                        label: qsTr("Correction: what is right")
                        optional: false
                    }
                    StudioIdList {
                        objectName: "markCorrectionSources"
                        Layout.fillWidth: true
                        visible: markEditor.mark !== null && markEditor.mark.layer === "factual-slip"
                        document: root.document
                        file: root.file
                        path: markEditor.path + ".correction.sources"
                        label: qsTr("Sources of the correction")
                        optional: false
                        options: root.document.revision >= 0 ? (root.document.value("sources.json", "sources") ?? []).map(s => ({
                                    value: s.id,
                                    text: s.id + " — " + (s.outlet ?? "")
                                })) : []
                    }
                    StudioChoice {
                        objectName: "markClaim"
                        Layout.fillWidth: true
                        document: root.document
                        file: root.file
                        path: markEditor.path + ".claim"
                        label: qsTr("The claim it reports")
                        optional: true
                        options: root.document.revision >= 0 ? (root.document.value("claims.json", "claims") ?? []).map(c => ({
                                    value: c.id,
                                    text: c.id + " — " + (c.paraphrase ?? "")
                                })) : []
                    }
                    Button {
                        objectName: "removeMarkButton"
                        Layout.fillWidth: true
                        text: qsTr("Remove this mark")
                        onClicked: root.removeAnnotation(root.annotationIndex)
                    }
                }
            }
        }
    }

    // ------------------------------------------------ pasting an article
    Popup {
        id: pastePopup
        objectName: "pastePopup"
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 720)
        height: Math.min(parent.height - 40, 520)
        modal: true
        focus: true
        onOpened: pasteHeadline.forceActiveFocus()

        ColumnLayout {
            anchors.fill: parent
            spacing: 6
            Label {
                text: qsTr("Paste an article")
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            TextField {
                id: pasteHeadline
                objectName: "pasteHeadline"
                Layout.fillWidth: true
                placeholderText: qsTr("Headline")
                Accessible.name: qsTr("Headline of the new article")
            }
            TextField {
                id: pasteOutlet
                Layout.fillWidth: true
                placeholderText: qsTr("Outlet")
                Accessible.name: qsTr("Outlet of the new article")
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                TextArea {
                    id: pasteText
                    objectName: "pasteText"
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    placeholderText: qsTr("The article's text or HTML: blank lines between paragraphs")
                    Accessible.name: qsTr("Text of the new article")
                }
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button {
                    text: qsTr("Cancel")
                    onClicked: pastePopup.close()
                }
                Button {
                    objectName: "pasteAddButton"
                    text: qsTr("Add the article")
                    enabled: pasteText.text.trim().length > 0 && pasteHeadline.text.trim().length > 0
                    onClicked: {
                        const fields = {
                            headline: pasteHeadline.text.trim()
                        };
                        if (pasteOutlet.text.trim().length > 0)
                            fields.outlet = pasteOutlet.text.trim();
                        const id = root.document.addArticleFromText(pasteText.text, fields);
                        if (id.length > 0) {
                            root.articleId = id;
                            pasteText.clear();
                            pasteHeadline.clear();
                            pasteOutlet.clear();
                            pastePopup.close();
                        }
                    }
                }
            }
        }
    }
}
