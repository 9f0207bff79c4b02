// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import org.claimscope.Claimscope

// The problems of one field, under it: those the loader reports for the same
// file and path (and, with `nested`, for the paths inside it, as a list's items).
Column {
    id: root

    required property CaseDocument document
    required property string file
    required property string path
    property bool nested: false
    readonly property int count: shown.length
    readonly property string text: shown.join("\n")

    // Recomputed when the problem list changes: a field shows at most a few rows.
    property var shown: []

    function matches(file: string, path: string): bool {
        if (file !== root.file)
            return false;
        if (path === root.path)
            return true;
        return root.nested && root.path.length > 0 && (path.startsWith(root.path + "[") || path.startsWith(root.path + "."));
    }

    function refresh(): void {
        const model = root.document ? root.document.problems : null;
        const rows = [];
        if (model) {
            for (let i = 0; i < model.count; ++i) {
                const index = model.index(i, 0);
                if (matches(model.data(index, ProblemListModel.FileRole), model.data(index, ProblemListModel.PathRole)))
                    rows.push(model.data(index, ProblemListModel.MessageRole));
            }
        }
        shown = rows;
    }

    spacing: 2
    onFileChanged: refresh()
    onPathChanged: refresh()
    Component.onCompleted: refresh()

    Connections {
        target: root.document ? root.document.problems : null
        function onCountChanged(): void {
            root.refresh();
        }
        function onModelReset(): void {
            root.refresh();
        }
    }

    Repeater {
        model: root.shown
        delegate: Label {
            required property string modelData
            width: root.width
            text: "⚠ " + modelData
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            Accessible.role: Accessible.AlertMessage
            Accessible.name: modelData
        }
    }
}
