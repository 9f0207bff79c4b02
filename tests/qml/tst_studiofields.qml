// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The studio's field controls write through the CaseDocument as the user
// edits, one undo step per field, re-read after undo, and show the loader's
// problems for their own path.
ClaimscopeTestCase {
    id: root
    name: "StudioFields"

    property CaseDocument doc

    Component {
        id: docComponent
        CaseDocument {}
    }
    Component {
        id: textComponent
        StudioTextField {
            width: 400
        }
    }
    Component {
        id: areaComponent
        StudioTextArea {
            width: 400
        }
    }
    Component {
        id: choiceComponent
        StudioChoice {
            width: 400
        }
    }
    Component {
        id: dateComponent
        StudioDateField {
            width: 600
        }
    }
    Component {
        id: idListComponent
        StudioIdList {
            width: 600
        }
    }

    function init(): void {
        // One document for all the tests, so that it outlives the sections made for each.
        if (!doc)
            doc = docComponent.createObject(root);
        verify(doc.newCase("A test case", "test-case"));
    }
    function cleanup(): void {
        doc.close();
    }

    function typeInto(input: Item, text: string): void {
        input.forceActiveFocus();
        input.selectAll();
        for (const c of text)
            keyClick(c);
    }

    function test_text_field_edits_and_undo_restores(): void {
        const field = createTemporaryObject(textComponent, root, {
            document: doc,
            file: "case.json",
            path: "title",
            label: "Title"
        });
        compare(field.input.text, "A test case");
        compare(field.input.Accessible.name, "Title");
        typeInto(field.input, "New");
        compare(doc.value("case.json", "title"), "New");
        field.input.focus = false;
        verify(!field.input.activeFocus);
        doc.undo();
        compare(doc.value("case.json", "title"), "A test case", "typing in one field is one undo step");
        compare(field.input.text, "A test case", "the field re-reads after undo");
    }

    function test_empty_optional_field_removes_the_key(): void {
        const field = createTemporaryObject(textComponent, root, {
            document: doc,
            file: "case.json",
            path: "subtitle",
            label: "Subtitle"
        });
        compare(doc.value("case.json", "subtitle"), undefined);
        typeInto(field.input, "x");
        compare(doc.value("case.json", "subtitle"), "x");
        keyClick(Qt.Key_Backspace);
        compare(doc.value("case.json", "subtitle"), undefined);
    }

    function test_text_area_writes_lines(): void {
        const area = createTemporaryObject(areaComponent, root, {
            document: doc,
            file: "case.json",
            path: "summary",
            label: "Summary"
        });
        area.input.forceActiveFocus();
        keyClick("a");
        keyClick(Qt.Key_Return);
        keyClick("b");
        compare(doc.value("case.json", "summary"), "a\nb");
        doc.undo();
        compare(area.input.text, "");
    }

    function test_choice_writes_and_unsets(): void {
        verify(doc.insert("actors.json", "actors", -1, {
            id: "a",
            name: "A",
            kind: "person"
        }));
        const choice = createTemporaryObject(choiceComponent, root, {
            document: doc,
            file: "actors.json",
            path: "actors[0].kind",
            label: "Kind",
            options: ["person", "government", "company"]
        });
        compare(choice.input.currentText, "person");
        choice.choose(2);
        compare(doc.value("actors.json", "actors[0].kind"), "company");
        doc.undo();
        compare(choice.input.currentText, "person");
    }

    function test_date_field_writes_date_and_precision(): void {
        verify(doc.insert("timeline.json", "events", -1, {
            id: "e",
            date: "2020-01-02",
            title: "T",
            description: "",
            sources: []
        }));
        const field = createTemporaryObject(dateComponent, root, {
            document: doc,
            file: "timeline.json",
            path: "events[0]",
            label: "When"
        });
        compare(field.input.text, "2020-01-02");
        compare(field.precisionInput.currentIndex, 0);
        field.writePrecision(1);
        compare(doc.value("timeline.json", "events[0].datePrecision"), "approximate");
        field.writePrecision(0);
        compare(doc.value("timeline.json", "events[0].datePrecision"), undefined, "day is the default: no key");
        typeInto(field.input, "2020-13-40");
        doc.validateNow();
        const problems = findChild(field, "problems");
        tryVerify(() => problems.count > 0, 1000, "a date that is not a date shows its problem under the field");
    }

    // The calendar opens on the field's date, moves by keys (a day, a week, a
    // month, a year; across the month's end) and writes the day picked as
    // YYYY-MM-DD, one undo step; a field with no date opens on the case's period.
    function test_calendar_picks_a_date_data(): var {
        return [
            {
                tag: "a day on",
                start: "2014-12-17",
                keys: [[Qt.Key_Right, Qt.NoModifier]],
                expected: "2014-12-18"
            },
            {
                tag: "a week on, into the next year",
                start: "2014-12-30",
                keys: [[Qt.Key_Down, Qt.NoModifier]],
                expected: "2015-01-06"
            },
            {
                tag: "a month back from the 31st",
                start: "2015-03-31",
                keys: [[Qt.Key_PageUp, Qt.NoModifier]],
                expected: "2015-02-28"
            },
            {
                tag: "a year on, then the month's end",
                start: "2023-02-10",
                keys: [[Qt.Key_PageDown, Qt.ShiftModifier], [Qt.Key_End, Qt.NoModifier]],
                expected: "2024-02-29"
            },
            {
                tag: "no date: the case's period",
                start: "",
                keys: [[Qt.Key_Up, Qt.NoModifier]],
                expected: "2019-05-25"
            }
        ];
    }
    function test_calendar_picks_a_date(data: var): void {
        verify(doc.insert("timeline.json", "events", -1, {
            id: "e",
            date: data.start,
            title: "T",
            description: "",
            sources: []
        }));
        const field = createTemporaryObject(dateComponent, root, {
            document: doc,
            file: "timeline.json",
            path: "events[0]",
            label: "When"
        });
        // The period is set after the field is made: the calendar reads it when it opens.
        verify(doc.setValue("case.json", "period.start", "2019-06-01"));
        const button = findChild(field, "calendarButton");
        verify(button, "a date field has its calendar");
        compare(button.Accessible.name, "Choose When from a calendar");
        button.forceActiveFocus();
        keyClick(Qt.Key_Space);
        const popup = findChild(button, "calendarPopup");
        tryVerify(() => popup.opened, 2000, "the calendar opens");
        const grid = findChild(popup.contentItem, "calendarGrid");
        tryVerify(() => grid.activeFocus, 2000, "the keys move in the calendar");
        for (const [key, modifiers] of data.keys)
            keyClick(key, modifiers);
        keyClick(Qt.Key_Return);
        tryVerify(() => !popup.visible, 2000, "picking closes the calendar");
        compare(doc.value("timeline.json", "events[0].date"), data.expected);
        compare(field.input.text, data.expected);
        verify(field.input.activeFocus, "the focus goes back to the field");
        doc.undo();
        compare(doc.value("timeline.json", "events[0].date"), data.start, "one undo step");
    }

    function test_calendar_by_mouse(): void {
        verify(doc.insert("timeline.json", "events", -1, {
            id: "e",
            date: "2014-12-01",
            title: "T",
            description: "",
            sources: []
        }));
        const field = createTemporaryObject(dateComponent, root, {
            document: doc,
            file: "timeline.json",
            path: "events[0]",
            label: "When"
        });
        const button = findChild(field, "calendarButton");
        mouseClick(button);
        const popup = findChild(button, "calendarPopup");
        tryVerify(() => popup.opened);
        compare(findChild(popup.contentItem, "calendarMonth").text, Qt.locale().standaloneMonthName(11, Locale.LongFormat) + " 2014");
        const grid = findChild(popup.contentItem, "calendarGrid");
        // The 24th: the cell whose day is 24 in December.
        let target = null;
        for (const cell of grid.contentItem.children)
            if (cell.model && cell.model.day === 24 && cell.model.month === 11)
                target = cell;
        verify(target, "December's 24th is drawn");
        mouseClick(target);
        tryVerify(() => !popup.visible);
        compare(doc.value("timeline.json", "events[0].date"), "2014-12-24");
    }

    function test_id_list_adds_and_removes(): void {
        const field = createTemporaryObject(idListComponent, root, {
            document: doc,
            file: "timeline.json",
            path: "events[0].sources",
            label: "Sources",
            options: [
                {
                    value: "s1",
                    text: "One"
                },
                {
                    value: "s2",
                    text: "Two"
                }
            ]
        });
        verify(doc.insert("timeline.json", "events", -1, {
            id: "e",
            date: "2020-01-02",
            title: "T",
            description: "",
            sources: []
        }));
        compare(field.ids.length, 0);
        field.add("s2");
        field.add("s1");
        compare(JSON.stringify(doc.value("timeline.json", "events[0].sources")), '["s2","s1"]');
        compare(field.input.count, 1, "only ids not yet chosen can be added");
        const chip = findChild(field, "chip_s2");
        verify(chip);
        compare(chip.Accessible.name, "Remove Two from Sources");
        chip.clicked();
        compare(JSON.stringify(doc.value("timeline.json", "events[0].sources")), '["s1"]');
        doc.undo();
        compare(field.ids.length, 2);
    }

    function test_id_list_of_references_keeps_their_keys(): void {
        verify(doc.insert("timeline.json", "events", -1, {
            id: "e",
            date: "2020-01-02",
            title: "T",
            description: "",
            sources: [
                {
                    source: "s1",
                    quote: "kept"
                }
            ]
        }));
        const field = createTemporaryObject(idListComponent, root, {
            document: doc,
            file: "timeline.json",
            path: "events[0].sources",
            label: "Sources",
            itemKey: "source",
            options: ["s1", "s2"]
        });
        compare(field.ids, ["s1"]);
        field.add("s2");
        compare(JSON.stringify(doc.value("timeline.json", "events[0].sources")), '[{"quote":"kept","source":"s1"},{"source":"s2"}]');
        field.removeAt(0);
        compare(JSON.stringify(doc.value("timeline.json", "events[0].sources")), '[{"source":"s2"}]');
    }
}
