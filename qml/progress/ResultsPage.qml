// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.claimscope.Claimscope

// How the current student did: score, discernment (true and false statements
// apart), strength per rubric criterion, time spent; the booster check's
// result beside the lesson's. Exports a CSV and a one-page PDF for the teacher.
Page {
    id: root

    signal backRequested
    signal boosterRequested
    /// The student confirmed "start over": the progress is already forgotten.
    signal startedOver

    readonly property quizResult lesson: StudentProgress.lessonResults
    readonly property quizResult booster: StudentProgress.boosterResults
    readonly property bool hasBooster: StudentProgress.boosterStarted

    background: Rectangle {
        color: Theme.paper
    }

    function dateText(when: date): string {
        //: A date with its weekday, as in "Monday 16 November 2026" on the results page.
        return isNaN(when.getTime()) ? "" : when.toLocaleDateString(Qt.locale(), qsTr("dddd d MMMM yyyy", "date format"));
    }

    Keys.onEscapePressed: root.backRequested()

    // The page's title is its accessible name too.
    Accessible.name: root.title
    title: qsTr("Results · %1").arg(StudentProgress.displayName)
    header: PageHeader {
        title: root.title
        subtitle: CaseLibrary.title
        onBackRequested: root.backRequested()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.spacing
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentWidth)
            spacing: 12

            Rectangle {
                objectName: "sampleBanner"
                Layout.fillWidth: true
                visible: StudentProgress.sample
                implicitHeight: sampleLabel.implicitHeight + 16
                radius: Theme.radius
                color: Theme.warningPaper
                border.color: Theme.warning
                border.width: 2
                Label {
                    id: sampleLabel
                    textFormat: Text.PlainText
                    anchors.fill: parent
                    anchors.margins: 8
                    text: qsTr("SAMPLE — made-up answers showing what this page looks like. No real student's data.")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
            }
            ProgressProblems {
                Layout.fillWidth: true
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                RunResultCard {
                    objectName: "lessonCard"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    heading: !isNaN(root.lesson.finished.getTime()) ? qsTr("THE LESSON · FINISHED %1").arg(root.dateText(root.lesson.finished).toUpperCase()) : qsTr("THE LESSON · NOT FINISHED YET")
                    results: root.lesson
                }
                RunResultCard {
                    objectName: "boosterCard"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    visible: root.hasBooster
                    heading: qsTr("BOOSTER CHECK · %1").arg(root.dateText(root.booster.started).toUpperCase())
                    results: root.booster
                }
                Rectangle {
                    objectName: "boosterStatus"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    visible: !root.hasBooster
                    implicitHeight: boosterColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.card
                    border.color: Theme.line
                    ColumnLayout {
                        id: boosterColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 4
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: qsTr("BOOSTER CHECK")
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            font.letterSpacing: 1
                            color: Theme.accent
                        }
                        Label {
                            objectName: "boosterStatusText"
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            //: %Ln is a number of days.
                            text: !StudentProgress.lessonFinished ? qsTr("Opens %Ln day(s) after you finish the lesson.", "", StudentProgress.boosterDelayDays) :
                            //: %Ln is a number of questions.
                            StudentProgress.boosterAvailable ? qsTr("Open now: %Ln fresh question(s) to see what stayed with you.", "", StudentProgress.boosterItemIds().length) :
                            //: %1 is a weekday, date and time.
                            qsTr("Opens %1.").arg(StudentProgress.boosterAvailableAt.toLocaleString(Qt.locale(),
                            //: A weekday, date and time, as in "Monday 23 November, 14:05".
                            qsTr("dddd d MMMM, HH:mm", "date format")))
                            font.pixelSize: Theme.fontBody
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: qsTr("Its result will be kept beside the lesson's.")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.inkMuted
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Why two numbers? Rejecting everything gets every false statement right and every true one wrong: good judgement shows in both.")
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
                wrapMode: Text.WordWrap
            }

            // Strength per rubric criterion: text in every cell, the bar only repeats it.
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Strengths, by what the checks train")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            GridLayout {
                objectName: "criteriaTable"
                Layout.fillWidth: true
                columns: root.hasBooster ? 4 : 3
                columnSpacing: Theme.spacing
                rowSpacing: 6
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Criterion")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.inkMuted
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Lesson: share of credit")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.inkMuted
                }
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Answered")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.inkMuted
                }
                Label {
                    textFormat: Text.PlainText
                    visible: root.hasBooster
                    text: qsTr("Booster")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.inkMuted
                }
                Repeater {
                    model: root.lesson.byCriterion
                    delegate: Label {
                        id: criterionTitle
                        required property criterionScore modelData
                        required property int index
                        textFormat: Text.PlainText
                        Layout.row: index + 1
                        Layout.column: 0
                        Layout.maximumWidth: column.width * 0.42
                        text: modelData.title
                        font.pixelSize: Theme.fontBody
                        color: Theme.ink
                        // A long criterion (German, Arabic) takes a second line rather than losing its end.
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        HoverHandler {
                            id: hoverHandler
                        }
                        PlainToolTip {
                            visible: hoverHandler.hovered
                            text: criterionTitle.modelData.description
                        }
                    }
                }
                Repeater {
                    model: root.lesson.byCriterion
                    delegate: RowLayout {
                        id: barCell
                        required property criterionScore modelData
                        required property int index
                        Layout.row: index + 1
                        Layout.column: 1
                        Layout.fillWidth: true
                        spacing: 8
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("%1, lesson: %2 of the credit").arg(modelData.title).arg(ResultsFormatter.percent(modelData.fraction))
                        Rectangle {
                            Layout.fillWidth: true
                            implicitHeight: 16
                            radius: 8
                            color: Theme.paper
                            border.color: Theme.line
                            Rectangle {
                                // From the side the page reads from: the right, in a right-to-left language.
                                objectName: "criterionBarFill"
                                anchors.left: parent.left
                                width: parent.width * Math.max(0, barCell.modelData.fraction)
                                height: parent.height
                                radius: 8
                                color: Theme.accent
                            }
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.preferredWidth: 56
                            horizontalAlignment: Text.AlignRight
                            text: ResultsFormatter.percent(barCell.modelData.fraction)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.ink
                        }
                    }
                }
                Repeater {
                    model: root.lesson.byCriterion
                    delegate: Label {
                        id: criterionLabel
                        required property criterionScore modelData
                        required property int index
                        textFormat: Text.PlainText
                        objectName: "answered" + index
                        Layout.row: index + 1
                        Layout.column: 2
                        text: ResultsFormatter.countOf(modelData.answered, modelData.items)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.inkMuted
                        // Heard alone, the value names its column and row.
                        Accessible.name: qsTr("%1, answered: %2").arg(modelData.title).arg(text)
                    }
                }
                Repeater {
                    model: root.hasBooster ? root.lesson.byCriterion : []
                    delegate: Label {
                        required property criterionScore modelData
                        required property int index
                        textFormat: Text.PlainText
                        readonly property bool asked: root.booster.trains(modelData.id)
                        objectName: "booster" + index
                        Layout.row: index + 1
                        Layout.column: 3
                        text: asked ? ResultsFormatter.percent(root.booster.fraction(modelData.id)) : qsTr("not asked")
                        font.pixelSize: Theme.fontBody
                        font.bold: asked
                        color: asked ? Theme.ink : Theme.inkMuted
                        Accessible.name: qsTr("%1, booster: %2").arg(modelData.title).arg(text)
                    }
                }
            }
        }
    }

    footer: Rectangle {
        implicitHeight: nav.implicitHeight + 2 * 12
        color: Theme.card
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.line
        }
        RowLayout {
            id: nav
            x: Math.max(Theme.margin, (parent.width - width) / 2)
            y: 12
            width: Math.min(parent.width - 2 * Theme.margin, Theme.contentWidth)
            spacing: 12
            QuizButton {
                objectName: "startOverButton"
                kind: "quiet"
                visible: !StudentProgress.sample
                text: qsTr("Start over…")
                Accessible.name: qsTr("Start over, forgetting this progress")
                onClicked: startOverDialog.open()
            }
            Item {
                Layout.fillWidth: true
            }
            QuizButton {
                objectName: "csvButton"
                text: qsTr("Export CSV…")
                Accessible.name: qsTr("Export the answers as a CSV file")
                onClicked: {
                    saveDialog.suffix = "csv";
                    saveDialog.open();
                }
            }
            QuizButton {
                objectName: "pdfButton"
                text: qsTr("Export PDF…")
                Accessible.name: qsTr("Export a one-page PDF report for the teacher")
                onClicked: {
                    saveDialog.suffix = "pdf";
                    saveDialog.open();
                }
            }
            QuizButton {
                objectName: "boosterButton"
                kind: "primary"
                visible: StudentProgress.boosterAvailable && !StudentProgress.boosterFinished
                text: StudentProgress.boosterStarted ? qsTr("Continue the booster check →") : qsTr("Start the booster check →")
                onClicked: root.boosterRequested()
            }
        }
    }

    FileDialog {
        id: saveDialog
        property string suffix: "pdf"
        fileMode: FileDialog.SaveFile
        title: suffix === "pdf" ? qsTr("Save the report as PDF") : qsTr("Save the answers as CSV")
        nameFilters: suffix === "pdf" ? [qsTr("PDF (*.pdf)")] : [qsTr("CSV (*.csv)")]
        defaultSuffix: suffix
        currentFolder: StudentProgress.exportFolder()
        selectedFile: StudentProgress.exportFolder() + "/" + StudentProgress.exportFileName(suffix)
        onAccepted: {
            if (suffix === "pdf")
                StudentProgress.exportPdf(selectedFile);
            else
                StudentProgress.exportCsv(selectedFile);
        }
    }
    StartOverDialog {
        id: startOverDialog
        onConfirmed: {
            StudentProgress.startOver();
            root.startedOver();
        }
    }
}
