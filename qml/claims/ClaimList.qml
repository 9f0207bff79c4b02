// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The claims behind a selection, each with its sources and a way to the
// words in the article when the case has them.
ListView {
    id: root

    /// Type sizes: larger on the audience screen.
    property int textPixelSize: Theme.fontSmall
    property int notePixelSize: 13
    signal showInArticle(string articleId, string claimId, string quote)

    model: CaseLibrary.claims
    clip: true
    spacing: 8
    activeFocusOnTab: true
    keyNavigationEnabled: true
    Accessible.role: Accessible.List
    // Only the cards in view exist: the name and each card say the real count.
    Accessible.name: qsTr("Claims: %Ln", "", root.count)
    ScrollBar.vertical: ScrollBar {}

    delegate: Rectangle {
        id: card
        required property int index
        required property string claimId
        required property string dateText
        required property string claimantName
        required property string targetNames
        required property string stance
        required property string evidence
        required property string attribution
        required property string paraphrase
        required property list<claimSource> sources
        required property string articleId
        required property string quote
        required property claimOutcome outcome
        required property string stanceLabel
        required property string attributionLabel
        required property string evidenceLabel

        width: root.width - 14
        implicitHeight: column.implicitHeight + 20
        radius: 8
        color: Theme.card
        border.color: ListView.isCurrentItem && root.activeFocus ? Theme.focus : Theme.line
        border.width: ListView.isCurrentItem && root.activeFocus ? Theme.focusWidth : 1
        Accessible.role: Accessible.ListItem
        Accessible.name: PackText.plain(qsTr("%1, %2 %3 %4: %5"), [dateText, claimantName, stanceLabel, targetNames, paraphrase])
        Accessible.description: qsTr("Claim %1 of %2").arg(LanguageManager.number(index + 1)).arg(LanguageManager.number(root.count))

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 10
            spacing: 4
            StyledLabel {
                Layout.fillWidth: true
                text: card.targetNames ? PackText.rich("<b>%1</b> %2 <b>%3</b>", [card.claimantName, card.stanceLabel, card.targetNames]) : PackText.rich("<b>%1</b> %2", [card.claimantName, card.stanceLabel])
                font.pixelSize: root.textPixelSize
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: card.dateText + " · " + card.attributionLabel + " · " + card.evidenceLabel
                font.pixelSize: root.notePixelSize
                color: Theme.inkMuted
                wrapMode: Text.WordWrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: card.paraphrase
                font.pixelSize: root.textPixelSize
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Sources: %1").arg(card.sources.map(s => s.dateText ? PackText.plain("%1 (%2)", [s.outlet, s.dateText]) : PackText.plain("%1", [s.outlet])).join("; "))
                font.pixelSize: root.notePixelSize
                color: Theme.inkMuted
                wrapMode: Text.WordWrap
            }
            // Each source's address, shown in full before anything opens.
            Flow {
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    model: card.sources.filter(s => s.url.length > 0)
                    delegate: Button {
                        id: addressButton
                        required property claimSource modelData
                        objectName: "sourceAddress"
                        flat: true
                        padding: 4
                        // Kept small: a control for the reader at the screen, not for the room.
                        font.pixelSize: 13
                        text: PackText.plain(qsTr("%1: web address…"), [addressButton.modelData.outlet])
                        Accessible.name: text
                        contentItem: Label {
                            textFormat: Text.PlainText
                            text: addressButton.text
                            font: addressButton.font
                            color: Theme.accentDark
                            elide: Text.ElideRight
                        }
                        onClicked: webAddressDialog.show(addressButton.modelData.url, addressButton.modelData.outlet)
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                text: PackText.plain(qsTr("Now: %1. %2"), [card.outcome.statusLabel, card.outcome.statusNote])
                textFormat: Text.PlainText
                font.pixelSize: root.notePixelSize
                font.italic: true
                color: Theme.inkMuted
                wrapMode: Text.WordWrap
                Accessible.description: card.outcome.statusDescription
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: [card.outcome.sinceThen, card.outcome.knownAsOf].filter(t => t.length > 0).join(" · ")
                textFormat: Text.PlainText
                font.pixelSize: root.notePixelSize
                color: Theme.inkMuted
                wrapMode: Text.WordWrap
            }
            Button {
                visible: card.articleId.length > 0
                text: qsTr("Show in the article")
                font.pixelSize: root.notePixelSize
                Accessible.name: qsTr("Show this claim in the article")
                onClicked: root.showInArticle(card.articleId, card.claimId, card.quote)
            }
        }
    }

    WebAddressDialog {
        id: webAddressDialog
    }
}
