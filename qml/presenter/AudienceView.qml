// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// What the class sees: the current step, laid out on a small stage and
// scaled to fill the screen, so type grows with the projector. Text and quiz
// steps use a 960×540 stage (at 1920×1080 everything is twice the size of
// the app's own pages); articles, the blame network and the coverage need
// room and use 1280×720 (1.5 times at 1920×1080). Black when blanked.
// The console shows a small copy of it as its preview.
Rectangle {
    id: root

    required property Presentation presentation
    readonly property LessonModel lesson: CaseLibrary.lesson
    /// Steps whose content is an explorer, or that carry dated cards, need a larger stage.
    readonly property bool dense: ["article", "blame", "coverage"].includes(lesson.current.kind) || lesson.current.later.length > 0
    /// How much larger than its stage the view is drawn.
    readonly property real stageScale: Math.min(width / (dense ? 1280 : 960), height / (dense ? 720 : 540))

    color: presentation.blanked ? Theme.blank : Theme.paper
    clip: true
    Accessible.role: Accessible.Pane
    Accessible.name: presentation.blanked ? qsTr("The audience screen is blank") : lesson.current.title

    Item {
        id: stage
        objectName: "audienceStage"
        visible: !root.presentation.blanked
        width: root.width / root.stageScale
        height: root.height / root.stageScale
        scale: root.stageScale
        transformOrigin: Item.TopLeft

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: 6

            Label {
                objectName: "audienceChapter"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("%1 · step %2 of %3").arg(root.lesson.current.chapterTitle).arg(LanguageManager.number(root.lesson.currentIndex + 1)).arg(LanguageManager.number(root.lesson.count))
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
                elide: Text.ElideRight
            }
            StepView {
                objectName: "audienceStep"
                Layout.fillWidth: true
                Layout.fillHeight: true
                step: root.lesson.current
                revealed: root.lesson.revealed
                textMaximumWidth: stage.width
                titleSize: root.dense || root.presentation.onQuiz ? Theme.fontHeading : Theme.fontTitle
                quizComponent: voteComponent
                presenting: true
                // At least 18 px on the screen, whatever the stage's scale.
                presentingPixelSize: Math.max(Theme.fontBody, Math.ceil(18 / root.stageScale))
            }
        }
    }

    Component {
        id: voteComponent
        VoteItemView {
            presentation: root.presentation
        }
    }
}
