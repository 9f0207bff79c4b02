// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.claimscope.Claimscope

// Where a student is in a quiz: one segment per question, filled when
// answered, outlined when current.
RowLayout {
    id: root

    required property QuizSession session

    spacing: 6
    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("%1 of %2 questions answered").arg(LanguageManager.number(root.session.answered)).arg(LanguageManager.number(root.session.count))

    Repeater {
        model: root.session.itemIds
        delegate: Rectangle {
            required property string modelData
            required property int index
            readonly property bool done: root.session.answered >= 0 && root.session.isAnswered(modelData)
            Layout.fillWidth: true
            Layout.maximumWidth: 80
            Layout.minimumWidth: 16
            implicitHeight: 14
            radius: 7
            color: done ? Theme.accent : Theme.card
            border.width: index === root.session.currentIndex ? 3 : 1
            border.color: index === root.session.currentIndex ? Theme.ink : Theme.line
        }
    }
}
