// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caseloader.h"
#include "common/jsonchecker.h"
#include "progress/progressstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

/// A valid progress file for the case below, on one line.
const QByteArray goodProgress = R"({"formatVersion": 1, "id": "p", "name": "", "created": "2026-11-16T09:00:00Z", )"
                                R"("cases": {"c": {"step": 0, "lesson": {"started": null, "finished": null, "secondsSpent": 0, "answers": {}}}}})";

/// The good progress file with `from` replaced by `to` (once; it must be there).
QByteArray progress(const QByteArray &from, const QByteArray &to)
{
    Q_ASSERT(goodProgress.count(from) == 1);
    return QByteArray(goodProgress).replace(from, to);
}

/// The smallest case a progress file can be checked against: one quiz step, one item.
CaseData progressCase()
{
    CaseData d;
    d.info.id = u"c"_s;
    QuizItem single{.id = u"q1"_s, .type = Quiz::Type::Single};
    single.choices = {QuizChoice{.id = u"a"_s, .correct = true}, QuizChoice{.id = u"b"_s}};
    d.quizItems = {single};
    LessonStep step{.id = u"s1"_s, .kind = u"quiz"_s};
    step.quiz = {u"q1"_s};
    d.chapters = {Chapter{u"ch"_s, u"Chapter"_s, {}, {step}}};
    return d;
}

QString listed(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.code + u" "_s + p.toString();
    return lines.join(u'\n');
}

const Problem *findProblem(const Problems &problems, const QString &file, const QString &code, const QString &path)
{
    for (const Problem &p : problems) {
        if (p.file == file && p.code == code && p.path == path)
            return &p;
    }
    return nullptr;
}

} // namespace

// Case files and progress files are read by one JsonChecker: the same mistake
// gets the same code in both (docs/case-format.md, "Problem codes").
class TestJsonChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void goodProgressLoads();
    void sameMistakeSameCode_data();
    void sameMistakeSameCode();
    void caseOnlyCodes_data();
    void caseOnlyCodes();
    void values_data();
    void values();
    void syntaxMistakes_data();
    void syntaxMistakes();

private:
    /// Loads `json` as the only file `file` of a pack: the problems with their lines and columns.
    static Problems caseProblems(const QString &file, const QByteArray &json);
    static void checkCaseProblem(const QString &code, const QString &file, const QByteArray &json, const QString &path, const QByteArray &at);

    QTemporaryDir m_dir;
    const CaseData m_case = progressCase();
};

Problems TestJsonChecker::caseProblems(const QString &file, const QByteArray &json)
{
    PackFiles pack;
    pack.origin = u"pack"_s;
    pack.files.insert(file, json);
    return CaseLoader().load(pack).problems;
}

void TestJsonChecker::checkCaseProblem(const QString &code, const QString &file, const QByteArray &json, const QString &path, const QByteArray &at)
{
    const Problems problems = caseProblems(file, json);
    const Problem *p = findProblem(problems, file, code, path);
    QVERIFY2(p, qPrintable(u"no %1 at \"%2\" in:\n"_s.arg(code, path) + listed(problems)));
    if (at.isEmpty()) {
        QCOMPARE(p->line, 0);
    } else {
        // Every case problem with a place points at it: here, on the one line, where `at` starts.
        QVERIFY2(json.contains(at), at.constData());
        QCOMPARE(p->line, 1);
        QCOMPARE(p->column, static_cast<int>(json.indexOf(at)) + 1);
    }
}

void TestJsonChecker::goodProgressLoads()
{
    const ProgressStore store(m_dir.filePath(u"good"_s));
    QVERIFY(QDir().mkpath(store.directory()));
    QFile file(store.fileFor(u"p"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(goodProgress);
    file.close();
    const ProgressStore::Loaded loaded = store.load(u"p"_s, &m_case);
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(listed(loaded.problems)));
    QVERIFY(loaded.profile);
    QCOMPARE(loaded.profile->cases.value(u"c"_s).step, 0);
}

void TestJsonChecker::sameMistakeSameCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("caseFile");
    QTest::addColumn<QByteArray>("caseJson");
    QTest::addColumn<QString>("casePath");
    QTest::addColumn<QByteArray>("caseAt"); ///< where the problem points; empty: no line
    QTest::addColumn<QByteArray>("progressJson");
    QTest::addColumn<QString>("progressPath");

    const QByteArray deep = QByteArray(40, '[') + QByteArray(40, ']');
    QTest::addRow("empty file") << u"empty-file"_s << u"rubric.json"_s << QByteArray(" \n") << QString() << QByteArray() << QByteArray() << QString();
    QTest::addRow("nested too deep") << u"too-deep"_s << u"rubric.json"_s << QByteArray("{\"criteria\": " + deep + "}") << QString() << QByteArray()
                                     << QByteArray("{\"x\": " + deep + "}") << QString();
    // A syntax error points at the mistake itself (here the '}' that closes an array).
    QTest::addRow("not JSON") << u"json-syntax"_s << u"rubric.json"_s << QByteArray(R"({"criteria": [}])") << QString() << QByteArray("}]")
                              << QByteArray(R"({"formatVersion": 1, })") << QString();
    QTest::addRow("not an object at the top") << u"wrong-type"_s << u"rubric.json"_s << QByteArray("[]") << QString() << QByteArray() << QByteArray("[]")
                                              << QString();
    QTest::addRow("a value of the wrong type") << u"wrong-type"_s << u"rubric.json"_s << QByteArray(R"({"criteria": {}})") << u"criteria"_s << QByteArray("{}")
                                               << progress(R"("name": "")", R"("name": 7)") << u"name"_s;
    QTest::addRow("a required key missing") << u"missing-key"_s << u"rubric.json"_s << QByteArray("{}") << u"criteria"_s << QByteArray("{")
                                            << progress(R"("formatVersion": 1, )", "") << u"formatVersion"_s;
    QTest::addRow("a value not allowed") << u"bad-value"_s << u"actors.json"_s << QByteArray(R"({"actors": [{"id": "a", "name": "A", "kind": "alien"}]})")
                                         << u"actors[0].kind"_s << QByteArray(R"("alien")")
                                         << progress(R"("answers": {})",
                                                     R"("answers": {"q1": {"choice": "a", "truth": true, "answeredAt": "2026-11-16T09:01:00Z"}})")
                                         << u"cases.c.lesson.answers.q1"_s;
    QTest::addRow("a number out of range") << u"out-of-range"_s << u"articles/a.json"_s << QByteArray(R"({"id": "a", "annotations": [{"occurrence": 0}]})")
                                           << u"annotations[0].occurrence"_s << QByteArray("0}") << progress(R"("step": 0)", R"("step": -1)")
                                           << u"cases.c.step"_s;
    QTest::addRow("not a date") << u"bad-date"_s << u"claims.json"_s << QByteArray(R"({"claims": [{"date": "2014-02-30"}]})") << u"claims[0].date"_s
                                << QByteArray(R"("2014-02-30")") << progress(R"("2026-11-16T09:00:00Z")", R"("yesterday")") << u"created"_s;
    QTest::addRow("a newer format") << u"newer-version"_s << u"case.json"_s << QByteArray(R"({"formatVersion": 2})") << u"formatVersion"_s << QByteArray("2}")
                                    << progress(R"("formatVersion": 1)", R"("formatVersion": 2)") << u"formatVersion"_s;
    QTest::addRow("format version 0") << u"unsupported-version"_s << u"case.json"_s << QByteArray(R"({"formatVersion": 0})") << u"formatVersion"_s
                                      << QByteArray("0}") << progress(R"("formatVersion": 1)", R"("formatVersion": 0)") << u"formatVersion"_s;
    QTest::addRow("an id that is not the file's name") << u"id-file-mismatch"_s << u"articles/a.json"_s << QByteArray(R"({"id": "b"})") << u"id"_s
                                                       << QByteArray(R"("b")") << progress(R"("id": "p")", R"("id": "q")") << u"id"_s;
    QTest::addRow("a reference to nothing") << u"unknown-reference"_s << u"claims.json"_s << QByteArray(R"({"claims": [{"id": "c", "claimant": "nobody"}]})")
                                            << u"claims[0].claimant"_s << QByteArray(R"("nobody")")
                                            << progress(R"("answers": {})", R"("answers": {"nope": {"choice": "a", "answeredAt": "2026-11-16T09:01:00Z"}})")
                                            << u"cases.c.lesson.answers.nope"_s;
    QTest::addRow("an answer that does not fit") << u"bad-answer"_s << u"quiz.json"_s
                                                 << QByteArray(R"({"items": [{"type": "single", "choices": [{"correct": true}, {"correct": true}]}]})")
                                                 << u"items[0].choices"_s << QByteArray(R"([{"correct")")
                                                 << progress(R"("answers": {})", R"("answers": {"q1": {"choice": "zz", "answeredAt": "2026-11-16T09:01:00Z"}})")
                                                 << u"cases.c.lesson.answers.q1"_s;
}

void TestJsonChecker::sameMistakeSameCode()
{
    QFETCH(QString, code);
    QFETCH(QString, caseFile);
    QFETCH(QByteArray, caseJson);
    QFETCH(QString, casePath);
    QFETCH(QByteArray, caseAt);
    QFETCH(QByteArray, progressJson);
    QFETCH(QString, progressPath);

    checkCaseProblem(code, caseFile, caseJson, casePath, caseAt);
    if (QTest::currentTestFailed())
        return;

    const ProgressStore store(m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QVERIFY(QDir().mkpath(store.directory()));
    const QString fileName = store.fileFor(u"p"_s);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(progressJson);
    file.close();
    const ProgressStore::Loaded loaded = store.load(u"p"_s, &m_case);
    QVERIFY(!loaded.profile);
    const Problem *p = findProblem(loaded.problems, fileName, code, progressPath);
    QVERIFY2(p, qPrintable(u"no %1 at \"%2\" in:\n"_s.arg(code, progressPath) + listed(loaded.problems)));
    if (code == u"json-syntax"_s)
        QCOMPARE(p->line, 1);
}

void TestJsonChecker::caseOnlyCodes_data()
{
    // What only the case format asks of its values: the progress file has free keys and text.
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("at");
    QTest::addRow("unknown key") << u"unknown-key"_s << QByteArray(R"({"criteria": [], "extra": 1})") << u"extra"_s << QByteArray("1}");
    QTest::addRow("blank text") << u"empty-value"_s << QByteArray(R"({"criteria": [{"id": "a", "title": " ", "description": "d"}]})") << u"criteria[0].title"_s
                                << QByteArray(R"(" ")");
    QTest::addRow("bad id") << u"bad-id"_s << QByteArray(R"({"criteria": [{"id": "Not An Id", "title": "t", "description": "d"}]})") << u"criteria[0].id"_s
                            << QByteArray(R"("Not An Id")");
    QTest::addRow("a string in a list of strings") << u"wrong-type"_s << QByteArray(R"({"criteria": [7]})") << u"criteria[0]"_s << QByteArray("7]");
}

void TestJsonChecker::caseOnlyCodes()
{
    QFETCH(QString, code);
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QByteArray, at);
    checkCaseProblem(code, u"rubric.json"_s, json, path, at);
}

void TestJsonChecker::values_data()
{
    // The checker's readers on one value "v": what they report, and whether they give a value.
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("code"); ///< empty: no problem
    QTest::addColumn<bool>("gives");

    QTest::addRow("date and time") << u"dateTime"_s << QByteArray(R"({"v": "2026-11-16T10:00:00+01:00"})") << true << QString() << true;
    QTest::addRow("optional date and time: null") << u"dateTime"_s << QByteArray(R"({"v": null})") << false << QString() << true;
    QTest::addRow("optional date and time: absent") << u"dateTime"_s << QByteArray("{}") << false << QString() << true;
    QTest::addRow("required date and time: null") << u"dateTime"_s << QByteArray(R"({"v": null})") << true << u"wrong-type"_s << false;
    QTest::addRow("required date and time: absent") << u"dateTime"_s << QByteArray("{}") << true << u"missing-key"_s << false;
    QTest::addRow("date and time: not one") << u"dateTime"_s << QByteArray(R"({"v": "soon"})") << true << u"bad-date"_s << false;
    QTest::addRow("whole number") << u"wholeNumber"_s << QByteArray(R"({"v": 7})") << true << QString() << true;
    QTest::addRow("whole number: a fraction") << u"wholeNumber"_s << QByteArray(R"({"v": 1.5})") << true << u"out-of-range"_s << false;
    QTest::addRow("whole number: below") << u"wholeNumber"_s << QByteArray(R"({"v": -1})") << true << u"out-of-range"_s << false;
    QTest::addRow("whole number: above") << u"wholeNumber"_s << QByteArray(R"({"v": 11})") << true << u"out-of-range"_s << false;
    QTest::addRow("whole number: text") << u"wholeNumber"_s << QByteArray(R"({"v": "7"})") << true << u"wrong-type"_s << false;
    QTest::addRow("optional whole number: absent") << u"wholeNumber"_s << QByteArray("{}") << false << QString() << false;
}

void TestJsonChecker::values()
{
    QFETCH(QString, reader);
    QFETCH(QByteArray, json);
    QFETCH(bool, required);
    QFETCH(QString, code);
    QFETCH(bool, gives);

    Problems problems;
    JsonChecker checker(u"f.json"_s, json, problems);
    QVERIFY(checker.ok());
    const JsonChecker::Need need = required ? JsonChecker::Required : JsonChecker::Optional;
    const QJsonValue v = checker.root().value(u"v"_s);
    bool gave = false;
    if (reader == u"dateTime"_s) {
        const auto t = checker.dateTime(v, u"v"_s, need);
        gave = t.has_value();
        if (t && t->isValid())
            QCOMPARE(*t, QDateTime(QDate(2026, 11, 16), QTime(9, 0), QTimeZone::UTC));
    } else {
        const auto n = checker.wholeNumber(v, u"v"_s, 0, 10, need);
        gave = n.has_value();
        if (n)
            QCOMPARE(*n, 7);
    }
    QCOMPARE(gave, gives);
    QCOMPARE(problems.size(), code.isEmpty() ? 0 : 1);
    if (!code.isEmpty()) {
        QCOMPARE(problems.constFirst().code, code);
        QCOMPARE(problems.constFirst().path, u"v"_s);
        QCOMPARE(problems.constFirst().file, u"f.json"_s);
    }
}

void TestJsonChecker::syntaxMistakes_data()
{
    // A file written by hand: one message for one mistake, at the mistake, saying what it is.
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");

    QTest::addRow("trailing comma in an object") << QByteArray("{\n  \"a\": 1,\n}\n") << 2 << 9
                                                 << u"trailing comma: a ',' after the last item of an object; remove it"_s;
    QTest::addRow("trailing comma in an array") << QByteArray("{\"a\": [1, 2,]}") << 1 << 12 << u"trailing comma: a ',' after the last item of an array"_s;
    QTest::addRow("trailing comma before a line break") << QByteArray("{\"a\": [\n  \"x\",\n  \"y\",\n  ]\n}") << 3 << 6 << u"trailing comma"_s;
    QTest::addRow("missing comma between members") << QByteArray("{\n \"a\": 1\n \"b\": 2\n}") << 2 << 8
                                                   << u"missing comma: a ',' must separate the items of an object"_s;
    QTest::addRow("missing comma between elements") << QByteArray("{\"a\": [\"x\" \"y\"]}") << 1 << 11
                                                    << u"missing comma: a ',' must separate the items of an array"_s;
    QTest::addRow("single-quoted text") << QByteArray("{\"a\": 'x'}") << 1 << 7 << u"a single quote ('): JSON strings take double quotes (\")"_s;
    QTest::addRow("curly quotes from a word processor") << QByteArray("{“a”: 1}") << 1 << 2 << u"a curly quote mark (“) where JSON needs a straight one (\")"_s;
    QTest::addRow("a key without quotes") << QByteArray("{a: 1}") << 1 << 2 << u"the word “a” where a key should be: keys take double quotes"_s;
    QTest::addRow("True in capitals") << QByteArray("{\"a\": True}") << 1 << 7 << u"the word “True”: JSON writes true, false and null in lower case"_s;
    QTest::addRow("a word, not text") << QByteArray("{\"a\": maybe}") << 1 << 7 << u"the word “maybe” is not a JSON value; text goes in double quotes"_s;
    QTest::addRow("a comment") << QByteArray("{\"a\": 1 // one\n}") << 1 << 9 << u"a comment: JSON has none; remove it"_s;
    QTest::addRow("a quote mark inside text") << QByteArray("{\"a\": \"he said \"no\" twice\"}") << 1 << 16 << u"a '\"' inside text ends it early"_s;
    QTest::addRow("a bad \\u escape") << QByteArray("{\"a\": \"\\u12\"}") << 1 << 8 << u"\\u must be followed by four hexadecimal digits"_s;
    QTest::addRow("a number with a leading zero") << QByteArray("{\"a\": 01}") << 1 << 7 << u"not a JSON number"_s;
    QTest::addRow("an object never closed") << QByteArray("{\n  \"a\": {\n    \"b\": 1\n  }\n") << 1 << 1
                                            << u"the object that opens here is never closed: a '}' is missing"_s;
    QTest::addRow("text never closed") << QByteArray("{\"a\": \"one}") << 1 << 7 << u"the text that opens here is never closed"_s;
    QTest::addRow("a bracket for a brace") << QByteArray("{\"a\": [1, 2}") << 1 << 12
                                           << u"a '}' closes the array that opens at line 1, column 7, which needs a ']'"_s;
    QTest::addRow("a second object") << QByteArray("{\"a\": 1}\n{\"b\": 2}") << 2 << 1 << u"after the end of the JSON text, which ended at line 1, column 8"_s;
    QTest::addRow("a colon missing") << QByteArray("{\"a\" 1}") << 1 << 6 << u"expected ':' after the key \"a\""_s;
    QTest::addRow("after non-ASCII text") << QByteArray("{\"é\": \"ü\",}") << 1 << 10 << u"trailing comma"_s;
}

void TestJsonChecker::syntaxMistakes()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    Problems problems;
    const JsonChecker checker(u"f.json"_s, json, problems);
    QVERIFY(!checker.ok());
    QCOMPARE(problems.size(), 1);
    const Problem &p = problems.constFirst();
    QCOMPARE(p.code, u"json-syntax"_s);
    QVERIFY2(p.message.startsWith(u"invalid JSON: "_s) && p.message.contains(says), qPrintable(p.message));
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
}

QTEST_GUILESS_MAIN(TestJsonChecker)
#include "tst_jsonchecker.moc"
