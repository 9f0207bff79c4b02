// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.claimscope.Claimscope

// A row or column header of the blame matrix: a camp (Enter opens it), one
// of an opened camp's actors (Enter closes it) or the totals. What it shows
// is declared where it is used; the frame, the click and the tool tip with
// the full name are here, above that content.
Rectangle {
    id: header
    required property string key
    required property string name
    required property string marker
    required property string headerText
    required property bool isCamp
    required property bool isActor
    required property string nodeId
    /// The lesson step's focus; the matrix's current header; the keyboard is in the matrix.
    property bool highlighted
    property bool current
    property bool framed
    signal activated

    color: isActor || highlighted ? Theme.selection : Theme.card
    border.width: highlighted ? 3 : 1
    border.color: highlighted ? Theme.accent : Theme.line
    Accessible.name: headerText
    Accessible.description: isCamp ? qsTr("Press Enter to open the camp") : isActor ? qsTr("Press Enter to close the camp") : ""

    Rectangle {
        z: 2
        anchors.fill: parent
        anchors.margins: 1
        color: "transparent"
        border.width: Theme.focusWidth
        border.color: Theme.focus
        visible: header.framed
    }
    MouseArea {
        id: mouse
        z: 2
        anchors.fill: parent
        hoverEnabled: true
        onClicked: header.activated()
    }
    PlainToolTip {
        visible: mouse.containsMouse || header.framed
        text: header.headerText
    }
}
