// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// One article of the case: outlet, date and headline.
Rectangle {
    id: root

    required property string outlet
    required property string outletKind
    required property bool outletInferred
    required property string dateText
    required property string headline

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.card
    border.color: Theme.line
    border.width: 1
    Accessible.role: Accessible.StaticText
    Accessible.name: PackText.plain(qsTr("%1, %2: %3"), [root.outlet, root.dateText, root.headline])

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 6

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.outlet + (root.outletInferred ? qsTr(" (outlet inferred)") : "")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.accent
            wrapMode: Text.WordWrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.dateText
            font.pixelSize: Theme.fontSmall
            color: Theme.inkMuted
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.headline
            font.pixelSize: Theme.fontBody
            font.family: "Noto Serif"
            color: Theme.ink
            wrapMode: Text.WordWrap
            maximumLineCount: 4
            elide: Text.ElideRight
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
