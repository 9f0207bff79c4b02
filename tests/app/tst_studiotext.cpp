// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The studio's pure helpers: JSON paths and their edits, pasted text,
// quotes from selections, ids from names.
#include "case/casevalidator.h"
#include "studio/articletext.h"
#include "studio/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestStudioText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsePath_data();
    void parsePath();
    void getValue_data();
    void getValue();
    void edit_data();
    void edit();
    void paragraphsFromText_data();
    void paragraphsFromText();
    void paragraphsFromHtml_data();
    void paragraphsFromHtml();
    void looksLikeHtml_data();
    void looksLikeHtml();
    void quoteAt_data();
    void quoteAt();
    void slug_data();
    void slug();
};

void TestStudioText::parsePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("steps"); // "key", "#index", joined by "/"; "!" for no path
    QTest::addRow("whole file") << u""_s << u""_s;
    QTest::addRow("key") << u"claims"_s << u"claims"_s;
    QTest::addRow("problem path") << u"claims[3].targets[0]"_s << u"claims/#3/targets/#0"_s;
    QTest::addRow("nested arrays") << u"chapters[0].steps[12].focus.camp"_s << u"chapters/#0/steps/#12/focus/camp"_s;
    QTest::addRow("leading dot") << u".claims"_s << u"!"_s;
    QTest::addRow("double dot") << u"claims..id"_s << u"!"_s;
    QTest::addRow("trailing dot") << u"claims."_s << u"!"_s;
    QTest::addRow("not a number") << u"claims[x]"_s << u"!"_s;
    QTest::addRow("sign") << u"claims[+1]"_s << u"!"_s;
    QTest::addRow("empty index") << u"claims[]"_s << u"!"_s;
    QTest::addRow("unclosed") << u"claims[1"_s << u"!"_s;
    QTest::addRow("key after index without dot") << u"claims[1]id"_s << u"!"_s;
}

void TestStudioText::parsePath()
{
    QFETCH(QString, path);
    QFETCH(QString, steps);
    const std::optional<QList<JsonPath::Step>> parsed = JsonPath::parse(path);
    if (steps == u"!"_s) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QStringList out;
    for (const JsonPath::Step &s : *parsed)
        out << (s.index < 0 ? s.key : u"#"_s + QString::number(s.index));
    QCOMPARE(out.join(u'/'), steps);
}

void TestStudioText::getValue_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");
    QTest::addRow("string in array") << u"claims[1].targets[0]"_s << QJsonValue(u"b"_s);
    QTest::addRow("object") << u"claims[0].established"_s << QJsonValue(QJsonObject{{u"status"_s, u"opinion"_s}});
    QTest::addRow("missing key") << u"claims[0].note"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("index past the end") << u"claims[2]"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("index into an object") << u"claims[0].established[0]"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("key into an array") << u"claims.id"_s << QJsonValue(QJsonValue::Undefined);
}

void TestStudioText::getValue()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    const QJsonObject root = json(R"({"claims":[{"id":"c1","established":{"status":"opinion"}},{"id":"c2","targets":["b"]}]})");
    QCOMPARE(JsonPath::get(root, path), expected);
}

void TestStudioText::edit_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("b");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected"); // "" when the edit is refused and nothing changes
    const QJsonValue none(QJsonValue::Undefined);
    QTest::addRow("set a field") << u"set"_s << u"claims[1].id"_s << 0 << 0 << QJsonValue(u"c9"_s)
                                 << QByteArray(R"({"claims":[{"id":"c1","t":[1,2,3]},{"id":"c9"}]})");
    QTest::addRow("set creates objects on the way") << u"set"_s << u"claims[1].established.note"_s << 0 << 0 << QJsonValue(u"n"_s)
                                                    << QByteArray(R"({"claims":[{"id":"c1","t":[1,2,3]},{"established":{"note":"n"},"id":"c2"}]})");
    QTest::addRow("set an element") << u"set"_s << u"claims[0].t[2]"_s << 0 << 0 << QJsonValue(7)
                                    << QByteArray(R"({"claims":[{"id":"c1","t":[1,2,7]},{"id":"c2"}]})");
    QTest::addRow("set past the end refused") << u"set"_s << u"claims[5].id"_s << 0 << 0 << QJsonValue(u"x"_s) << QByteArray();
    QTest::addRow("set into a number refused") << u"set"_s << u"claims[0].t[0].x"_s << 0 << 0 << QJsonValue(1) << QByteArray();
    QTest::addRow("set the whole file refused") << u"set"_s << u""_s << 0 << 0 << QJsonValue(1) << QByteArray();
    QTest::addRow("unset a key") << u"set"_s << u"claims[0].t"_s << 0 << 0 << none << QByteArray(R"({"claims":[{"id":"c1"},{"id":"c2"}]})");
    QTest::addRow("unset a missing key: no change") << u"set"_s << u"claims[0].x.y"_s << 0 << 0 << none
                                                    << QByteArray(R"({"claims":[{"id":"c1","t":[1,2,3]},{"id":"c2"}]})");
    QTest::addRow("insert first") << u"insert"_s << u"claims[0].t"_s << 0 << 0 << QJsonValue(0)
                                  << QByteArray(R"({"claims":[{"id":"c1","t":[0,1,2,3]},{"id":"c2"}]})");
    QTest::addRow("append") << u"insert"_s << u"claims"_s << -1 << 0 << QJsonValue(QJsonObject{{u"id"_s, u"c3"_s}})
                            << QByteArray(R"({"claims":[{"id":"c1","t":[1,2,3]},{"id":"c2"},{"id":"c3"}]})");
    QTest::addRow("insert creates the array") << u"insert"_s << u"claims[1].targets"_s << -1 << 0 << QJsonValue(u"a"_s)
                                              << QByteArray(R"({"claims":[{"id":"c1","t":[1,2,3]},{"id":"c2","targets":["a"]}]})");
    QTest::addRow("insert past the end refused") << u"insert"_s << u"claims[0].t"_s << 4 << 0 << QJsonValue(0) << QByteArray();
    QTest::addRow("insert into an object refused") << u"insert"_s << u"claims[0]"_s << 0 << 0 << QJsonValue(0) << QByteArray();
    QTest::addRow("remove") << u"remove"_s << u"claims[0].t"_s << 1 << 0 << none << QByteArray(R"({"claims":[{"id":"c1","t":[1,3]},{"id":"c2"}]})");
    QTest::addRow("remove out of range refused") << u"remove"_s << u"claims"_s << 2 << 0 << none << QByteArray();
    QTest::addRow("move down") << u"move"_s << u"claims[0].t"_s << 0 << 2 << none << QByteArray(R"({"claims":[{"id":"c1","t":[2,3,1]},{"id":"c2"}]})");
    QTest::addRow("move up") << u"move"_s << u"claims[0].t"_s << 2 << 0 << none << QByteArray(R"({"claims":[{"id":"c1","t":[3,1,2]},{"id":"c2"}]})");
    QTest::addRow("move objects") << u"move"_s << u"claims"_s << 1 << 0 << none << QByteArray(R"({"claims":[{"id":"c2"},{"id":"c1","t":[1,2,3]}]})");
    QTest::addRow("move out of range refused") << u"move"_s << u"claims"_s << 0 << 2 << none << QByteArray();
}

void TestStudioText::edit()
{
    QFETCH(QString, op);
    QFETCH(QString, path);
    QFETCH(int, a);
    QFETCH(int, b);
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    const QJsonObject original = json(R"({"claims":[{"id":"c1","t":[1,2,3]},{"id":"c2"}]})");
    QJsonObject root = original;
    bool ok = false;
    if (op == u"set"_s)
        ok = JsonPath::set(root, path, value);
    else if (op == u"insert"_s)
        ok = JsonPath::insert(root, path, a, value);
    else if (op == u"remove"_s)
        ok = JsonPath::remove(root, path, a);
    else
        ok = JsonPath::move(root, path, a, b);
    QCOMPARE(ok, !expected.isEmpty());
    QCOMPARE(root, expected.isEmpty() ? original : json(expected.constData()));
}

void TestStudioText::paragraphsFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addRow("blank lines separate") << u"One.\n\nTwo.\n\n\nThree."_s << QStringList{u"One."_s, u"Two."_s, u"Three."_s};
    QTest::addRow("hard wrap joined") << u"A long\nwrapped line.\n\nNext."_s << QStringList{u"A long wrapped line."_s, u"Next."_s};
    QTest::addRow("CRLF and spaces on the blank line") << u"One.\r\n  \r\nTwo."_s << QStringList{u"One."_s, u"Two."_s};
    QTest::addRow("old Mac line ends") << u"One.\r\rTwo."_s << QStringList{u"One."_s, u"Two."_s};
    QTest::addRow("runs of white space") << u"  A \t b  \n\n"_s << QStringList{u"A b"_s};
    QTest::addRow("curly quotes kept") << u"“It’s fine,” she said."_s << QStringList{u"“It’s fine,” she said."_s};
    QTest::addRow("markup in plain text stays text") << u"Use <b>bold</b> & more."_s << QStringList{u"Use <b>bold</b> & more."_s};
    QTest::addRow("nothing") << u" \n \n"_s << QStringList{};
}

void TestStudioText::paragraphsFromText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);
    QCOMPARE(ArticleText::paragraphsFromText(text), paragraphs);
}

void TestStudioText::paragraphsFromHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addRow("paragraphs") << u"<p>One <b>bold</b> word.</p><p>Two, <a href=\"https://example.org\">linked</a>.</p>"_s
                                << QStringList{u"One bold word."_s, u"Two, linked."_s};
    QTest::addRow("a web page") << u"<html><head><title>Page</title><style>p { color: red }</style></head><body>"
                                   "<h1>Headline</h1><div><p>First &amp; second.</p></div><img src=\"http://127.0.0.1:9/x.png\">"
                                   "<p>Last&nbsp;one.</p></body></html>"_s
                                << QStringList{u"Headline"_s, u"First & second."_s, u"Last one."_s};
    QTest::addRow("entities and curly quotes") << u"<p>&ldquo;It&rsquo;s fine,&rdquo; she said.</p>"_s << QStringList{u"“It’s fine,” she said."_s};
    QTest::addRow("line breaks inside a paragraph") << u"<p>Line one<br>line two</p>"_s << QStringList{u"Line one"_s, u"line two"_s};
    QTest::addRow("escaped markup stays text") << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"_s << QStringList{u"<script>alert(1)</script>"_s};
}

void TestStudioText::paragraphsFromHtml()
{
    QFETCH(QString, html);
    QFETCH(QStringList, paragraphs);
    QCOMPARE(ArticleText::paragraphsFromHtml(html), paragraphs);
}

void TestStudioText::looksLikeHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("html");
    QTest::addRow("a paragraph") << u"<p>Text</p>"_s << true;
    QTest::addRow("a page") << u"\n  <!DOCTYPE html><html><body>x</body></html>"_s << true;
    QTest::addRow("plain") << u"Plain text.\n\nMore."_s << false;
    QTest::addRow("plain with a comparison") << u"Costs < 5 dollars and > 2."_s << false;
}

void TestStudioText::looksLikeHtml()
{
    QFETCH(QString, text);
    QFETCH(bool, html);
    QCOMPARE(ArticleText::looksLikeHtml(text), html);
}

void TestStudioText::quoteAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<bool>("ok");
    const QString text = u"Headline\n\nThe cat sat. The cat ran. The dog sat."_s;
    // 0         1          2         3         4
    // 0123456789012345678901234567890123456789012345
    QTest::addRow("first of a repeated phrase") << text << 10 << 17 << u"The cat"_s << 1 << true;
    QTest::addRow("second of a repeated phrase") << text << 23 << 30 << u"The cat"_s << 2 << true;
    QTest::addRow("third \"The\"") << text << 36 << 39 << u"The"_s << 3 << true;
    QTest::addRow("first of two") << text << 18 << 21 << u"sat"_s << 1 << true;
    QTest::addRow("unique words") << text << 40 << 47 << u"dog sat"_s << 1 << true;
    QTest::addRow("white space at the edges left out") << text << 9 << 18 << u"The cat"_s << 1 << true;
    QTest::addRow("backwards selection") << text << 17 << 10 << u"The cat"_s << 1 << true;
    QTest::addRow("across a paragraph break") << text << 4 << 13 << u"line\n\nThe"_s << 1 << true;
    QTest::addRow("nothing but space") << text << 8 << 10 << u""_s << 0 << false;
    QTest::addRow("empty") << text << 5 << 5 << u""_s << 0 << false;
    QTest::addRow("out of range clamped") << text << 40 << 999 << u"dog sat."_s << 1 << true;
    QTest::addRow("overlapping an earlier match") << u"aaa"_s << 1 << 3 << u"aa"_s << 0 << false;
    QTest::addRow("curly apostrophe kept exact") << u"It’s it’s"_s << 5 << 9 << u"it’s"_s << 1 << true;
}

void TestStudioText::quoteAt()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(bool, ok);
    const ArticleText::Quote q = ArticleText::quoteAt(text, start, end);
    QCOMPARE(q.error.isEmpty(), ok);
    if (!ok)
        return;
    QCOMPARE(q.quote, quote);
    QCOMPARE(q.occurrence, occurrence);
    // What the validator and the reader find for this quote and occurrence is the selection.
    QCOMPARE(CaseValidator::find(text, q.quote, q.occurrence), q.start);
    QCOMPARE(q.end - q.start, q.quote.size());
}

void TestStudioText::slug_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("slug");
    QTest::addRow("words") << u"Ms Rivera, the school secretary"_s << u"ms-rivera-the-school-secretary"_s;
    QTest::addRow("apostrophes and accents") << u"Café Müller’s “best” day"_s << u"cafe-mullers-best-day"_s;
    QTest::addRow("digits") << u"  2024 report #3 "_s << u"2024-report-3"_s;
    QTest::addRow("long, cut at a word edge") << u"abcdefghij abcdefghij abcdefghij abcdefghij"_s << u"abcdefghij-abcdefghij-abcdefghij-abcdefg"_s;
    QTest::addRow("no dash left at the cut") << u"abcdefghij abcdefghij abcdefghij abcdef ghij"_s << u"abcdefghij-abcdefghij-abcdefghij-abcdef"_s;
    QTest::addRow("nothing usable") << u"“…” —"_s << u""_s;
    QTest::addRow("other scripts dropped") << u"Пример"_s << u""_s;
}

void TestStudioText::slug()
{
    QFETCH(QString, text);
    QFETCH(QString, slug);
    QCOMPARE(ArticleText::slug(text), slug);
}

QTEST_MAIN(TestStudioText)
#include "tst_studiotext.moc"
