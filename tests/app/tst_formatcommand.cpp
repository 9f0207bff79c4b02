// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `claimscope format [--check] DIR` of the real binary.
#include "support/casefolders.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run run(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(CLAIMSCOPE_BIN), args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

const QString example = QStringLiteral(DOCS_DIR "/examples/minimal-case");

/// The same JSON with tabs for its indentation and CRLF line ends.
QByteArray relaidOut(const QByteArray &json)
{
    QByteArray out;
    for (const QByteArray &line : json.split('\n')) {
        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == ' ')
            ++indent;
        out += QByteArray(indent / 2, '\t') + line.mid(indent) + "\r\n";
    }
    return out;
}

} // namespace

class TestFormatCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewritesWhatIsNotCanonical_data();
    void rewritesWhatIsNotCanonical();
    void refusesWhenAFileDoesNotParse_data();
    void refusesWhenAFileDoesNotParse();
    void usage_data();
    void usage();
};

void TestFormatCommand::rewritesWhatIsNotCanonical_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("handWritten"); // "": the canonical text laid out with tabs and CRLF
    QTest::addColumn<QByteArray>("rewritten");   // "": the canonical text it had
    QTest::addRow("keys out of order, one line")
        << u"rubric.json"_s << QByteArray(R"({"criteria":[{"description":"D","title":"T","id":"named-vs-anonymous"}]})")
        << QByteArray(
               "{\n  \"criteria\": [\n    {\n      \"id\": \"named-vs-anonymous\",\n      \"title\": \"T\",\n      \"description\": \"D\"\n    }\n  ]\n}\n");
    QTest::addRow("tabs and CRLF") << u"case.json"_s << QByteArray() << QByteArray();
    QTest::addRow("an article") << u"articles/messenger-2024-03-04.json"_s << QByteArray() << QByteArray();
}

void TestFormatCommand::rewritesWhatIsNotCanonical()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, handWritten);
    QFETCH(QByteArray, rewritten);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyFolder(example, dir.path()));
    const QMap<QString, QByteArray> canonical = folderFiles(dir.path());
    const QString path = QDir(dir.path()).filePath(file);
    if (handWritten.isEmpty()) // the same content, laid out differently
        handWritten = relaidOut(canonical[file]);
    QVERIFY(writeFile(path, handWritten));
    QVERIFY(writeFile(QDir(dir.path()).filePath(u"README.md"_s), "Notes  \r\n"));

    const Run check = run({u"format"_s, u"--check"_s, dir.path()});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(dir.path() + u'/' + file + u": not in the canonical layout\n"_s), qPrintable(check.out));
    QVERIFY2(check.out.endsWith(u"1 file to rewrite, %1 already canonical\n"_s.arg(canonical.size() - 1)), qPrintable(check.out));
    QCOMPARE(folderFiles(dir.path()).value(file), handWritten); // --check changes nothing

    const Run format = run({u"format"_s, dir.path()});
    QCOMPARE(format.exitCode, 0);
    QCOMPARE(format.out, u"1 file rewritten, %1 already canonical\n"_s.arg(canonical.size() - 1));
    QMap<QString, QByteArray> after = folderFiles(dir.path());
    QCOMPARE(after.take(u"README.md"_s), QByteArray("Notes  \r\n")); // not a case file: left as it is
    QMap<QString, QByteArray> expected = canonical;
    if (!rewritten.isEmpty())
        expected[file] = rewritten;
    QCOMPARE(after, expected);

    const Run again = run({u"format"_s, u"--check"_s, dir.path()});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, u"0 files to rewrite, %1 already canonical\n"_s.arg(canonical.size()));
}

void TestFormatCommand::refusesWhenAFileDoesNotParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addRow("trailing comma") << u"claims.json"_s << QByteArray("{\n  \"claims\": [],\n}\n") << u"claims.json:2:15: invalid JSON: trailing comma"_s;
    QTest::addRow("a key twice") << u"rubric.json"_s << QByteArray("{\"criteria\": [], \"criteria\": []}")
                                 << u"rubric.json:1:30: criteria: this key appears more than once"_s;
    QTest::addRow("not UTF-8") << u"case.json"_s << QByteArray("{\"title\": \"caf\xe9\"}")
                               << u"case.json:1:15: not UTF-8 text: byte 0xE9 (byte 15 of the file)"_s;
}

void TestFormatCommand::refusesWhenAFileDoesNotParse()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyFolder(example, dir.path()));
    const QString other = QDir(dir.path()).filePath(u"lesson.json"_s);
    QVERIFY(writeFile(other, "{\"chapters\":[]}")); // would be rewritten, were the folder not refused
    QVERIFY(writeFile(QDir(dir.path()).filePath(file), bytes));
    const QMap<QString, QByteArray> before = folderFiles(dir.path());

    for (const QStringList &args : {QStringList{u"format"_s, dir.path()}, QStringList{u"format"_s, u"--check"_s, dir.path()}}) {
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(dir.path() + u'/' + expected), qPrintable(r.out));
        QVERIFY2(r.out.endsWith(u"nothing rewritten: 1 problem to fix first\n"_s), qPrintable(r.out));
        QCOMPARE(folderFiles(dir.path()), before);
    }
}

void TestFormatCommand::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("no folder") << QStringList{u"format"_s};
    QTest::addRow("two folders") << QStringList{u"format"_s, example, example};
    QTest::addRow("a file") << QStringList{u"format"_s, example + u"/case.json"_s};
    QTest::addRow("unknown option") << QStringList{u"format"_s, u"--fix"_s, example};
}

void TestFormatCommand::usage()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"claimscope format [--check] DIR"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestFormatCommand)
#include "tst_formatcommand.moc"
