// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// Who blamed whom up to the date, one row per arrow: claims, stances and evidence.
ListView {
    id: table

    signal edgeSelected(string from, string to)

    clip: true
    model: CaseLibrary.blame.edges
    // Every row exists, not only those in view: a screen reader counts the rows there are.
    cacheBuffer: 1000000
    activeFocusOnTab: true
    keyNavigationEnabled: true
    // A list that says each row's place and columns: a ListView has no
    // table interface for a screen reader to walk.
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Who blamed whom, as a table")
    ScrollBar.vertical: ScrollBar {}
    header: RowLayout {
        width: table.width - 14
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: 3
            Layout.fillWidth: true
            text: qsTr("Who → whom")
            font.bold: true
            font.pixelSize: Theme.fontSmall
        }
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            text: qsTr("Claims")
            font.bold: true
            font.pixelSize: Theme.fontSmall
        }
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: 3
            Layout.fillWidth: true
            text: qsTr("Stances")
            font.bold: true
            font.pixelSize: Theme.fontSmall
        }
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: 3
            Layout.fillWidth: true
            text: qsTr("Evidence offered")
            font.bold: true
            font.pixelSize: Theme.fontSmall
        }
    }
    delegate: ItemDelegate {
        id: row
        required property blameEdge modelData
        required property int index
        width: table.width - 14
        highlighted: ListView.isCurrentItem && table.activeFocus
        Accessible.name: modelData.label
        Accessible.description: qsTr("Row %1 of %2. Claims: %3. Stances: %4. Evidence offered: %5").arg(LanguageManager.number(index + 1)).arg(LanguageManager.number(table.count)).arg(LanguageManager.number(modelData.count)).arg(modelData.stances).arg(modelData.evidence)
        onClicked: table.edgeSelected(modelData.from, modelData.to)
        contentItem: RowLayout {
            Label {
                textFormat: Text.PlainText
                Layout.preferredWidth: 3
                Layout.fillWidth: true
                text: PackText.plain("%1 → %2", [row.modelData.fromName, row.modelData.toName])
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                text: row.modelData.count
                font.pixelSize: Theme.fontSmall
            }
            Label {
                textFormat: Text.PlainText
                Layout.preferredWidth: 3
                Layout.fillWidth: true
                text: row.modelData.stances
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.preferredWidth: 3
                Layout.fillWidth: true
                text: row.modelData.evidence
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }
    }
}
