// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The command line of the real binary: validate, pack, info, guide, worksheet, --version.
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run runProgram(const QString &program, const QStringList &args, bool withoutDisplay)
{
    QProcess process;
    if (withoutDisplay) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        process.setProcessEnvironment(env);
    }
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run run(const QStringList &args)
{
    return runProgram(QStringLiteral(CLAIMSCOPE_BIN), args, false);
}

/// As from a terminal without a display: no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM.
Run runWithoutDisplay(const QStringList &args)
{
    return runProgram(QStringLiteral(CLAIMSCOPE_BIN), args, true);
}

const QString sonyHack = QStringLiteral(CONTENT_DIR "/sony-hack");
const QString example = QStringLiteral(DOCS_DIR "/examples/minimal-case");
const QString broken = QStringLiteral(DATA_DIR "/broken-case");
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data();
    void commands();
    void packThenValidate();
    void packRefusesInvalidCase();
    void infoCounts();
    void summaryOfAHandWrittenCase_data();
    void summaryOfAHandWrittenCase();
    void helpAndVersionNeedNoDisplay();
    void printNeedsNoDisplay_data();
    void printNeedsNoDisplay();
};

void TestCli::commands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutPattern"); // "" means: prints nothing

    // A valid case gets one line: what it holds, and no warning.
    const QString shippedValid = QRegularExpression::escape(sonyHack) + u": valid — 4 articles, \\d+ claims, \\d+ quiz items, \\d+ lesson steps\n"_s;
    const QString exampleValid = QRegularExpression::escape(example) + u": valid — 1 article, 2 claims, 6 quiz items, 6 lesson steps\n"_s;
    QTest::addRow("validate shipped case") << QStringList{u"validate"_s, sonyHack} << 0 << u"\\A"_s + shippedValid + u"\\z"_s;
    QTest::addRow("validate documented example") << QStringList{u"validate"_s, example} << 0 << u"\\A"_s + exampleValid + u"\\z"_s;
    QTest::addRow("validate two valid cases") << QStringList{u"validate"_s, sonyHack, example} << 0 << u"\\A"_s + shippedValid + exampleValid + u"\\z"_s;
    QTest::addRow("validate broken: wrong type with line")
        << QStringList{u"validate"_s, broken} << 1 << QRegularExpression::escape(broken + u"/case.json:4:12: title: expected a string"_s);
    QTest::addRow("validate broken: dangling reference")
        << QStringList{u"validate"_s, broken} << 1
        << QRegularExpression::escape(broken + u"/claims.json:"_s) + u"\\d+:\\d+: claims\\[0\\]\\.claimant: unknown actor \"nobody\""_s;
    QTest::addRow("validate broken: its summary") << QStringList{u"validate"_s, broken} << 1
                                                  << QRegularExpression::escape(broken) + u": invalid — 2 errors, 1 warning\n\\z"_s;
    QTest::addRow("validate one valid, one broken") << QStringList{u"validate"_s, sonyHack, broken} << 1 << u"broken-case"_s;
    QTest::addRow("validate missing path")
        << QStringList{u"validate"_s, u"/nonexistent/pack.claimscope"_s} << 1
        << u"\\A/nonexistent/pack\\.claimscope: no such file or folder\n/nonexistent/pack\\.claimscope: invalid — 1 error\n\\z"_s;
    QTest::addRow("validate without path") << QStringList{u"validate"_s} << 2 << QString();
    QTest::addRow("pack without -o") << QStringList{u"pack"_s, sonyHack} << 2 << QString();
    QTest::addRow("info without path") << QStringList{u"info"_s} << 2 << QString();
    QTest::addRow("guide without -o") << QStringList{u"guide"_s, sonyHack} << 2 << QString();
    QTest::addRow("worksheet of two packs") << QStringList{u"worksheet"_s, sonyHack, example, u"-o"_s, u"/nonexistent/w.pdf"_s} << 2 << QString();
    QTest::addRow("guide of a broken case") << QStringList{u"guide"_s, broken, u"-o"_s, u"/nonexistent/g.pdf"_s} << 1
                                            << QRegularExpression::escape(broken + u"/case.json:4:12: title: expected a string"_s);
    QTest::addRow("font scale out of range") << QStringList{u"--font-scale"_s, u"9"_s, u"--self-test"_s} << 2 << QString();
    QTest::addRow("self-test with text scaled 1.5x") << QStringList{u"--font-scale"_s, u"1.5"_s, u"--self-test"_s} << 0 << u"self-test passed"_s;
    QTest::addRow("unknown theme") << QStringList{u"--theme"_s, u"sepia"_s, u"--self-test"_s} << 2 << QString();
    QTest::addRow("self-test in high contrast") << QStringList{u"--theme"_s, u"contrast"_s, u"--self-test"_s} << 0 << u"self-test passed"_s;
    QTest::addRow("unknown language") << QStringList{u"--lang"_s, u"xx"_s, u"--self-test"_s} << 2 << QString();
    QTest::addRow("self-test in the pseudo-language") << QStringList{u"--lang"_s, u"pseudo"_s, u"--self-test"_s} << 0 << u"self-test passed"_s;
    QTest::addRow("self-test on the settings page in Arabic")
        << QStringList{u"--lang"_s, u"ar"_s, u"--page"_s, u"settings"_s, u"--self-test"_s} << 0 << u"self-test passed"_s;
    QTest::addRow("self-test on the settings page, dark")
        << QStringList{u"--page"_s, u"settings"_s, u"--theme"_s, u"dark"_s, u"--self-test"_s} << 0 << u"self-test passed"_s;
    // The demo paths (DemoSession): the sample profiles, a show of hands on the audience's window, a blank screen.
    QTest::addRow("self-test on the sample results after the booster")
        << QStringList{u"--page"_s, u"results"_s, u"--step"_s, u"1"_s, u"--self-test"_s} << 0 << u"self-test passed"_s;
    QTest::addRow("self-test of the audience with a show of hands")
        << QStringList{u"--page"_s, u"audience"_s, u"--step"_s, u"4"_s, u"--votes"_s, u"3,12"_s, u"--self-test"_s} << 0 << u"self-test passed"_s;
    QTest::addRow("self-test of the presenter's console, audience blank")
        << QStringList{u"--page"_s, u"presenter"_s, u"--step"_s, u"4"_s, u"--screens"_s, u"2"_s, u"--blank"_s, u"--self-test"_s} << 0 << u"self-test passed"_s;
    QTest::addRow("one screen blanked looks blank")
        << QStringList{u"--page"_s, u"presenter"_s, u"--step"_s, u"4"_s, u"--screens"_s, u"1"_s, u"--blank"_s, u"--self-test"_s} << 1 << u"first frame after"_s;
    QTest::addRow("version") << QStringList{u"--version"_s} << 0 << u"claimscope \\d+\\.\\d+\\.\\d+"_s;
}

void TestCli::commands()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutPattern);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    if (stdoutPattern.isEmpty())
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    else
        QVERIFY2(QRegularExpression(stdoutPattern, QRegularExpression::MultilineOption).match(r.out).hasMatch(), qPrintable(r.out));
    if (exitCode == 2)
        QVERIFY2(r.err.contains(u"Usage:"_s) || r.err.contains(u"expects"_s), "usage errors explain the usage");
}

void TestCli::packThenValidate()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"sony-hack.claimscope"_s);
    const Run packed = run({u"pack"_s, sonyHack, u"-o"_s, out});
    QCOMPARE(packed.exitCode, 0);
    const QRegularExpression summary(u"\\A"_s + QRegularExpression::escape(out) +
                                     u": valid — 4 articles, \\d+ claims, \\d+ quiz items, \\d+ lesson steps\n\\z"_s);
    QVERIFY2(summary.match(packed.out).hasMatch(), qPrintable(packed.out));
    QVERIFY(QFileInfo(out).size() > 10000);
    const Run validated = run({u"validate"_s, out});
    QCOMPARE(validated.exitCode, 0);
    QVERIFY2(summary.match(validated.out).hasMatch(), qPrintable(validated.out));
}

void TestCli::packRefusesInvalidCase()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"broken.claimscope"_s);
    const Run r = run({u"pack"_s, broken, u"-o"_s, out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(u"title: expected a string"_s));
    QVERIFY2(r.out.endsWith(broken + u": not packed — 2 errors, 1 warning\n"_s), qPrintable(r.out));
    QVERIFY2(!QFileInfo::exists(out), "nothing is written for an invalid case");
}

void TestCli::summaryOfAHandWrittenCase_data()
{
    QTest::addColumn<QByteArray>("from"); ///< replaced in claims.json
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); ///< the whole output; %1 the case folder
    QTest::addRow("a warning") << QByteArray("\"targets\": [\n        \"school-office\"\n      ]") << QByteArray("\"targets\": []") << 0
                               << u"%1/claims.json:8:18: claims[0].targets: warning: a claim that blames has no target, so it draws no arrow in the blame "
                                  "views and fills no cell of the matrix; name whom it is about in \"targets\" (a claim about no one in particular takes "
                                  "the stance doubts, urges or neutral)\n%1: valid — 1 article, 2 claims, 6 quiz items, 6 lesson steps; 1 warning\n"_s;
    QTest::addRow("a trailing comma") << QByteArray("\"school-office\"\n") << QByteArray("\"school-office\",\n") << 1
                                      << u"%1/claims.json:9:24: invalid JSON: trailing comma: a ',' after the last item of an array; remove it\n"
                                         "%1: invalid — 1 error\n"_s;
}

// A copy of the documented example with one edit, as a teacher writes it by hand.
void TestCli::summaryOfAHandWrittenCase()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"my-case"_s);
    QVERIFY(QDir().mkpath(folder + u"/articles"_s));
    QDirIterator it(example, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QVERIFY(QFile::copy(file, folder + file.mid(example.size())));
    }
    QFile claims(folder + u"/claims.json"_s);
    QVERIFY(claims.open(QIODevice::ReadWrite));
    QByteArray json = claims.readAll();
    QVERIFY2(json.count(from) == 1, from.constData());
    claims.resize(0);
    claims.write(json.replace(from, to));
    claims.close();
    const Run r = run({u"validate"_s, folder});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, output.arg(folder));
}

void TestCli::infoCounts()
{
    const Run r = run({u"info"_s, sonyHack});
    QCOMPARE(r.exitCode, 0);
    const auto count = [&](const QString &label) {
        const QRegularExpressionMatch m = QRegularExpression(u"^"_s + label + u":\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(r.out);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    QCOMPARE(count(u"articles"_s), 4);
    QVERIFY(count(u"claims"_s) >= 40);
    QVERIFY(count(u"events"_s) >= 25);
    QVERIFY(count(u"annotations"_s) >= 60);
    QVERIFY(count(u"quiz items"_s) >= 24);
    QCOMPARE(count(u"problems"_s), 0);
    for (const QString &type : {u"single"_s, u"true-false"_s, u"highlight"_s, u"rank"_s, u"evidence"_s}) {
        const QRegularExpressionMatch m = QRegularExpression(type + u" (\\d+)"_s).match(r.out);
        QVERIFY2(m.hasMatch() && m.captured(1).toInt() >= 1, qPrintable(type));
    }
    const QRegularExpressionMatch balance = QRegularExpression(u"true/false answers: (\\d+) true, (\\d+) false"_s).match(r.out);
    QVERIFY(balance.hasMatch());
    QCOMPARE(balance.captured(1), balance.captured(2));
}

void TestCli::helpAndVersionNeedNoDisplay()
{
    for (const QString &option : {u"--help"_s, u"--version"_s}) {
        const Run r = runWithoutDisplay({option});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(option == u"--help"_s ? r.out.contains(u"claimscope validate PATH"_s) : r.out.startsWith(u"claimscope "_s), qPrintable(r.out));
        // The engine knows no case: its help names none.
        for (const QString &name : {u"sony"_s, u"north korea"_s, u"pyongyang"_s, u"kim jong"_s, u"guardians of peace"_s, u"the interview"_s, u"hack"_s})
            QVERIFY2(!r.out.contains(name, Qt::CaseInsensitive), qPrintable(name + u" in:\n"_s + r.out));
    }
}

void TestCli::printNeedsNoDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("text");
    const QString a4 = u"595 x 842 pts (A4)"_s, letter = u"612 x 792 pts (letter)"_s;
    QTest::addRow("guide of the embedded case") << QStringList{u"guide"_s} << a4 << u"TEACHER'S GUIDE"_s;
    QTest::addRow("guide on Letter") << QStringList{u"guide"_s, u"--letter"_s} << letter << u"Keys while presenting"_s;
    QTest::addRow("worksheet of the embedded case") << QStringList{u"worksheet"_s} << a4 << u"WORKSHEET"_s;
    QTest::addRow("guide of another pack") << QStringList{u"guide"_s, example} << a4 << u"TEACHER'S GUIDE"_s;
    QTest::addRow("worksheet of another pack, Letter") << QStringList{u"worksheet"_s, example, u"--letter"_s} << letter << u"WORKSHEET"_s;
}

void TestCli::printNeedsNoDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QString, size);
    QFETCH(QString, text);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"out.pdf"_s);
    const Run r = runWithoutDisplay(args + QStringList{u"-o"_s, pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const Run info = runProgram(u"pdfinfo"_s, {pdf}, false);
    QVERIFY2(info.out.contains(size), qPrintable(info.out));
    QVERIFY(runProgram(u"pdftotext"_s, {pdf, u"-"_s}, false).out.contains(text));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
