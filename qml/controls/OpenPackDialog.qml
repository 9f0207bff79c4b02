// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick.Dialogs
import org.claimscope.Claimscope

// Asks for a case pack and opens it; refused packs show in the problem panel.
FileDialog {
    title: qsTr("Open a case pack")
    nameFilters: [qsTr("Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)"), qsTr("All files (*)")]
    onAccepted: CaseLibrary.openUrl(selectedFile)
}
