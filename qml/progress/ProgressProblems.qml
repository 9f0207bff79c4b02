// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A saved progress file that could not be used (moved aside, not deleted),
// or a save that failed: one line per problem naming the file and the field.
Rectangle {
    id: root

    visible: StudentProgress.problems.length > 0
    implicitHeight: visible ? layout.implicitHeight + 2 * 12 : 0
    radius: Theme.radius
    color: Theme.warningPaper
    border.color: Theme.warning
    border.width: 2
    Accessible.role: Accessible.AlertMessage
    Accessible.name: heading.text

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 12
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                id: heading
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Some saved progress could not be used. The file was kept beside it, and that student starts fresh.")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.warning
                wrapMode: Text.WordWrap
            }
            QuizButton {
                objectName: "dismissProblems"
                kind: "quiet"
                text: qsTr("Dismiss")
                Accessible.name: qsTr("Dismiss these messages")
                onClicked: StudentProgress.clearProblems()
            }
        }
        Repeater {
            model: StudentProgress.problems
            delegate: Label {
                required property problemLine modelData
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: modelData.text
                font.pixelSize: Theme.fontSmall
                font.family: "monospace"
                color: Theme.ink
                wrapMode: Text.Wrap
            }
        }
    }
}
