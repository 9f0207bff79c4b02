// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The body of one lesson step: its title, text, the dated cards of the later
// developments it cites, what it reveals (once revealed) and its content (an article, the blame network, the coverage
// or a quiz). Used by the story page and by the audience view of a
// presentation; the quiz is the caller's, since a student answers it and
// a class votes on it.
ColumnLayout {
    id: root

    /// LessonModel.step() of the step shown.
    property stepInfo step
    /// Whether the step's reveal is shown.
    property bool revealed: false
    /// What a quiz step shows (null: nothing).
    property Component quizComponent: null
    /// Narrower text lines read better; the audience view allows wider ones.
    property int textMaximumWidth: 1100
    /// The title's size: the audience view makes it larger than a page heading.
    property int titleSize: Theme.fontHeading
    /// On the audience screen: explorers show what the step sets, in type this large (px on the stage).
    property bool presenting: false
    property int presentingPixelSize: Theme.fontBody

    signal showInArticle(string articleId, string claimId, string quote)

    spacing: 10

    Label {
        objectName: "stepTitle"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.step.title
        font.pixelSize: root.titleSize
        font.bold: true
        color: Theme.ink
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        objectName: "stepText"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.maximumWidth: root.textMaximumWidth
        visible: text.length > 0
        text: root.step.text
        // Large for a step that is only text; dated cards below need the room.
        font.pixelSize: (root.step.kind === "narrative" || root.step.kind === "reveal") && laterRepeater.count === 0 ? Theme.fontHeading : Theme.fontBody
        lineHeight: 1.25
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    // The dated cards scroll when a long text leaves them too little room.
    Flickable {
        id: laterArea
        Layout.fillWidth: true
        Layout.maximumWidth: root.textMaximumWidth
        Layout.fillHeight: true
        Layout.preferredHeight: laterRow.implicitHeight
        Layout.maximumHeight: laterRow.implicitHeight
        visible: laterRepeater.count > 0
        contentHeight: laterRow.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // Only when a card is really cut (not for a pixel of rounding), and
        // beside the cards, never over their text.
        readonly property bool overflowing: contentHeight > height + 2
        ScrollBar.vertical: ScrollBar {
            id: laterScrollBar
            policy: laterArea.overflowing ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }
        RowLayout {
            id: laterRow
            objectName: "laterCards"
            width: laterArea.width - (laterArea.overflowing ? laterScrollBar.width + 4 : 0)
            spacing: 10
            Repeater {
                id: laterRepeater
                model: root.step.later
                delegate: Rectangle {
                    id: laterCard
                    required property datedCard modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // equal shares of the row
                    Layout.alignment: Qt.AlignTop
                    implicitHeight: laterColumn.implicitHeight + 20
                    radius: Theme.radius
                    color: Theme.infoPaper
                    border.color: Theme.line
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.dateText + ": " + modelData.title + ". " + modelData.description
                    ColumnLayout {
                        id: laterColumn
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            text: laterCard.modelData.dateText
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.inkMuted
                        }
                        Label {
                            Layout.fillWidth: true
                            text: laterCard.modelData.title
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: laterCard.modelData.description
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }
    }
    Rectangle {
        Layout.fillWidth: true
        visible: root.revealed
        implicitHeight: revealLabel.implicitHeight + 24
        radius: Theme.radius
        color: Theme.warningPaper
        border.color: Theme.warning
        border.width: 2
        Label {
            id: revealLabel
            objectName: "revealText"
            textFormat: Text.PlainText
            anchors.fill: parent
            anchors.margins: 12
            text: root.revealed ? root.step.reveal : ""
            font.pixelSize: Theme.fontLarge
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
    }

    Loader {
        id: content
        Layout.fillWidth: true
        Layout.fillHeight: true
        // What does not fit is cut here, never drawn over the step navigation below.
        clip: true
        sourceComponent: {
            switch (root.step.kind) {
            case "article":
                return articleStep;
            case "blame":
                return blameStep;
            case "coverage":
                return coverageStep;
            case "quiz":
                return root.quizComponent;
            default:
                return null;
            }
        }
    }
    Item {
        visible: content.sourceComponent === null
        Layout.fillHeight: true
    }

    Component {
        id: articleStep
        ArticleReaderView {
            articleId: root.step.articleId
        }
    }
    Component {
        id: blameStep
        BlameExplorer {
            compact: true
            presenting: root.presenting
            labelPixelSize: root.presenting ? root.presentingPixelSize : Theme.fontBody
            cutoff: root.step.cutoff
            mode: root.step.blameMode
            focusKind: root.step.focusKind
            focusId: root.step.focusId
            onShowInArticle: (articleId, claimId, quote) => root.showInArticle(articleId, claimId, quote)
        }
    }
    Component {
        id: coverageStep
        CoverageExplorer {
            compact: true
            cutoff: root.step.cutoff
        }
    }
}
