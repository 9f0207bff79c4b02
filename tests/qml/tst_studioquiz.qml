// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.claimscope.Claimscope

// The studio's Quiz section: a question of each type gets its own form,
// choices are added with their feedback, the true/false balance is counted,
// and a problem in the rubric opens the rubric.
ClaimscopeTestCase {
    id: root
    name: "StudioQuiz"

    property CaseDocument doc

    Component {
        id: docComponent
        CaseDocument {}
    }
    Component {
        id: sectionComponent
        StudioQuiz {
            width: 1100
            height: 700
        }
    }

    function init(): void {
        // One document for all the tests, so that it outlives the sections made for each.
        if (!doc)
            doc = docComponent.createObject(root);
        verify(doc.newCase("A test case", "test-case"));
        verify(doc.insert("rubric.json", "criteria", -1, {
            id: "evidence",
            title: "Evidence",
            description: "d"
        }));
    }
    function cleanup(): void {
        doc.close();
    }

    function test_each_type_makes_a_complete_item_data(): var {
        return [
            {
                tag: "single",
                type: "single",
                keys: ["choices"],
                form: "choices"
            },
            {
                tag: "true-false",
                type: "true-false",
                keys: ["statement", "answer", "feedback"],
                form: "statementField"
            },
            {
                tag: "highlight",
                type: "highlight",
                keys: ["article", "spans"],
                form: "spans"
            },
            {
                tag: "rank",
                type: "rank",
                keys: ["options", "order"],
                form: "options"
            },
            {
                tag: "evidence",
                type: "evidence",
                keys: ["choices"],
                form: "choices"
            }
        ];
    }
    function test_each_type_makes_a_complete_item(data: var): void {
        const quiz = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        const list = findChild(quiz, "itemList");
        const combo = findChild(quiz, "newType");
        combo.currentIndex = quiz.types.indexOf(data.type);
        list.add();
        compare(list.currentIndex, 0);
        const item = doc.value("quiz.json", "items[0]");
        compare(item.type, data.type);
        compare(Array.from(item.criteria), ["evidence"], "a new question trains the first criterion");
        for (const key of data.keys)
            verify(item[key] !== undefined, data.type + " has " + key);
        tryVerify(() => findChild(quiz, data.form)?.visible ?? false, 1000, "the form of a " + data.type + " item shows");
    }

    function test_choices_with_feedback(): void {
        const quiz = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        findChild(quiz, "newType").currentIndex = 0;
        findChild(quiz, "itemList").add();
        const choices = findChild(quiz, "choices");
        tryVerify(() => choices.visible);
        findChild(choices, "add_items[0].choices").clicked();
        findChild(choices, "add_items[0].choices").clicked();
        const list = doc.value("quiz.json", "items[0].choices");
        compare(list.length, 2);
        compare(list[0].id, "c1");
        compare(list[1].id, "c2");
        verify(list[0].feedback !== undefined, "every choice carries feedback");
        doc.undo();
        compare(doc.value("quiz.json", "items[0].choices").length, 1);
    }

    function test_true_false_balance(): void {
        const quiz = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        findChild(quiz, "newType").currentIndex = 1;
        const list = findChild(quiz, "itemList");
        list.add();
        list.add();
        list.add();
        compare(quiz.trueCount, 3);
        compare(quiz.falseCount, 0);
        verify(findChild(quiz, "balance").text.indexOf("balance them") >= 0, "an unbalanced quiz is pointed out");
        verify(doc.setValue("quiz.json", "items[1].answer", false));
        compare(quiz.trueCount, 2);
        compare(quiz.falseCount, 1);
        verify(findChild(quiz, "balance").text.indexOf("balance them") < 0);
    }

    // A highlight's spans are picked in the article: the words and their occurrence come from the selection.
    function test_highlight_spans_from_a_selection(): void {
        const text = "The first claim came early. Then the claim grew.";
        const articleId = doc.addArticleFromText(text, {
            headline: "An article",
            outlet: "An outlet"
        });
        verify(articleId.length > 0, doc.lastError);
        const quiz = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        findChild(quiz, "newType").currentIndex = quiz.types.indexOf("highlight");
        findChild(quiz, "itemList").add();
        verify(doc.setValue("quiz.json", "items[0].article", articleId));
        const picker = findChild(quiz, "spanPicker");
        tryVerify(() => picker.visible, 1000, "the article's text shows once an article is chosen");
        const area = findChild(picker, "spanText");
        compare(area.text, doc.articleText(articleId));
        const button = findChild(picker, "addSpanButton");
        verify(!button.enabled, "nothing selected, nothing to add");
        // The second "claim": its occurrence is recorded.
        const start = area.text.lastIndexOf("claim");
        area.select(start, start + "claim".length);
        verify(button.enabled);
        button.clicked();
        const spans = doc.value("quiz.json", "items[0].spans");
        compare(spans.length, 1);
        compare(spans[0].quote, "claim");
        compare(spans[0].occurrence, 2);
        compare(spans[0].correct, true);
        verify(findChild(picker, "spanStatus").text.indexOf("claim") >= 0);
        // The first one: no occurrence needed.
        area.select(text.indexOf("claim"), text.indexOf("claim") + 5);
        button.clicked();
        compare(doc.value("quiz.json", "items[0].spans[1].occurrence"), undefined);
    }

    function test_focus_path_in_the_rubric(): void {
        const quiz = createTemporaryObject(sectionComponent, root, {
            document: doc
        });
        verify(quiz.focusPath("rubric.json", "criteria[0].title"));
        compare(quiz.tab, 1);
        verify(!quiz.focusPath("lesson.json", "chapters[0]"));
    }
}
