// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A day slider from the first to the last day of the story. ←/→ move a day,
// PageUp/PageDown jump to the previous/next day with news, Space plays.
// The track spends its length on the days with news: long quiet stretches
// are squeezed and marked with a break (see DayAxis), and its date labels
// carry the year when the days cross one.
FocusScope {
    id: root

    property int dayCount: 1
    property int dayIndex: 0
    /// The date of day 0, for the labels under the track (none without it).
    property date firstDate
    property string dateText
    property bool playable: true
    property alias playing: playTimer.running
    property var markers: [] // day indexes with events, drawn as ticks
    // Where the slider's track lies and how its days are laid out, so that
    // callers can draw to its scale: day i is at trackX + axis.positions[i] * trackWidth.
    readonly property real trackX: track.x + slider.leftPadding
    readonly property real trackWidth: slider.availableWidth
    readonly property DayAxis axis: dayAxis
    signal moved(int index)
    signal nextEventRequested
    signal previousEventRequested

    implicitHeight: layout.implicitHeight
    implicitWidth: 600
    // Not a Tab stop itself: Tab goes to the play button, then to the slider,
    // in the order they are seen (a Tab stop here would skip the button).

    // The slider moves by position, not by day: the keys step days themselves.
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Left) {
            root.moved(Math.max(0, root.dayIndex - 1));
            event.accepted = true;
        } else if (event.key === Qt.Key_Right) {
            root.moved(Math.min(root.dayCount - 1, root.dayIndex + 1));
            event.accepted = true;
        } else if (event.key === Qt.Key_PageDown) {
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

    DayAxis {
        id: dayAxis
        firstDate: root.firstDate
        dayCount: root.dayCount
        busyDays: root.markers
        tickCount: Math.max(2, Math.floor(root.trackWidth / 110))
    }

    Timer {
        id: playTimer
        interval: 120
        repeat: true
        // The slider's value holds the day playing started from until it stops.
        onRunningChanged: {
            slider.playedFrom = root.dayIndex;
            slider.holding = running;
        }

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
            objectName: "playButton"
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
            // Time runs left to right in every language, as on the charts: in a
            // right-to-left page the track is not turned round, so that a click
            // picks the day drawn under it and → is a day later.
            LayoutMirroring.enabled: false
            LayoutMirroring.childrenInherit: true
            implicitHeight: slider.implicitHeight + (tickLabels.visible ? tickLabels.height : 0)
            Repeater {
                model: root.markers
                delegate: Rectangle {
                    required property int modelData
                    x: slider.leftPadding + slider.availableWidth * (dayAxis.positions[modelData] ?? 0) - 1
                    y: slider.height - 6
                    width: 2
                    height: 6
                    color: Theme.inkMuted
                }
            }
            // Its value is the day index, so a screen reader hears the day of
            // dayCount; the handle is drawn at the day's place on the squeezed axis.
            Slider {
                id: slider
                objectName: "dateSlider"
                anchors.left: parent.left
                anchors.right: parent.right
                from: 0
                to: Math.max(1, root.dayCount - 1)
                stepSize: 1
                value: accessibleDay
                // Qt Quick's accessible Value interface reads these names, not from and to.
                readonly property real minimumValue: from
                readonly property real maximumValue: to
                readonly property real dayPosition: dayAxis.positions.length > root.dayIndex ? dayAxis.positions[root.dayIndex] : 0
                // Not renamed, nor a new value, on every day while playing: a screen
                // reader would speak each. The handle moves all the same (dayPosition).
                property int playedFrom: 0
                property bool holding: false
                readonly property int accessibleDay: holding ? playedFrom : root.dayIndex
                focus: true
                Accessible.name: root.playing ? qsTr("Date, playing") : qsTr("Date: %1").arg(root.dateText)
                Accessible.description: qsTr("Day %1 of %2").arg(LanguageManager.number(accessibleDay + 1)).arg(LanguageManager.number(root.dayCount))
                // Only the keys above step it, day by day.
                Keys.forwardTo: [root]
                // The pointer's place on the track is a place on the squeezed axis;
                // the value returns to the chosen day even when the day stays the same.
                onMoved: {
                    root.moved(dayAxis.indexAt(position));
                    value = Qt.binding(() => slider.accessibleDay);
                }
                background: Item {
                    x: slider.leftPadding
                    y: slider.topPadding + (slider.availableHeight - height) / 2
                    implicitWidth: 200
                    implicitHeight: 48
                    width: slider.availableWidth
                    height: 4
                    Rectangle {
                        x: slider.handle.width / 2
                        width: parent.width - slider.handle.width
                        height: parent.height
                        radius: 2
                        color: Qt.alpha(Theme.accent, 0.33)
                        Rectangle {
                            width: slider.dayPosition * parent.width
                            height: parent.height
                            radius: 2
                            color: Theme.accent
                        }
                    }
                }
                handle: Rectangle {
                    x: slider.leftPadding + slider.dayPosition * (slider.availableWidth - width)
                    y: slider.topPadding + (slider.availableHeight - height) / 2
                    implicitWidth: 20
                    implicitHeight: 20
                    radius: width / 2
                    color: Theme.accent
                    border.width: slider.visualFocus ? Theme.focusWidth / 2 : 0
                    border.color: Theme.focus
                }
            }
            // Where a quiet stretch is squeezed: two slanted strokes across the track.
            Repeater {
                model: dayAxis.breaks
                delegate: Item {
                    id: breakMark
                    required property dayAxisBreak modelData
                    x: slider.leftPadding + slider.availableWidth * modelData.position - width / 2
                    y: slider.height / 2 - height / 2
                    width: 12
                    height: 16
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.text
                    Rectangle {
                        anchors.centerIn: parent
                        width: 6
                        height: parent.height
                        color: Theme.paper
                    }
                    Repeater {
                        model: 2
                        delegate: Rectangle {
                            required property int index
                            x: 2 + index * 5
                            y: 0
                            width: 1.5
                            height: breakMark.height
                            rotation: 20
                            antialiasing: true
                            color: Theme.inkMuted
                        }
                    }
                    PlainToolTip {
                        visible: breakHover.hovered
                        text: breakMark.modelData.text
                    }
                    HoverHandler {
                        id: breakHover
                    }
                }
            }
            Item {
                id: tickLabels
                visible: dayAxis.ticks.length > 0
                y: slider.height
                width: parent.width
                height: tickMetrics.height
                Repeater {
                    model: dayAxis.ticks
                    delegate: Label {
                        required property dayAxisTick modelData
                        textFormat: Text.PlainText
                        text: modelData.label
                        font.pixelSize: 13
                        color: Theme.inkMuted
                        x: Math.max(0, Math.min(tickLabels.width - width, slider.leftPadding + slider.availableWidth * modelData.position - width / 2))
                    }
                }
                TextMetrics {
                    id: tickMetrics
                    font.pixelSize: 13
                    text: "17 Dec 2014"
                }
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
