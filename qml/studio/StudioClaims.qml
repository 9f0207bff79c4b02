// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// The studio's claims: the list on the left, the chosen claim's form in the
// middle, and on the right who had blamed whom by the claim's date (the
// last valid state of the case).
FocusScope {
    id: root

    required property CaseDocument document
    /// The claim shown (its index in claims.json, -1: none).
    property alias claimIndex: claimList.currentIndex

    readonly property string file: "claims.json"
    readonly property var claims: claimList.items
    readonly property var claim: claimIndex >= 0 && claimIndex < claims.length ? claims[claimIndex] : null
    readonly property string path: "claims[" + claimIndex + "]"
    readonly property var actors: document.revision >= 0 ? (document.value("actors.json", "actors") ?? []) : []

    function focusPath(file: string, path: string): bool {
        if (file !== root.file)
            return false;
        const match = /^claims\[(\d+)\](?:\.(\w+))?/.exec(path);
        if (!match)
            return path === "" || path === "claims";
        claimList.choose(Number(match[1]));
        return form.focusField(match[2] ?? "");
    }

    function nameOf(actorId: string): string {
        const actor = actors.find(a => a.id === actorId);
        return actor ? actor.name : actorId;
    }

    /// "claimant → target, target" for the list.
    function summary(claim: var): string {
        const targets = (claim.targets ?? []).map(t => nameOf(t)).join(", ");
        //: A claim in the studio's list: %1 the claimant, %2 the stance ("blames"), %3 the targets
        return qsTr("%1 %2 %3").arg(nameOf(claim.claimant ?? "")).arg(VocabularyStyle.label(VocabularyStyle.Stance, claim.stance ?? "")).arg(targets.length > 0 ? targets : qsTr("no one"));
    }

    /// A new claim after the chosen one, dated and made as it is, so claims stay in date order.
    function newClaim(): var {
        const period = document.value("case.json", "period") ?? {};
        return {
            id: claimList.numberedId("c"),
            date: claim ? claim.date : (period.start ?? ""),
            claimant: claim ? claim.claimant : "",
            targets: [],
            stance: "blames",
            attribution: "named",
            evidence: "none",
            paraphrase: "",
            sources: [],
            established: {
                status: "unresolved",
                note: ""
            }
        };
    }

    // The preview follows the chosen claim's date.
    function showPreviewAt(date: string): void {
        const day = new Date(date + "T00:00:00");
        if (!isNaN(day.getTime()))
            document.blame.cutoff = day;
    }
    onClaimChanged: if (claim && claim.date)
        showPreviewAt(claim.date)

    /// Too narrow for the form and the preview side by side: the preview goes under the form.
    readonly property bool narrow: width < 1000

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        // ------------------------------------------------ the claims
        StudioItemList {
            id: claimList
            objectName: "claimList"
            Layout.preferredWidth: Math.min(260, Math.round(root.width * 0.24))
            Layout.maximumWidth: 260
            Layout.fillHeight: true
            document: root.document
            file: root.file
            arrayPath: "claims"
            title: qsTr("Claims")
            rowTexts: root.claims.map(item => (item.date ?? "") + " · " + root.summary(item))
            newItem: root.document.revision >= 0 ? root.newClaim() : null
        }

        // ------------------------------------------------ the form
        ScrollView {
            id: formScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            visible: root.claim !== null

            ColumnLayout {
                width: formScroll.availableWidth
                spacing: Theme.spacing
                ClaimForm {
                    id: form
                    Layout.fillWidth: true
                    document: root.document
                    path: root.path
                }
                Loader {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 360
                    active: root.narrow
                    visible: active
                    sourceComponent: previewComponent
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.claim === null
            text: qsTr("No claim yet.")
            color: Theme.inkMuted
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }

        // ------------------------------------------------ who blamed whom by then
        Loader {
            active: !root.narrow
            visible: active
            Layout.preferredWidth: Math.min(300, Math.round(root.width * 0.27))
            Layout.maximumWidth: 300
            Layout.fillHeight: true
            sourceComponent: previewComponent
        }
    }
    Component {
        id: previewComponent
        BlamePreview {}
    }

    // Who blamed whom by the claim's date: beside the form, or under it where the room is narrow.
    component BlamePreview: ColumnLayout {
        spacing: 6

        Label {
            Layout.fillWidth: true
            text: qsTr("Who blamed whom by %1").arg(root.document.blame.cutoffText)
            font.bold: true
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: !root.document.previewCurrent
            text: qsTr("The case has problems now: this shows its last valid state.")
            color: Theme.warning
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: root.document.blame.headline
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
        }
        ListView {
            id: pairList
            objectName: "blamePairs"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            activeFocusOnTab: true
            model: root.document.blame.edges
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Who blamed whom")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: pairRow
                required property blameEdge modelData
                width: ListView.view.width
                text: modelData.label
                contentItem: RowLayout {
                    spacing: 6
                    Rectangle {
                        implicitWidth: 12
                        implicitHeight: 12
                        radius: 6
                        color: pairRow.modelData.color
                    }
                    Label {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: qsTr("%1 → %2: %3").arg(pairRow.modelData.fromName).arg(pairRow.modelData.toName).arg(pairRow.modelData.stances)
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Accessible.name: text
            }
        }
    }
}
