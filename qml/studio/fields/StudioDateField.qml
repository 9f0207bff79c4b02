// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A date (YYYY-MM-DD) and its precision, the keys `dateKey` and
// `precisionKey` of the object at `path`. "day" is the format's default, so
// choosing it removes the precision key. A date that is not a calendar date
// is written anyway: the loader's problem then shows under the field.
ColumnLayout {
    id: root

    required property CaseDocument document
    required property string file
    required property string path
    property string label: qsTr("Date")
    property string dateKey: "date"
    property string precisionKey: "datePrecision"
    property bool optional: false
    property alias input: dateInput
    property alias precisionInput: precision
    readonly property string datePath: key(dateKey)
    readonly property string precisionPath: key(precisionKey)

    function key(name: string): string {
        return root.path.length > 0 ? root.path + "." + name : name;
    }
    function load(): void {
        if (!root.document)
            return;
        const d = root.document.value(root.file, root.datePath);
        const s = d === undefined || d === null ? "" : String(d);
        if (s !== dateInput.text)
            dateInput.text = s;
        const p = root.document.value(root.file, root.precisionPath);
        precision.currentIndex = p === "approximate" ? 1 : 0;
    }
    function writeDate(): void {
        if (dateInput.text.length === 0 && root.optional)
            root.document.unset(root.file, root.datePath);
        else
            root.document.setValue(root.file, root.datePath, dateInput.text);
    }
    function writePrecision(index: int): void {
        if (index === 1)
            root.document.setValue(root.file, root.precisionPath, "approximate");
        else if (root.document.value(root.file, root.precisionPath) !== undefined)
            root.document.unset(root.file, root.precisionPath);
        root.document.endEdit();
    }

    spacing: 4
    onFileChanged: load()
    onPathChanged: load()
    Component.onCompleted: load()

    Connections {
        target: root.document
        function onRevisionChanged(): void {
            root.load();
        }
    }

    Label {
        text: root.label
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.inkMuted
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: Theme.spacing / 2
        Layout.fillWidth: true
        TextField {
            id: dateInput
            objectName: "input"
            // Narrower where the form is (a 1024×768 window): the row never overflows the form.
            Layout.fillWidth: true
            Layout.preferredWidth: 11 * font.pixelSize
            Layout.maximumWidth: 11 * font.pixelSize
            Layout.minimumWidth: 8 * font.pixelSize
            placeholderText: qsTr("YYYY-MM-DD")
            inputMethodHints: Qt.ImhDate
            Accessible.name: root.label
            Accessible.description: problems.text
            onTextEdited: root.writeDate()
            onActiveFocusChanged: if (!activeFocus && root.document)
                root.document.endEdit()
        }
        ComboBox {
            id: precision
            objectName: "precision"
            Layout.fillWidth: true
            Layout.preferredWidth: 14 * font.pixelSize
            Layout.maximumWidth: 14 * font.pixelSize
            Layout.minimumWidth: 11 * font.pixelSize
            model: [qsTr("Known to the day"), qsTr("Approximate (≈)")]
            Accessible.name: qsTr("%1: precision").arg(root.label)
            onActivated: index => root.writePrecision(index)
        }
        CalendarButton {
            objectName: "calendarButton"
            date: dateInput.text
            document: root.document
            fieldLabel: root.label
            onPicked: picked => {
                dateInput.text = picked;
                root.writeDate();
                root.document.endEdit();
                dateInput.forceActiveFocus();
            }
        }
    }
    StudioFieldProblems {
        id: problems
        objectName: "problems"
        document: root.document
        file: root.file
        path: root.datePath
        Layout.fillWidth: true
    }
    StudioFieldProblems {
        document: root.document
        file: root.file
        path: root.precisionPath
        Layout.fillWidth: true
    }
}
