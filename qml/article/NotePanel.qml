// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// What an opened highlight means: the note, the correction of a slip, and
// the claim it belongs to with what was established later.
Rectangle {
    id: root

    /// ArticleReader.selected.
    property annotationNote note
    readonly property bool hasNote: note.id.length > 0

    radius: Theme.radius
    color: hasNote ? Theme.card : "transparent"
    border.color: hasNote ? note.color : Theme.line
    border.width: hasNote ? 3 : 1

    Flickable {
        anchors.fill: parent
        anchors.margins: 12
        contentHeight: column.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: parent.width
            spacing: 8

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: !root.hasNote
                text: qsTr("Click a highlight in the text, or pick one above, to see why it matters.")
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
                wrapMode: Text.WordWrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.hasNote
                text: root.note.layerLabel
                font.pixelSize: Theme.fontSmall
                font.bold: true
                font.capitalization: Font.AllUppercase
                color: Theme.inkMuted
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.hasNote
                text: PackText.plain("“%1”", [root.note.quote])
                font.pixelSize: Theme.fontBody
                font.family: "Noto Serif"
                font.italic: true
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.hasNote
                text: root.note.note
                font.pixelSize: Theme.fontBody
                color: Theme.ink
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Rectangle {
                Layout.fillWidth: true
                visible: root.note.hasCorrection
                implicitHeight: correctionLabel.implicitHeight + 16
                radius: 6
                color: Theme.accentPaper
                StyledLabel {
                    id: correctionLabel
                    anchors.fill: parent
                    anchors.margins: 8
                    text: PackText.rich(qsTr("<b>Correction:</b> %1<br><i>Sources: %2</i>"), [root.note.correction, root.note.correctionSources])
                    font.pixelSize: Theme.fontSmall
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
            }
            Rectangle {
                Layout.fillWidth: true
                visible: root.note.hasClaim
                implicitHeight: claimColumn.implicitHeight + 16
                radius: 6
                color: Theme.infoPaper
                ColumnLayout {
                    id: claimColumn
                    readonly property claimCard claim: root.note.claim
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 4
                    Label {
                        objectName: "noteClaim"
                        Layout.fillWidth: true
                        text: PackText.plain(qsTr("The claim (%1, %2): %3"), [claimColumn.claim.claimant, claimColumn.claim.dateText, claimColumn.claim.paraphrase])
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "noteNow"
                        Layout.fillWidth: true
                        text: qsTr("Now: %1").arg(claimColumn.claim.outcome.statusLabel)
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        Accessible.description: claimColumn.claim.outcome.statusDescription
                    }
                    Label {
                        Layout.fillWidth: true
                        text: claimColumn.claim.outcome.statusNote
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: claimColumn.claim.outcome.sinceThen
                        textFormat: Text.PlainText
                        font.pixelSize: 13
                        color: Theme.inkMuted
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: claimColumn.claim.outcome.knownAsOf
                        textFormat: Text.PlainText
                        font.pixelSize: 13
                        color: Theme.inkMuted
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
