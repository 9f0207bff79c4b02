// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// Who blamed whom, up to a date: a headline, the camps, the matrix, the
// network of actors, the bar chart by evidence and a table — all following one date
// scrubber. What is in focus (a camp, an actor, an arrow; at first the
// step's focus or the largest arrow) lists its claims with their sources.
FocusScope {
    id: root

    property date cutoff
    property bool compact: false
    /// On the audience screen: no scrubber or tabs (the step sets the date and view), larger type.
    property bool presenting: false
    /// "camps", "matrix", "actors" or "" (camps).
    property string mode
    /// The step's focus: "camp", "actor", "about" or "" (the largest arrow), and its id.
    property string focusKind
    property string focusId
    property int labelPixelSize: Theme.fontBody
    /// What the claim list shows, in words.
    property string focusTitle
    /// The camp or actor the matrix marks, and the arrow the network marks.
    property string matrixHighlight
    property string networkFrom
    property string networkTo
    signal showInArticle(string articleId, string claimId, string quote)

    function showClaims(ids: list<string>): void {
        focusedClaimCount = CaseLibrary.blame.claimCount;
        CaseLibrary.claims.show(ids, CaseLibrary.blame.cutoff);
    }
    /// Focuses a camp, an actor or the claims about an actor.
    function focusOn(kind: string, id: string): void {
        camps.selectedKind = kind === "about" ? "camp" : kind;
        camps.selectedId = kind === "about" ? CaseLibrary.blame.campOf(id) : id;
        camps.selectedFrom = "";
        camps.selectedTo = "";
        // The matrix marks the camp (or the actor's camp) in its headers; Enter there opens it.
        matrixHighlight = camps.selectedId;
        // Later, once the matrix has its rows laid out.
        Qt.callLater(() => {
            const matrix = matrixLoader.item as BlameMatrix;
            const place = matrix ? matrix.model.placeOf(root.matrixHighlight) : -1;
            if (place >= 0)
                kind === "about" ? matrix.moveTo(-1, place) : matrix.moveTo(place, -1);
        });
        const name = CaseLibrary.blame.nameOf(id);
        focusTitle = kind === "about" ? PackText.plain(qsTr("Claims about %1"), [name]) : PackText.plain(qsTr("Claims by or about %1"), [name]);
        // A camp in focus is a side that speaks: the headline stays on whom the camps blame.
        CaseLibrary.blame.setHeadlineSubject(kind === "camp" ? "" : kind, id);
        showClaims(CaseLibrary.blame.claimsOf(kind, id));
        focused = {
            kind: kind,
            id: id
        };
    }
    /// The card for several actors of the open camp ("5 more"): their claims.
    function focusGroup(groupId: string, actorIds: list<string>, name: string): void {
        camps.selectedKind = "actor";
        camps.selectedId = groupId;
        camps.selectedFrom = "";
        camps.selectedTo = "";
        matrixHighlight = "";
        //: %1 "5 more", %2 a camp: "Claims by or about 5 more of US government"
        focusTitle = PackText.plain(qsTr("Claims by or about %1 of %2"), [name, CaseLibrary.blame.nameOf(CaseLibrary.blame.openCamp)]);
        CaseLibrary.blame.setHeadlineSubject("", "");
        showClaims(CaseLibrary.blame.claimsOfActors(actorIds));
        focused = {
            kind: "group",
            id: groupId,
            actorIds: actorIds,
            name: name
        };
    }
    /// A cell of the matrix: its claims, headed "A → B: 5 claims".
    function focusCell(claimant: string, target: string): void {
        const matrix = matrixLoader.item as BlameMatrix;
        if (!matrix) {
            focusDefault(); // the matrix was closed: its cell is gone
            return;
        }
        const ids = matrix.model.claimIds(claimant, target);
        matrixHighlight = "";
        focusTitle = CaseLibrary.blame.pairHeading(claimant, target, ids.length);
        CaseLibrary.blame.setHeadlineSubject("", "");
        showClaims(ids);
        focused = {
            kind: "cell",
            from: claimant,
            to: target
        };
    }
    function focusCampEdge(from: string, to: string): void {
        const edge = CaseLibrary.blame.campEdge(from, to);
        camps.selectedKind = "edge";
        camps.selectedId = "";
        camps.selectedFrom = from;
        camps.selectedTo = to;
        focusTitle = edge.from !== "" ? edge.label : "";
        showClaims(edge.claimIds);
        focused = {
            kind: "edge",
            from: from,
            to: to
        };
    }
    /// The step's focus, else the largest arrow.
    function focusDefault(): void {
        if (focusKind !== "" && focusId !== "") {
            focusOn(focusKind, focusId);
            return;
        }
        CaseLibrary.blame.setHeadlineSubject("", "");
        const edges = CaseLibrary.blame.campEdges;
        if (edges.length > 0)
            focusCampEdge(edges[0].from, edges[0].to);
    }
    // Re-applied when the date moves, so the list follows it.
    property var focused: ({})
    /// How many claims the focus was last worked out from: a date with no new claim changes nothing.
    property int focusedClaimCount: -1
    function refocus(): void {
        if (focused.kind === "edge")
            focusCampEdge(focused.from, focused.to);
        else if (focused.kind === "cell")
            focusCell(focused.from, focused.to);
        else if (focused.kind === "group")
            focusGroup(focused.id, focused.actorIds, focused.name);
        else if (focused.kind)
            focusOn(focused.kind, focused.id);
        else
            focusDefault();
    }

    implicitWidth: 1200
    implicitHeight: 600

    function selectEdge(from: string, to: string): void {
        focused = {};
        networkFrom = from;
        networkTo = to;
        CaseLibrary.claims.clearFilters();
        CaseLibrary.claims.claimant = from;
        CaseLibrary.claims.target = to;
        CaseLibrary.claims.cutoff = CaseLibrary.blame.cutoff;
    }
    function selectActor(actorId: string): void {
        focused = {};
        networkFrom = "";
        networkTo = "";
        CaseLibrary.claims.clearFilters();
        CaseLibrary.claims.claimant = actorId;
        CaseLibrary.claims.cutoff = CaseLibrary.blame.cutoff;
    }

    onCutoffChanged: if (!isNaN(cutoff.getTime()))
        CaseLibrary.blame.cutoff = cutoff
    Component.onCompleted: {
        if (!isNaN(cutoff.getTime()))
            CaseLibrary.blame.cutoff = cutoff;
        CaseLibrary.blame.openCamp = "";
        focusDefault();
    }
    onFocusKindChanged: focusDefault()
    onFocusIdChanged: focusDefault()
    Connections {
        target: CaseLibrary.blame
        function onCutoffChanged(): void {
            if (root.focused.kind !== undefined || CaseLibrary.claims.claimant === "") {
                if (root.focused.kind === undefined || CaseLibrary.blame.claimCount !== root.focusedClaimCount)
                    root.refocus();
            } else
                CaseLibrary.claims.cutoff = CaseLibrary.blame.cutoff;
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            id: headline
            objectName: "blameHeadline"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: CaseLibrary.blame.headline
            font.pixelSize: root.presenting ? root.labelPixelSize : Theme.fontBody
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        DateScrubber {
            id: scrubber
            objectName: "blameScrubber"
            firstDate: CaseLibrary.blame.firstDate
            Layout.fillWidth: true
            visible: !root.presenting
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
                    visible: !root.presenting
                    TabBar {
                        id: tabs
                        objectName: "blameTabs"
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Views of who blamed whom")
                        // The step's mode.
                        currentIndex: root.mode === "matrix" ? 1 : root.mode === "actors" ? 2 : 0
                        TabButton {
                            text: qsTr("Camps")
                            font.pixelSize: Theme.fontSmall
                            Accessible.name: qsTr("Show the camps")
                        }
                        TabButton {
                            text: qsTr("Matrix")
                            font.pixelSize: Theme.fontSmall
                            Accessible.name: qsTr("Show who blamed whom as a matrix")
                        }
                        TabButton {
                            text: qsTr("Network")
                            font.pixelSize: Theme.fontSmall
                            Accessible.name: qsTr("Show the network of actors")
                        }
                        TabButton {
                            text: qsTr("Bars") // short: five tabs share the row at 1024×768
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
                        text: CaseLibrary.blame.claimCountText
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
                        clip: true
                        CampNetwork {
                            id: camps
                            objectName: "campNetwork"
                            anchors.fill: parent
                            anchors.margins: 8
                            anchors.bottomMargin: campLegend.height + 16
                            fontPixelSize: root.labelPixelSize
                            onCampActivated: campId => {
                                CaseLibrary.blame.openCamp = campId;
                                if (campId !== "")
                                    root.focusOn("camp", campId);
                            }
                            onActorSelected: actorId => root.focusOn("actor", actorId)
                            onGroupSelected: (groupId, actorIds, name) => root.focusGroup(groupId, actorIds, name)
                            onEdgeSelected: (from, to) => root.focusCampEdge(from, to)
                        }
                        StanceLegend {
                            id: campLegend
                            anchors.left: parent.left
                            anchors.bottom: parent.bottom
                            anchors.margins: 8
                            width: parent.width - 16
                            pixelSize: root.presenting ? root.labelPixelSize : Theme.fontSmall
                        }
                    }
                    // The other views are built only while shown: a hidden view does not follow the date.
                    Loader {
                        id: matrixLoader
                        active: tabs.currentIndex === 1
                        sourceComponent: Component {
                            BlameMatrix {
                                objectName: "blameMatrix"
                                highlightedNode: root.matrixHighlight
                                cutoff: CaseLibrary.blame.cutoff
                                textPixelSize: root.presenting ? root.labelPixelSize : Theme.fontSmall
                                largePixelSize: root.presenting ? Math.round(root.labelPixelSize * 1.2) : Theme.fontLarge
                                fitRows: root.presenting
                                showHints: !root.presenting
                                onCellActivated: (claimant, target) => root.focusCell(claimant, target)
                            }
                        }
                    }
                    Loader {
                        active: tabs.currentIndex === 2
                        sourceComponent: Component {
                            Rectangle {
                                color: Theme.card
                                radius: Theme.radius
                                border.color: Theme.line
                                BlameNetwork {
                                    anchors.fill: parent
                                    selectedFrom: root.networkFrom
                                    selectedTo: root.networkTo
                                    anchors.margins: 8
                                    onEdgeSelected: (from, to) => root.selectEdge(from, to)
                                    onActorSelected: actorId => root.selectActor(actorId)
                                }
                                StanceLegend {
                                    anchors.left: parent.left
                                    anchors.bottom: parent.bottom
                                    anchors.margins: 8
                                    width: parent.width - 16
                                }
                            }
                        }
                    }
                    Loader {
                        active: tabs.currentIndex === 3
                        sourceComponent: Component {
                            EvidenceBarChart {
                                objectName: "evidenceChart"
                            }
                        }
                    }
                    Loader {
                        active: tabs.currentIndex === 4
                        sourceComponent: Component {
                            BlameTable {
                                objectName: "blameTable"
                                onEdgeSelected: (from, to) => root.selectEdge(from, to)
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
                    objectName: "blameFocusTitle"
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: root.focused.kind !== undefined ? root.focusTitle : CaseLibrary.claims.claimant !== "" ? CaseLibrary.blame.selectedText(CaseLibrary.claims.count) : qsTr("Select a camp, an arrow's number, a matrix cell, a dot or a table row to see its claims.")
                    font.pixelSize: root.presenting ? root.labelPixelSize : Theme.fontSmall
                    font.bold: true
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                ClaimList {
                    objectName: "blameClaims"
                    textPixelSize: root.presenting ? root.labelPixelSize : Theme.fontSmall
                    notePixelSize: root.presenting ? root.labelPixelSize : 13
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: root.focused.kind !== undefined || CaseLibrary.claims.claimant !== ""
                    onShowInArticle: (articleId, claimId, quote) => root.showInArticle(articleId, claimId, quote)
                }
            }
        }
    }
}
