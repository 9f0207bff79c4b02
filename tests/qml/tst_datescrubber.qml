// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope

// The date scrubber on a squeezed axis: the keys still step day by day and
// news by news, the busy days get the track's length, and the labels under
// it carry the year when its days cross one.
ClaimscopeTestCase {
    id: root
    name: "DateScrubber"

    Component {
        id: scrubberComponent
        DateScrubber {
            id: scrubber
            width: 1000
            dayCount: 226 // 25 Jun 2014 to 5 Feb 2015
            firstDate: new Date(2014, 5, 25)
            markers: [0, 149, 150, 152, 157, 160, 165, 170, 175, 180, 190, 200, 207, 225]
            dateText: "day " + dayIndex
            onMoved: index => dayIndex = index
            onNextEventRequested: dayIndex = markers.find(d => d > dayIndex) ?? dayIndex
            onPreviousEventRequested: dayIndex = markers.slice().reverse().find(d => d < dayIndex) ?? dayIndex
        }
    }

    function createScrubber(properties): DateScrubber {
        const scrubber = createTemporaryObject(scrubberComponent, root, properties ?? {});
        verify(scrubber);
        scrubber.forceActiveFocus();
        tryVerify(() => scrubber.activeFocus);
        return scrubber;
    }

    function test_keys_step_day_by_day(): void {
        const scrubber = createScrubber({
            dayIndex: 100
        });
        keyClick(Qt.Key_Right);
        compare(scrubber.dayIndex, 101, "→ moves one day, also inside a squeezed stretch");
        keyClick(Qt.Key_Left);
        keyClick(Qt.Key_Left);
        compare(scrubber.dayIndex, 99);
        keyClick(Qt.Key_PageDown);
        compare(scrubber.dayIndex, 149, "PageDown goes to the next day with news");
        keyClick(Qt.Key_PageDown);
        compare(scrubber.dayIndex, 150);
        keyClick(Qt.Key_PageUp);
        compare(scrubber.dayIndex, 149);
        keyClick(Qt.Key_End);
        compare(scrubber.dayIndex, 225);
        keyClick(Qt.Key_Right);
        compare(scrubber.dayIndex, 225, "held at the last day");
        keyClick(Qt.Key_Home);
        compare(scrubber.dayIndex, 0);
        keyClick(Qt.Key_Left);
        compare(scrubber.dayIndex, 0, "held at the first day");
    }

    // A screen reader hears the date when the slider stops, not every day of a play.
    function test_slider_name_holds_still_while_playing(): void {
        const scrubber = createScrubber({
            dayIndex: 150
        });
        const slider = findChild(scrubber, "dateSlider");
        compare(slider.Accessible.name, "Date: day 150");
        scrubber.playing = true;
        compare(slider.Accessible.name, "Date, playing");
        scrubber.dayIndex = 160;
        scrubber.dayIndex = 170;
        compare(slider.Accessible.name, "Date, playing", "not renamed day by day");
        compare(slider.value, 150, "nor a new value day by day");
        compare(slider.Accessible.description, "Day 151 of 226");
        scrubber.playing = false;
        compare(slider.Accessible.name, "Date: day 170");
        compare(slider.value, 170, "the day it stopped on");
    }

    // A screen reader's Value interface reads from, to and value: the days, not
    // the place on the squeezed track; the description says which day of how many.
    function test_slider_value_is_the_day(): void {
        const scrubber = createScrubber({
            dayIndex: 150
        });
        const slider = findChild(scrubber, "dateSlider");
        compare(slider.from, 0);
        compare(slider.to, 225);
        compare(slider.value, 150);
        compare(slider.Accessible.description, "Day 151 of 226");
        keyClick(Qt.Key_Right);
        compare(slider.value, 151);
        keyClick(Qt.Key_End);
        compare(slider.value, 225);
        // The handle is drawn at the day's place on the squeezed axis.
        const handleCentre = slider.handle.x + slider.handle.width / 2 - slider.leftPadding;
        fuzzyCompare(handleCentre, slider.availableWidth - slider.handle.width / 2, 1);
        scrubber.dayIndex = 149;
        const expected = slider.leftPadding + scrubber.axis.positions[149] * (slider.availableWidth - slider.handle.width);
        fuzzyCompare(slider.handle.x, expected, 0.5);
    }

    // A click on the track picks the day drawn there, and the value is that day.
    function test_click_picks_the_day_drawn_there(): void {
        const scrubber = createScrubber({
            dayIndex: 0
        });
        const slider = findChild(scrubber, "dateSlider");
        const day = 160;
        const x = slider.leftPadding + slider.handle.width / 2 + scrubber.axis.positions[day] * (slider.availableWidth - slider.handle.width);
        mouseClick(slider, x, slider.height / 2);
        verify(Math.abs(scrubber.dayIndex - day) <= 1, "clicked near day " + day + ", got " + scrubber.dayIndex);
        compare(slider.value, scrubber.dayIndex, "the value is a whole day");
    }

    // Time runs left to right in every language: in a mirrored (right-to-left)
    // page the track is not turned round, → is still a day later, and a click
    // still picks the day drawn under the pointer.
    Component {
        id: mirroredComponent
        DateScrubber {
            width: 1000
            dayCount: 226
            firstDate: new Date(2014, 5, 25)
            markers: [0, 149, 150, 152, 157, 160, 165, 170, 175, 180, 190, 200, 207, 225]
            LayoutMirroring.enabled: true
            LayoutMirroring.childrenInherit: true
            onMoved: index => dayIndex = index
        }
    }
    function test_time_runs_left_to_right_when_mirrored(): void {
        const scrubber = createTemporaryObject(mirroredComponent, root, {
            dayIndex: 225
        });
        scrubber.forceActiveFocus();
        const slider = findChild(scrubber, "dateSlider");
        waitForRendering(scrubber);
        verify(slider.handle.x > slider.width / 2, "the last day is on the right: " + slider.handle.x);
        keyClick(Qt.Key_Home);
        compare(scrubber.dayIndex, 0);
        verify(slider.handle.x < slider.width / 2, "the first day is on the left: " + slider.handle.x);
        keyClick(Qt.Key_Right);
        compare(scrubber.dayIndex, 1, "→ is a day later");
        const day = 160;
        const x = slider.leftPadding + slider.handle.width / 2 + scrubber.axis.positions[day] * (slider.availableWidth - slider.handle.width);
        mouseClick(slider, x, slider.height / 2);
        verify(Math.abs(scrubber.dayIndex - day) <= 1, "clicked near day " + day + ", got " + scrubber.dayIndex);
    }

    // Forward Tab reaches the play button, then the slider, as they are seen.
    function test_tab_reaches_play_then_slider(): void {
        const scrubber = createTemporaryObject(tabComponent, root);
        verify(scrubber);
        const before = findChild(scrubber, "before");
        before.forceActiveFocus();
        tryVerify(() => before.activeFocus);
        keyClick(Qt.Key_Tab);
        const play = findChild(scrubber, "playButton");
        verify(play.activeFocus, "Tab goes to the play button first");
        compare(play.Accessible.name, "Play the timeline");
        keyClick(Qt.Key_Tab);
        verify(findChild(scrubber, "dateSlider").activeFocus, "then to the slider");
        keyClick(Qt.Key_Backtab);
        verify(play.activeFocus, "and back");
    }

    Component {
        id: tabComponent
        Row {
            Button {
                objectName: "before"
                text: "Before"
            }
            DateScrubber {
                width: 1000
                dayCount: 10
                firstDate: new Date(2014, 5, 25)
                onMoved: index => dayIndex = index
            }
        }
    }

    function test_busy_days_get_the_length(): void {
        const scrubber = createScrubber();
        const positions = scrubber.axis.positions;
        compare(positions.length, 226);
        compare(positions[0], 0);
        compare(positions[225], 1);
        // June to November (149 quiet days) takes less than a tenth of the track.
        verify(positions[149] < 0.1, positions[149]);
        verify(scrubber.axis.breaks.length >= 1);
        // Every day has its own place, so the mouse reaches each one.
        for (let i = 1; i < positions.length; ++i)
            verify(positions[i] > positions[i - 1], "day " + i);
        for (const day of [0, 80, 149, 160, 225])
            compare(scrubber.axis.indexAt(positions[day]), day);
    }

    function test_labels_carry_the_year_across_one(): void {
        const across = createScrubber();
        const labels = across.axis.ticks.map(t => t.label);
        verify(labels.length >= 2, labels.join(", "));
        compare(labels[0], "25 Jun 2014");
        compare(labels[labels.length - 1], "5 Feb 2015");
        for (const label of labels)
            verify(/ 20(14|15)$/.test(label), label);
        verify(across.axis.crossesYear);

        const within = createScrubber({
            dayCount: 150,
            markers: [0, 149]
        });
        const plain = within.axis.ticks.map(t => t.label);
        verify(!within.axis.crossesYear);
        compare(plain[0], "25 Jun");
        for (const label of plain)
            verify(!/\d{4}/.test(label), label);
    }

    function test_coverage_chart_fits_the_busiest_day(): void {
        const chart = createTemporaryObject(chartComponent, root);
        verify(chart);
        const bars = chart.bars;
        compare(CaseLibrary.coverage.peakDayClaims, 13);
        verify(bars.yMax >= 13, "the 13 claims of the busiest day fit: " + bars.yMax);
        verify(bars.yMax < 2 * 13, "and the bars keep their height: " + bars.yMax);
    }

    Component {
        id: chartComponent
        CoverageChart {
            width: 800
            height: 300
        }
    }
}
