// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import org.claimscope.Claimscope

// Saving the open case's teacher's guide or worksheet as a PDF: a save
// dialog whose file types choose the paper, A4 or US Letter (offered first
// where the locale measures in inches).
Item {
    id: root

    /// The save dialog or the failure notice is open.
    readonly property bool busy: saveDialog.visible || failed.visible

    /// kind: "guide" or "worksheet".
    function openFor(kind: string): void {
        saveDialog.kind = kind;
        saveDialog.selectedFile = printer.folder() + "/" + printer.fileName(kind);
        saveDialog.open();
    }

    LessonPrinter {
        id: printer
        library: CaseLibrary
    }

    FileDialog {
        id: saveDialog
        objectName: "printFileDialog"
        property string kind: "guide"
        fileMode: FileDialog.SaveFile
        title: kind === "guide" ? qsTr("Save the teacher's guide as PDF") : qsTr("Save the worksheet as PDF")
        nameFilters: [qsTr("PDF, A4 paper (*.pdf)"), qsTr("PDF, US Letter paper (*.pdf)")]
        selectedNameFilter.index: printer.letterByDefault ? 1 : 0
        defaultSuffix: "pdf"
        currentFolder: printer.folder()
        onAccepted: {
            if (!printer.write(kind, selectedFile, selectedNameFilter.index === 1))
                failed.open();
        }
    }

    Dialog {
        id: failed
        objectName: "printFailed"
        StillTransitions {
            popup: failed
        }
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("The PDF could not be written")
        standardButtons: Dialog.Ok
        Label {
            textFormat: Text.PlainText
            text: printer.error
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
    }
}
