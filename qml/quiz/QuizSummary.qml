// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The results of a quiz session: the score, discernment (true and false
// statements judged separately) and a bar per skill. Every bar has its
// numbers in words beside it, so nothing depends on reading the bar.
ColumnLayout {
    id: root

    required property QuizSession session
    /// False when the caller already titles the results.
    property bool showHeading: true

    /// The numbers shown, worded by ResultsFormatter.
    readonly property quizResult result: root.session.result
    readonly property bool hasStatements: root.result.trueItems + root.result.falseItems > 0

    /// "3", "2.5": points with at most one decimal.
    function points(value: real): string {
        return ResultsFormatter.points(value);
    }

    spacing: Theme.spacing

    // A labelled bar: the label and the numbers are text; the bar only repeats them.
    component ResultBar: ColumnLayout {
        id: bar
        property string label
        property real fraction: 0 // 0..1, or −1 for "not answered"
        property string valueText
        spacing: 4
        Accessible.role: Accessible.StaticText
        Accessible.name: bar.label + ": " + bar.valueText

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: bar.label
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
                Accessible.ignored: true
            }
            Label {
                textFormat: Text.PlainText
                Layout.alignment: Qt.AlignTop
                text: bar.valueText
                font.pixelSize: Theme.fontBody
                color: Theme.ink
                Accessible.ignored: true
            }
        }
        Rectangle {
            id: track
            Layout.fillWidth: true
            implicitHeight: 18
            radius: 4
            color: Theme.trackAhead
            border.color: Theme.line
            Accessible.ignored: true
            Rectangle {
                width: Math.max(0, bar.fraction) * track.width
                height: track.height
                radius: 4
                color: Theme.focus
            }
        }
    }

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: root.showHeading
        text: qsTr("Your results")
        font.pixelSize: Theme.fontHeading
        font.bold: true
        color: Theme.ink
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        objectName: "scoreText"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: ResultsFormatter.score(root.result)
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.accent
    }
    Label {
        objectName: "answeredText"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: ResultsFormatter.answered(root.result)
        font.pixelSize: Theme.fontBody
        color: Theme.ink
        wrapMode: Text.WordWrap
    }

    // Side by side when there is room, so a projector shows all of it at once.
    GridLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing / 2
        columns: root.width >= 900 && root.hasStatements && criteria.count > 0 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            visible: root.hasStatements
            implicitHeight: discernment.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.card
            border.color: Theme.line

            ColumnLayout {
                id: discernment
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 10

                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Telling true from false")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    objectName: "discernmentText"
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: ResultsFormatter.discernment(root.result)
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                ResultBar {
                    objectName: "trueBar"
                    Layout.fillWidth: true
                    visible: root.result.trueAnswered > 0
                    label: qsTr("True statements you accepted")
                    fraction: root.result.trueAccuracy
                    valueText: ResultsFormatter.statementShare(root.result.trueCorrect, root.result.trueAnswered, root.result.trueAccuracy)
                }
                ResultBar {
                    objectName: "falseBar"
                    Layout.fillWidth: true
                    visible: root.result.falseAnswered > 0
                    label: qsTr("False statements you rejected")
                    fraction: root.result.falseAccuracy
                    valueText: ResultsFormatter.statementShare(root.result.falseCorrect, root.result.falseAnswered, root.result.falseAccuracy)
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Both numbers matter. Calling everything false would reject every false statement, but every true one too: that is blanket doubt, not judgement. A careful reader accepts what is well supported and doubts what is not.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.inkMuted
                    wrapMode: Text.WordWrap
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            visible: criteria.count > 0
            implicitHeight: skills.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.card
            border.color: Theme.line

            ColumnLayout {
                id: skills
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 10

                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("By skill")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.ink
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Repeater {
                    id: criteria
                    objectName: "criterionRepeater"
                    model: root.result.byCriterion
                    delegate: ResultBar {
                        required property criterionScore modelData
                        Layout.fillWidth: true
                        label: modelData.title
                        fraction: modelData.fraction
                        valueText: ResultsFormatter.criterionPoints(modelData)
                    }
                }
            }
        }
    }
}
