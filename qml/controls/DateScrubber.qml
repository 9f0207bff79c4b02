// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A day slider from the first to the last day of the story. ←/→ move a day,
// PageUp/PageDown jump to the previous/next day with news, Space plays.
FocusScope {
    id: root

    property int dayCount: 1
    property int dayIndex: 0
    property string dateText
    property bool playable: true
    property alias playing: playTimer.running
    property var markers: [] // day indexes with events, drawn as ticks
    // Where the slider's track lies, so that callers can draw to its scale.
    readonly property real trackX: track.x + slider.leftPadding
    readonly property real trackWidth: slider.availableWidth
    signal moved(int index)
    signal nextEventRequested
    signal previousEventRequested

    implicitHeight: layout.implicitHeight
    implicitWidth: 600
    activeFocusOnTab: true

    Keys.onLeftPressed: root.moved(Math.max(0, root.dayIndex - 1))
    Keys.onRightPressed: root.moved(Math.min(root.dayCount - 1, root.dayIndex + 1))
    Keys.onPressed: event => {
        if (event.key === Qt.Key_PageDown) {
            root.nextEventRequested();
            event.accepted = true;
        } else if (event.key === Qt.Key_PageUp) {
            root.previousEventRequested();
            event.accepted = true;
        } else if (event.key === Qt.Key_Home) {
            root.moved(0);
            event.accepted = true;
        } else if (event.key === Qt.Key_End) {
            root.moved(root.dayCount - 1);
            event.accepted = true;
        } else if (event.key === Qt.Key_Space && root.playable) {
            root.togglePlay();
            event.accepted = true;
        }
    }

    // With reduced motion, playing goes straight to the last day.
    function togglePlay(): void {
        if (Theme.reducedMotion) {
            root.playing = false;
            root.moved(root.dayCount - 1);
            return;
        }
        if (!root.playing && root.dayIndex >= root.dayCount - 1)
            root.moved(0);
        root.playing = !root.playing;
    }

    Timer {
        id: playTimer
        interval: 120
        repeat: true
        onTriggered: {
            if (root.dayIndex >= root.dayCount - 1)
                stop();
            else
                root.moved(root.dayIndex + 1);
        }
    }

    RowLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Button {
            visible: root.playable
            text: root.playing ? qsTr("❚❚ Pause") : Theme.reducedMotion ? qsTr("To the last day") : qsTr("▶ Play")
            font.pixelSize: Theme.fontSmall
            focusPolicy: Qt.StrongFocus
            Accessible.name: root.playing ? qsTr("Pause the timeline") : Theme.reducedMotion ? qsTr("Go to the last day") : qsTr("Play the timeline")
            onClicked: root.togglePlay()
        }
        Item {
            id: track
            Layout.fillWidth: true
            implicitHeight: slider.implicitHeight
            Repeater {
                model: root.markers
                delegate: Rectangle {
                    required property int modelData
                    x: slider.leftPadding + slider.availableWidth * modelData / Math.max(1, root.dayCount - 1) - 1
                    y: slider.height - 6
                    width: 2
                    height: 6
                    color: Theme.inkMuted
                }
            }
            Slider {
                id: slider
                anchors.left: parent.left
                anchors.right: parent.right
                from: 0
                to: Math.max(1, root.dayCount - 1)
                stepSize: 1
                snapMode: Slider.SnapAlways
                value: root.dayIndex
                focus: true
                Accessible.name: qsTr("Date: %1").arg(root.dateText)
                onMoved: root.moved(Math.round(value))
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: 210
            text: root.dateText
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.ink
            horizontalAlignment: Text.AlignRight
        }
    }
}
