// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// What each way of working will offer. It says plainly that the lesson
// itself is still being built.
Page {
    id: root

    required property string mode
    signal backRequested

    readonly property bool presenting: mode === "present"

    background: Rectangle { color: Theme.paper }
    Keys.onEscapePressed: root.backRequested()

    ColumnLayout {
        x: Math.max(Theme.margin, (root.width - width) / 2)
        y: Theme.margin
        width: Math.min(root.width - 2 * Theme.margin, 900)
        spacing: Theme.spacing

        Button {
            id: back
            text: qsTr("← Back to the case")
            flat: true
            focus: true
            font.pixelSize: Theme.fontSmall
            Accessible.name: qsTr("Back to the case")
            onClicked: root.backRequested()
        }
        Label {
            Layout.fillWidth: true
            text: root.presenting ? qsTr("Present to a class") : qsTr("Work through it myself")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("This part of Claimscope is being built. Here is what it will do:")
            font.pixelSize: Theme.fontBody
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: root.presenting
                   ? [qsTr("A full-screen audience view in large type, one lesson step at a time."),
                      qsTr("A presenter console on a second screen: notes, the next step, a clock."),
                      qsTr("Clicker keys: → and Space to go on, B to blank the screen."),
                      qsTr("Class votes on each quiz question, shown beside the right answer.")]
                   : [qsTr("A guided story from the first hack to the sanctions."),
                      qsTr("The articles with highlights: claims, anonymous sources, loaded words, slips."),
                      qsTr("Quizzes with feedback on every answer, and a result you can export."),
                      qsTr("Your progress saved on this computer, so you can stop and come back.")]
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                text: "•  " + modelData
                font.pixelSize: Theme.fontBody
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
        }
    }
}
