// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// Who blamed whom, up to a date: the network, the bar chart by evidence,
// and a table — all following one date scrubber. Selecting a pair lists
// its claims with their sources.
FocusScope {
    id: root

    property date cutoff
    property bool compact: false
    signal showInArticle(string articleId, string claimId, string quote)

    implicitWidth: 1200
    implicitHeight: 600

    function selectEdge(from: string, to: string): void {
        network.selectedFrom = from;
        network.selectedTo = to;
        CaseLibrary.claims.clearFilters();
        CaseLibrary.claims.claimant = from;
        CaseLibrary.claims.target = to;
        CaseLibrary.claims.cutoff = CaseLibrary.blame.cutoff;
    }
    function selectActor(actorId: string): void {
        network.selectedFrom = "";
        network.selectedTo = "";
        CaseLibrary.claims.clearFilters();
        CaseLibrary.claims.claimant = actorId;
        CaseLibrary.claims.cutoff = CaseLibrary.blame.cutoff;
    }

    onCutoffChanged: if (!isNaN(cutoff.getTime()))
        CaseLibrary.blame.cutoff = cutoff
    Component.onCompleted: {
        if (!isNaN(cutoff.getTime()))
            CaseLibrary.blame.cutoff = cutoff;
        CaseLibrary.claims.clearFilters();
        CaseLibrary.claims.cutoff = CaseLibrary.blame.cutoff;
    }
    Connections {
        target: CaseLibrary.blame
        function onCutoffChanged(): void {
            CaseLibrary.claims.cutoff = CaseLibrary.blame.cutoff;
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        DateScrubber {
            id: scrubber
            objectName: "blameScrubber"
            firstDate: CaseLibrary.blame.firstDate
            Layout.fillWidth: true
            focus: true
            dayCount: CaseLibrary.blame.dayCount
            dayIndex: CaseLibrary.blame.dayIndex
            dateText: CaseLibrary.blame.cutoffText
            markers: CaseLibrary.blame.claimDays
            onMoved: index => CaseLibrary.blame.dayIndex = index
            onNextEventRequested: CaseLibrary.blame.stepToNextClaimDay()
            onPreviousEventRequested: CaseLibrary.blame.stepToPreviousClaimDay()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    TabBar {
                        id: tabs
                        Layout.fillWidth: true
                        TabButton {
                            text: qsTr("Network")
                            font.pixelSize: Theme.fontSmall
                            Accessible.name: qsTr("Show the network")
                        }
                        TabButton {
                            text: qsTr("Bar chart")
                            font.pixelSize: Theme.fontSmall
                            Accessible.name: qsTr("Show the bar chart by evidence")
                        }
                        TabButton {
                            text: qsTr("Table")
                            font.pixelSize: Theme.fontSmall
                            Accessible.name: qsTr("Show the table of accusations")
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("%1 claims by this date").arg(CaseLibrary.blame.claimCount)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.inkMuted
                    }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex
                    Rectangle {
                        color: Theme.card
                        radius: Theme.radius
                        border.color: Theme.line
                        BlameNetwork {
                            id: network
                            anchors.fill: parent
                            anchors.margins: 8
                            onEdgeSelected: (from, to) => root.selectEdge(from, to)
                            onActorSelected: actorId => root.selectActor(actorId)
                        }
                        Flow {
                            anchors.left: parent.left
                            anchors.bottom: parent.bottom
                            anchors.margins: 8
                            width: parent.width - 16
                            spacing: 10
                            Repeater {
                                model: VocabularyStyle.stances
                                delegate: Row {
                                    id: legendItem
                                    required property vocabularyEntry modelData
                                    spacing: 4
                                    Rectangle {
                                        width: 18
                                        height: 6
                                        radius: 3
                                        color: legendItem.modelData.color
                                        anchors.verticalCenter: parent.verticalCenter
                                    }
                                    Text {
                                        textFormat: Text.PlainText
                                        text: legendItem.modelData.label
                                        font.pixelSize: 13
                                        color: Theme.inkMuted
                                    }
                                }
                            }
                        }
                    }
                    EvidenceBarChart {}
                    ListView {
                        id: table
                        clip: true
                        model: CaseLibrary.blame.edges
                        activeFocusOnTab: true
                        keyNavigationEnabled: true
                        Accessible.role: Accessible.Table
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
                            onClicked: root.selectEdge(modelData.from, modelData.to)
                            Keys.onReturnPressed: root.selectEdge(modelData.from, modelData.to)
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
                }
            }

            ColumnLayout {
                Layout.fillWidth: false
                Layout.preferredWidth: root.compact ? 320 : 380
                Layout.fillHeight: true
                spacing: 6
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: CaseLibrary.claims.claimant === "" ? qsTr("Select an arrow's number, a dot, or a table row to see its claims.") : qsTr("%1 claim(s) selected").arg(CaseLibrary.claims.count)
                    font.pixelSize: Theme.fontSmall
                    font.bold: CaseLibrary.claims.claimant !== ""
                    color: Theme.inkMuted
                    wrapMode: Text.WordWrap
                }
                ClaimList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: CaseLibrary.claims.claimant !== ""
                    onShowInArticle: (articleId, claimId, quote) => root.showInArticle(articleId, claimId, quote)
                }
            }
        }
    }
}
