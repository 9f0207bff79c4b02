// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The strip at the top of every page: a way back and where you are.
Rectangle {
    id: root

    property string title
    property string subtitle
    property bool showBack: true
    default property alias trailing: trailingRow.data
    signal backRequested

    implicitHeight: row.implicitHeight + 2 * 12
    color: Theme.card
    border.color: Theme.line

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Button {
            visible: root.showBack
            text: qsTr("← Back")
            flat: true
            font.pixelSize: Theme.fontSmall
            Accessible.name: qsTr("Back")
            onClicked: root.backRequested()
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.ink
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.subtitle
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
                elide: Text.ElideRight
            }
        }
        RowLayout {
            id: trailingRow
            spacing: 8
        }
    }
}
