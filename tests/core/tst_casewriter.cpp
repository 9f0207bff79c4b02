// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The canonical layout of case files: key order (checked against the
// schema), text and numbers kept, load → write → load, saving to a folder.
#include "case/casekeyorder.h"
#include "case/caseloader.h"
#include "case/casewriter.h"
#include "common/jsonlocator.h"
#include "support/casefolders.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using namespace TestSupport;

namespace {

const QString schemaPath = QStringLiteral(DOCS_DIR "/case-format.schema.json");

/// The schema object at a JSON path ("$defs.claim"), read with QJsonDocument.
QJsonObject schemaObject(const QString &path)
{
    QJsonValue v = QJsonDocument::fromJson(readFile(schemaPath)).object();
    for (const QString &key : path.split(u'.'))
        v = v.toObject().value(key);
    return v.toObject();
}

/// The `properties` of the schema object at `path`, in the order the schema
/// file writes them (QJsonObject sorts its keys, so the order comes from
/// where each key stands in the text).
QStringList schemaProperties(const QString &path)
{
    static const QByteArray text = readFile(schemaPath);
    static const JsonLocator locator(text);
    QStringList keys = schemaObject(path).value(u"properties"_s).toObject().keys();
    const auto position = [&](const QString &key) {
        const JsonLocator::Position p = locator.find(path + u".properties."_s + key);
        return std::pair(p.line, p.column);
    };
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) { return position(a) < position(b); });
    return keys;
}

/// Every closed object of the schema (additionalProperties: false), by path.
void closedObjects(const QJsonValue &v, const QString &path, QSet<QString> &out)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            closedObjects(a.at(i), path + u'[' + QString::number(i) + u']', out);
        return;
    }
    const QJsonObject o = v.toObject();
    if (o.value(u"additionalProperties"_s) == QJsonValue(false) && o.contains(u"properties"_s))
        out.insert(path);
    for (auto it = o.begin(); it != o.end(); ++it)
        closedObjects(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
}

struct SchemaRow
{
    QString kind, shape, schema;
};

/// Where each documented object of the writer stands in the schema. Quiz
/// items and choices have one row per schema object they stand for.
const QList<SchemaRow> &schemaRows()
{
    static const QString ref = u"$defs.sourceRef"_s;
    static const QList<SchemaRow> rows{
        {u"case.json"_s, u""_s, u"$defs.case"_s},
        {u"case.json"_s, u"period"_s, u"$defs.case.properties.period"_s},
        {u"actors.json"_s, u""_s, u"$defs.actors"_s},
        {u"actors.json"_s, u"actors[]"_s, u"$defs.actor"_s},
        {u"actors.json"_s, u"camps[]"_s, u"$defs.camp"_s},
        {u"sources.json"_s, u""_s, u"$defs.sources"_s},
        {u"sources.json"_s, u"sources[]"_s, u"$defs.source"_s},
        {u"articles/*.json"_s, u""_s, u"$defs.article"_s},
        {u"articles/*.json"_s, u"annotations[]"_s, u"$defs.annotation"_s},
        {u"articles/*.json"_s, u"annotations[].correction"_s, u"$defs.annotation.properties.correction"_s},
        {u"claims.json"_s, u""_s, u"$defs.claims"_s},
        {u"claims.json"_s, u"claims[]"_s, u"$defs.claim"_s},
        {u"claims.json"_s, u"claims[].sources[]"_s, ref},
        {u"claims.json"_s, u"claims[].established"_s, u"$defs.claim.properties.established"_s},
        {u"timeline.json"_s, u""_s, u"$defs.timeline"_s},
        {u"timeline.json"_s, u"phases[]"_s, u"$defs.phase"_s},
        {u"timeline.json"_s, u"phases[].sources[]"_s, ref},
        {u"timeline.json"_s, u"events[]"_s, u"$defs.event"_s},
        {u"timeline.json"_s, u"events[].sources[]"_s, ref},
        {u"timeline.json"_s, u"laterDevelopments[]"_s, u"$defs.laterDevelopment"_s},
        {u"timeline.json"_s, u"laterDevelopments[].sources[]"_s, ref},
        {u"rubric.json"_s, u""_s, u"$defs.rubric"_s},
        {u"rubric.json"_s, u"criteria[]"_s, u"$defs.criterion"_s},
        {u"quiz.json"_s, u""_s, u"$defs.quiz"_s},
        {u"quiz.json"_s, u"items[]"_s, u"$defs.quizSingle"_s},
        {u"quiz.json"_s, u"items[]"_s, u"$defs.quizTrueFalse"_s},
        {u"quiz.json"_s, u"items[]"_s, u"$defs.quizHighlight"_s},
        {u"quiz.json"_s, u"items[]"_s, u"$defs.quizRank"_s},
        {u"quiz.json"_s, u"items[]"_s, u"$defs.quizEvidence"_s},
        {u"quiz.json"_s, u"items[].choices[]"_s, u"$defs.choice"_s},
        {u"quiz.json"_s, u"items[].choices[]"_s, u"$defs.quizEvidence.properties.choices.items"_s},
        {u"quiz.json"_s, u"items[].feedback"_s, u"$defs.quizTrueFalse.properties.feedback"_s},
        {u"quiz.json"_s, u"items[].spans[]"_s, u"$defs.quizHighlight.properties.spans.items"_s},
        {u"quiz.json"_s, u"items[].options[]"_s, u"$defs.quizRank.properties.options.items"_s},
        {u"lesson.json"_s, u""_s, u"$defs.lesson"_s},
        {u"lesson.json"_s, u"chapters[]"_s, u"$defs.chapter"_s},
        {u"lesson.json"_s, u"chapters[].steps[]"_s, u"$defs.step"_s},
        {u"lesson.json"_s, u"chapters[].steps[].focus"_s, u"$defs.step.properties.focus"_s},
        {u"translations/*.json"_s, u""_s, u"$defs.translation"_s},
        {u"translations/*.json"_s, u"texts[]"_s, u"$defs.translationText"_s},
    };
    return rows;
}

QStringList problemTexts(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.toString();
    return out;
}

} // namespace

class TestCaseWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyOrderIsTheSchemas_data();
    void keyOrderIsTheSchemas();
    void everyDocumentedObjectIsInTheSchema();
    void layout_data();
    void layout();
    void refuses_data();
    void refuses();
    void roundTrip_data();
    void roundTrip();
    void saveKeepsExtrasAndRemovesDeletedArticles();
    void saveRefusesUnsafeNames();
};

void TestCaseWriter::keyOrderIsTheSchemas_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("schema");
    for (const SchemaRow &row : schemaRows())
        QTest::addRow("%s %s → %s", qPrintable(row.kind), qPrintable(row.shape), qPrintable(row.schema)) << row.kind << row.shape << row.schema;
}

void TestCaseWriter::keyOrderIsTheSchemas()
{
    QFETCH(QString, kind);
    QFETCH(QString, shape);
    QFETCH(QString, schema);
    const QStringList properties = schemaProperties(schema);
    QVERIFY2(!properties.isEmpty(), qPrintable(schema));
    const QStringList documented = CaseKeyOrder::keys(kind, shape);
    QStringList inSchema = documented;
    inSchema.removeIf([&](const QString &key) { return !properties.contains(key); });
    QCOMPARE(inSchema, properties); // the schema's keys, in the schema's order
    // Every documented key is a property of one of the schema objects the shape stands for.
    QSet<QString> allowed;
    for (const SchemaRow &row : schemaRows()) {
        if (row.kind == kind && row.shape == shape) {
            const QStringList keys = schemaProperties(row.schema);
            allowed.unite(QSet<QString>(keys.cbegin(), keys.cend()));
        }
    }
    QCOMPARE(QSet<QString>(documented.cbegin(), documented.cend()), allowed);
}

void TestCaseWriter::everyDocumentedObjectIsInTheSchema()
{
    QSet<QString> rowShapes, rowSchemas;
    for (const SchemaRow &row : schemaRows()) {
        rowShapes.insert(row.kind + u' ' + row.shape);
        rowSchemas.insert(row.schema);
    }
    QSet<QString> writerShapes;
    for (const CaseKeyOrder::Shape &s : CaseKeyOrder::shapes())
        writerShapes.insert(s.kind + u' ' + s.shape);
    QCOMPARE(writerShapes, rowShapes);
    QSet<QString> closed;
    closedObjects(QJsonDocument::fromJson(readFile(schemaPath)).object(), QString(), closed);
    QCOMPARE(closed, rowSchemas);
}

void TestCaseWriter::layout_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("case.json: documented order, nested period")
        << u"case.json"_s << QByteArray(R"({"period":{"end":"2024-03-09","start":"2024-03-01"},"title":"T","formatVersion":1,"id":"x"})")
        << QByteArray("{\n  \"formatVersion\": 1,\n  \"id\": \"x\",\n  \"title\": \"T\",\n  \"period\": {\n    \"start\": \"2024-03-01\",\n    \"end\": "
                      "\"2024-03-09\"\n  }\n}\n");
    QTest::addRow("claim: sources and established in order, arrays keep theirs")
        << u"claims.json"_s
        << QByteArray(R"({"claims":[{"established":{"note":"n","status":"opinion"},"targets":["b","a"],"id":"c1",)"
                      R"("sources":[{"quote":"q","source":"s1","article":"a1"}]}]})")
        << QByteArray("{\n  \"claims\": [\n    {\n      \"id\": \"c1\",\n      \"targets\": [\n        \"b\",\n        \"a\"\n      ],\n"
                      "      \"sources\": [\n        {\n          \"source\": \"s1\",\n          \"article\": \"a1\",\n          \"quote\": \"q\"\n"
                      "        }\n      ],\n      \"established\": {\n        \"status\": \"opinion\",\n        \"note\": \"n\"\n      }\n    }\n  ]\n}\n");
    QTest::addRow("unknown keys last, alphabetically; inside them too")
        << u"rubric.json"_s << QByteArray(R"({"zeta":{"b":1,"a":2},"criteria":[{"title":"T","id":"x","alpha":true}]})")
        << QByteArray("{\n  \"criteria\": [\n    {\n      \"id\": \"x\",\n      \"title\": \"T\",\n      \"alpha\": true\n    }\n  ],\n"
                      "  \"zeta\": {\n    \"a\": 2,\n    \"b\": 1\n  }\n}\n");
    QTest::addRow("true-false item: the union order, booster last")
        << u"quiz.json"_s
        << QByteArray(R"({"items":[{"booster":true,"claim":"c","feedback":{"false":"f","true":"t"},"answer":false,"type":"true-false","id":"q"}]})")
        << QByteArray("{\n  \"items\": [\n    {\n      \"id\": \"q\",\n      \"type\": \"true-false\",\n      \"answer\": false,\n      \"feedback\": {\n"
                      "        \"true\": \"t\",\n        \"false\": \"f\"\n      },\n      \"claim\": \"c\",\n      \"booster\": true\n    }\n  ]\n}\n");
    QTest::addRow("evidence item: claim before choices, evidence last in a choice")
        << u"quiz.json"_s << QByteArray(R"({"items":[{"choices":[{"evidence":"none","feedback":"f","id":"a"}],"claim":"c","id":"q"}]})")
        << QByteArray("{\n  \"items\": [\n    {\n      \"id\": \"q\",\n      \"claim\": \"c\",\n      \"choices\": [\n        {\n          \"id\": \"a\",\n"
                      "          \"feedback\": \"f\",\n          \"evidence\": \"none\"\n        }\n      ]\n    }\n  ]\n}\n");
    QTest::addRow("blame step focus")
        << u"lesson.json"_s << QByteArray(R"({"chapters":[{"steps":[{"focus":{"camp":"x"},"mode":"camps","id":"s"}]}]})")
        << QByteArray("{\n  \"chapters\": [\n    {\n      \"steps\": [\n        {\n          \"id\": \"s\",\n          \"mode\": "
                      "\"camps\",\n          \"focus\": {\n            \"camp\": \"x\"\n          }\n        }\n      ]\n    }\n  ]\n}\n");
    QTest::addRow("article: annotation with correction")
        << u"articles/a1.json"_s << QByteArray(R"({"annotations":[{"correction":{"sources":["s"],"text":"t"},"quote":"q","id":"a"}],"id":"a1"})")
        << QByteArray("{\n  \"id\": \"a1\",\n  \"annotations\": [\n    {\n      \"id\": \"a\",\n      \"quote\": \"q\",\n      \"correction\": {\n"
                      "        \"text\": \"t\",\n        \"sources\": [\n          \"s\"\n        ]\n      }\n    }\n  ]\n}\n");
    QTest::addRow("empty array and object") << u"timeline.json"_s << QByteArray(R"({"events":[],"phases":[{}]})")
                                            << QByteArray("{\n  \"phases\": [\n    {}\n  ],\n  \"events\": []\n}\n");
    QTest::addRow("text kept: escapes, UTF-8, a lone surrogate")
        << u"rubric.json"_s << QByteArray("{\"criteria\":[{\"id\":\"q\\\"\\\\\\/\\n\\t\\u0001\\u00e9’ \\ud800 😀\"}]}")
        << QByteArray("{\n  \"criteria\": [\n    {\n      \"id\": \"q\\\"\\\\/\\n\\t\\u0001é’ \\ud800 😀\"\n    }\n  ]\n}\n");
    // Qt keeps a number's value, not its spelling: 1.0 and 1e2 are the whole numbers 1 and 100.
    QTest::addRow("numbers keep their values")
        << u"actors.json"_s << QByteArray(R"({"camps":[{"order":3,"a":1.0,"b":-2.5,"c":1e2,"d":9007199254740993,"e":0.1,"f":1e300}]})")
        << QByteArray("{\n  \"camps\": [\n    {\n      \"order\": 3,\n      \"a\": 1,\n      \"b\": -2.5,\n      \"c\": 100,\n      \"d\": 9007199254740993,\n"
                      "      \"e\": 0.1,\n      \"f\": 1e+300\n    }\n  ]\n}\n");
    QTest::addRow("CRLF and tabs become the layout") << u"sources.json"_s << QByteArray("{\r\n\t\"sources\" : [ ]\r\n}")
                                                     << QByteArray("{\n  \"sources\": []\n}\n");
}

void TestCaseWriter::layout()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    Problems problems;
    const QByteArray out = CaseWriter::canonical(file, input, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problemTexts(problems).join(u'\n')));
    QCOMPARE(out, expected);
    QCOMPARE(CaseWriter::canonical(file, out, problems), out); // idempotent
    QCOMPARE(QJsonDocument::fromJson(out), QJsonDocument::fromJson(input));
}

void TestCaseWriter::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("path");
    QTest::addRow("syntax error") << QByteArray("{\n  \"claims\": [],\n}") << u"json-syntax"_s << 2 << QString(); // the trailing comma
    QTest::addRow("duplicate key") << QByteArray("{\n  \"claims\": [\n    {\"id\": \"a\",\n     \"id\": \"b\"}\n  ]\n}") << u"duplicate-key"_s << 4
                                   << u"claims[0].id"_s;
    QTest::addRow("top-level array") << QByteArray("[]") << u"wrong-type"_s << 0 << QString();
    QTest::addRow("empty") << QByteArray("  \n") << u"empty-file"_s << 0 << QString();
}

void TestCaseWriter::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(QString, path);
    Problems problems;
    QVERIFY(CaseWriter::canonical(u"claims.json"_s, input, problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].code, code);
    QCOMPARE(problems[0].file, u"claims.json"_s);
    QCOMPARE(problems[0].line, line);
    QCOMPARE(problems[0].path, path);
}

void TestCaseWriter::roundTrip_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addRow("shipped case") << QStringLiteral(CONTENT_DIR "/sony-hack");
    QTest::addRow("documented example") << QStringLiteral(DOCS_DIR "/examples/minimal-case");
}

void TestCaseWriter::roundTrip()
{
    QFETCH(QString, folder);
    const PackFiles original = PackReader().readFolder(folder);
    QVERIFY(original.problems.isEmpty());
    const LoadResult first = CaseLoader().load(original);
    QVERIFY(first.ok());

    QMap<QString, QByteArray> canonical;
    for (auto it = original.files.cbegin(); it != original.files.cend(); ++it) {
        Problems problems;
        canonical.insert(it.key(), CaseWriter::isCaseJson(it.key()) ? CaseWriter::canonical(it.key(), it.value(), problems) : it.value());
        QVERIFY2(problems.isEmpty(), qPrintable(problemTexts(problems).join(u'\n')));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CaseWriter::Saved saved = CaseWriter::save(canonical, dir.path());
    QVERIFY(saved.problems.isEmpty());
    QCOMPARE(saved.written, canonical.keys());

    const PackFiles written = PackReader().readFolder(dir.path());
    QCOMPARE(written.files, canonical);
    const LoadResult second = CaseLoader().load(written);
    QVERIFY2(second.ok(), qPrintable(problemTexts(second.problems).join(u'\n')));
    QVERIFY(second.data == first.data);

    // Idempotent: the written files are canonical, and saving them again touches nothing.
    for (auto it = written.files.cbegin(); it != written.files.cend(); ++it) {
        Problems problems;
        if (CaseWriter::isCaseJson(it.key()))
            QCOMPARE(CaseWriter::canonical(it.key(), it.value(), problems), it.value());
    }
    const CaseWriter::Saved again = CaseWriter::save(written.files, dir.path());
    QVERIFY(again.written.isEmpty());
    QCOMPARE(again.unchanged, canonical.keys());
}

void TestCaseWriter::saveKeepsExtrasAndRemovesDeletedArticles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir d(dir.path());
    QVERIFY(writeFile(d.filePath(u"notes.txt"_s), "mine"));
    QVERIFY(writeFile(d.filePath(u"articles/old.json"_s), "{}"));
    QVERIFY(writeFile(d.filePath(u"articles/picture.png"_s), "png"));
    QVERIFY(writeFile(d.filePath(u"case.json"_s), "{}\n"));

    const QMap<QString, QByteArray> files{{u"case.json"_s, "{}\n"}, {u"articles/new.json"_s, "{\n  \"id\": \"new\"\n}\n"}, {u"README.md"_s, "# A"}};
    const CaseWriter::Saved saved = CaseWriter::save(files, dir.path());
    QVERIFY(saved.problems.isEmpty());
    QCOMPARE(saved.written, (QStringList{u"README.md"_s, u"articles/new.json"_s}));
    QCOMPARE(saved.unchanged, QStringList{u"case.json"_s});
    QCOMPARE(saved.removed, QStringList{u"articles/old.json"_s});
    QCOMPARE(readFile(d.filePath(u"notes.txt"_s)), QByteArray("mine"));
    QCOMPARE(readFile(d.filePath(u"articles/picture.png"_s)), QByteArray("png"));
    QCOMPARE(readFile(d.filePath(u"articles/new.json"_s)), files[u"articles/new.json"_s]);
    QVERIFY(!QFile::exists(d.filePath(u"articles/old.json"_s)));
}

void TestCaseWriter::saveRefusesUnsafeNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"case/articles/keep.json"_s), "{}"));
    const CaseWriter::Saved saved = CaseWriter::save({{u"../escape.json"_s, "{}"}, {u"case.json"_s, "{}\n"}}, dir.filePath(u"case"_s));
    QCOMPARE(saved.problems.size(), 1);
    QCOMPARE(saved.problems[0].file, u"../escape.json"_s);
    QVERIFY(!QFile::exists(dir.filePath(u"escape.json"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"case/articles/keep.json"_s))); // nothing removed after a failure
}

QTEST_GUILESS_MAIN(TestCaseWriter)
#include "tst_casewriter.moc"
