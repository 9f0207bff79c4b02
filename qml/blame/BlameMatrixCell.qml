// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.claimscope.Claimscope

// One cell of the blame matrix: how many claims one side made about
// another, tinted and marked by their most common stance (the colour is
// never the only cue), or a total.
Rectangle {
    id: cell
    required property int row
    required property int column
    required property int count
    required property string stanceColor
    required property string stanceMarker
    required property string accessibleText
    required property int cellKind
    readonly property bool total: cellKind !== BlameMatrixModel.Pair
    /// The matrix's current cell; `framed` while the matrix has the keyboard.
    property bool current
    property bool framed
    property int countPixelSize: Theme.fontLarge
    property int markerPixelSize: Theme.fontBody
    signal activated
    readonly property color stance: stanceColor === "" ? Theme.card : stanceColor
    color: total ? Theme.pressed : count > 0 ? Qt.tint(Theme.card, Qt.rgba(stance.r, stance.g, stance.b, 0.3)) : Theme.card
    border.width: 1
    border.color: Theme.line
    Accessible.role: Accessible.Cell
    Accessible.name: accessibleText
    // A bar of the stance's colour, the marker beside the count.
    Rectangle {
        visible: cell.count > 0 && !cell.total
        width: 5
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        color: cell.stanceColor
    }
    Row {
        anchors.centerIn: parent
        spacing: 3
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: cell.count > 0 ? cell.count : "·"
            textFormat: Text.PlainText
            font.pixelSize: cell.countPixelSize
            font.bold: cell.count > 0
            color: cell.count > 0 ? Theme.ink : Theme.inkMuted
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            visible: cell.count > 0 && !cell.total
            text: cell.stanceMarker
            textFormat: Text.PlainText
            font.pixelSize: cell.markerPixelSize
            color: Theme.ink
        }
    }
    Rectangle {
        anchors.fill: parent
        anchors.margins: 1
        color: "transparent"
        border.width: Theme.focusWidth
        border.color: Theme.focus
        visible: cell.framed
    }
    MouseArea {
        id: cellMouse
        anchors.fill: parent
        hoverEnabled: true
        onClicked: cell.activated()
    }
    PlainToolTip {
        visible: cellMouse.containsMouse
        text: cell.accessibleText
    }
}
