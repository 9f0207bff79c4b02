// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// A button beside a date field that opens a month's calendar. The arrow keys
// move a day or a week, Page Up/Down a month (with Shift a year), Home/End
// the month's first and last day, Enter or Space picks and Escape closes.
// The date is read and written as the case format writes it, YYYY-MM-DD; a
// field that holds no valid date opens on the case's period, then today.
Button {
    id: root

    /// The date shown when the calendar opens: "YYYY-MM-DD", or anything else for none.
    property string date
    /// The case, read when the calendar opens: an empty field opens on its period's start.
    property CaseDocument document
    property string fieldLabel
    signal picked(string date)

    // The day under the keyboard's cursor, as numbers (no time zone to drift through).
    property int year: 2000
    property int month: 0 // 0-based, as in MonthGrid
    property int day: 1

    function parse(text: string): var {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
        if (!m)
            return null;
        const y = Number(m[1]), mo = Number(m[2]) - 1, d = Number(m[3]);
        if (mo < 0 || mo > 11 || d < 1 || d > daysIn(y, mo))
            return null;
        return {
            year: y,
            month: mo,
            day: d
        };
    }
    function daysIn(y: int, mo: int): int {
        return new Date(y, mo + 1, 0).getDate();
    }
    function iso(y: int, mo: int, d: int): string {
        const pad = n => (n < 10 ? "0" : "") + n;
        return String(y).padStart(4, "0") + "-" + pad(mo + 1) + "-" + pad(d);
    }
    function moveTo(y: int, mo: int, d: int): void {
        // A JS date normalises overflow (the 32nd, month 12), in local time, at noon.
        const t = new Date(y, mo, d, 12);
        year = t.getFullYear();
        month = t.getMonth();
        day = t.getDate();
    }
    function moveMonths(n: int): void {
        const first = new Date(year, month + n, 1, 12);
        moveTo(first.getFullYear(), first.getMonth(), Math.min(day, daysIn(first.getFullYear(), first.getMonth())));
    }
    function openCalendar(): void {
        const now = new Date();
        const period = document ? String(document.value("case.json", "period.start") ?? "") : "";
        const start = parse(date) ?? parse(period) ?? {
            year: now.getFullYear(),
            month: now.getMonth(),
            day: now.getDate()
        };
        year = start.year;
        month = start.month;
        day = start.day;
        popup.open();
    }
    function pick(): void {
        popup.close();
        picked(iso(year, month, day));
    }
    readonly property string cursorText: new Date(year, month, day, 12).toLocaleDateString(Qt.locale(), Locale.LongFormat)

    text: qsTr("Calendar…")
    Accessible.name: qsTr("Choose %1 from a calendar").arg(fieldLabel)
    onClicked: openCalendar()

    Popup {
        id: popup
        objectName: "calendarPopup"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        focus: true
        padding: Theme.spacing
        onOpened: grid.forceActiveFocus()
        background: Rectangle {
            color: Theme.card
            border.color: Theme.line
            radius: Theme.radius
        }

        ColumnLayout {
            spacing: Theme.spacing / 2
            RowLayout {
                Layout.fillWidth: true
                Button {
                    flat: true
                    text: "«"
                    Accessible.name: qsTr("Previous year")
                    focusPolicy: Qt.NoFocus
                    onClicked: root.moveMonths(-12)
                }
                Button {
                    flat: true
                    text: "‹"
                    Accessible.name: qsTr("Previous month")
                    focusPolicy: Qt.NoFocus
                    onClicked: root.moveMonths(-1)
                }
                Label {
                    objectName: "calendarMonth"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    textFormat: Text.PlainText
                    text: Qt.locale().standaloneMonthName(root.month, Locale.LongFormat) + " " + root.year
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.ink
                }
                Button {
                    flat: true
                    text: "›"
                    Accessible.name: qsTr("Next month")
                    focusPolicy: Qt.NoFocus
                    onClicked: root.moveMonths(1)
                }
                Button {
                    flat: true
                    text: "»"
                    Accessible.name: qsTr("Next year")
                    focusPolicy: Qt.NoFocus
                    onClicked: root.moveMonths(12)
                }
            }
            DayOfWeekRow {
                Layout.fillWidth: true
                locale: grid.locale
                delegate: Label {
                    required property string shortName
                    text: shortName
                    textFormat: Text.PlainText
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontSmall
                    color: Theme.inkMuted
                }
            }
            MonthGrid {
                id: grid
                objectName: "calendarGrid"
                Layout.fillWidth: true
                implicitWidth: 7 * 48
                year: root.year
                month: root.month
                locale: Qt.locale()
                focus: true
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Calendar: %1").arg(root.cursorText)
                Keys.onPressed: event => {
                    const shift = event.modifiers & Qt.ShiftModifier;
                    if (event.key === Qt.Key_Left)
                        root.moveTo(root.year, root.month, root.day - (grid.mirrored ? -1 : 1));
                    else if (event.key === Qt.Key_Right)
                        root.moveTo(root.year, root.month, root.day + (grid.mirrored ? -1 : 1));
                    else if (event.key === Qt.Key_Up)
                        root.moveTo(root.year, root.month, root.day - 7);
                    else if (event.key === Qt.Key_Down)
                        root.moveTo(root.year, root.month, root.day + 7);
                    else if (event.key === Qt.Key_PageUp)
                        root.moveMonths(shift ? -12 : -1);
                    else if (event.key === Qt.Key_PageDown)
                        root.moveMonths(shift ? 12 : 1);
                    else if (event.key === Qt.Key_Home)
                        root.day = 1;
                    else if (event.key === Qt.Key_End)
                        root.day = root.daysIn(root.year, root.month);
                    else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space)
                        root.pick();
                    else
                        return;
                    event.accepted = true;
                }
                delegate: Label {
                    id: cell
                    required property var model
                    readonly property bool inMonth: model.month === root.month
                    readonly property bool chosen: inMonth && model.day === root.day
                    text: model.day
                    textFormat: Text.PlainText
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.fontBody
                    color: chosen ? Theme.paper : inMonth ? Theme.ink : Theme.inkMuted
                    opacity: inMonth ? 1 : 0.5
                    topPadding: 10
                    bottomPadding: 10
                    TapHandler {
                        onTapped: {
                            root.moveTo(cell.model.year, cell.model.month, cell.model.day);
                            root.pick();
                        }
                    }
                    background: Rectangle {
                        radius: 4
                        color: cell.chosen ? Theme.accent : "transparent"
                        border.color: cell.chosen && grid.activeFocus ? Theme.focus : "transparent"
                        border.width: Theme.focusWidth
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: grid.implicitWidth
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                text: qsTr("Arrow keys move a day or a week, Page Up and Page Down a month; Enter picks the day.")
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
            }
        }
    }
}
