// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A case pack is inert: the real application, walked through every page,
// lesson step and presentation step of a pack whose every free-text field
// carries an image, a link and a CSS image pointing at a loopback listener,
// makes no request, and shows the markup as the literal text it is.
#include "support/markuppack.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMarkupPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validateOnlyWarns();
    void walkEveryPage();
    void reportShowsTextLiterally();

private:
    /// Connections the listener has seen, accepted or still waiting.
    int connections();

    QTemporaryDir m_dir;
    QTcpServer m_server;
    QString m_pack, m_base, m_report;
    int m_accepted = 0;
    bool m_walked = false;
};

int TestMarkupPack::connections()
{
    QCoreApplication::processEvents();
    while (m_server.hasPendingConnections()) {
        QTcpSocket *socket = m_server.nextPendingConnection();
        socket->close();
        socket->deleteLater();
        ++m_accepted;
    }
    return m_accepted;
}

void TestMarkupPack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    m_base = u"http://127.0.0.1:%1"_s.arg(m_server.serverPort());
    m_pack = m_dir.filePath(u"markup-pack"_s);
    m_report = m_dir.filePath(u"report.pdf"_s);
    const int fields = MarkupPack::write(QStringLiteral(CONTENT_DIR "/sony-hack"), m_pack, m_base);
    QVERIFY2(fields > 500, qPrintable(u"planted in %1 fields"_s.arg(fields)));

    // The listener counts: a connection made here is seen (and then forgotten).
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    QVERIFY(probe.waitForConnected(5000));
    QVERIFY(QTest::qWaitFor([this] { return connections() == 1; }, 5000));
    m_accepted = 0;
}

void TestMarkupPack::validateOnlyWarns()
{
    QProcess process;
    process.start(QStringLiteral(CLAIMSCOPE_BIN), {u"validate"_s, m_pack});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QString summary = lines.takeLast();
    const QRegularExpression warning(u"^.+\\.json:\\d+:\\d+: [\\w\\[\\]\\.]+: warning: looks like HTML markup"_s);
    const auto warnings = std::count_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return warning.match(l).hasMatch(); });
    QVERIFY2(warnings > 500, qPrintable(out.left(2000)));
    QCOMPARE(warnings, lines.size()); // nothing but the markup warnings, then the summary
    QVERIFY2(summary.startsWith(m_pack + u": valid — "_s) && summary.endsWith(u"; %1 warnings"_s.arg(warnings)), qPrintable(summary));
    QVERIFY(out.contains(u"/actors.json:"_s) && out.contains(u": actors[0].name: warning:"_s));
}

void TestMarkupPack::walkEveryPage()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLAIMSCOPE_BIN), {u"--walk-all"_s, u"--expect-literal"_s, MarkupPack::probe(m_base), u"--walk-report"_s, m_report, m_pack});
    // Keep the event loop turning, so the listener would see a request while the app runs.
    QVERIFY(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 280000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    qInfo().noquote() << out.trimmed();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(out + err));

    const QRegularExpressionMatch walked = QRegularExpression(u"walked (\\d+) renders of (\\d+) steps\\n"_s).match(out);
    QVERIFY2(walked.hasMatch(), qPrintable(out));
    QVERIFY(walked.captured(1).toInt() >= walked.captured(2).toInt());
    QVERIFY(walked.captured(1).toInt() > 200); // pages, notes, quiz items, story and presentation steps
    const QRegularExpressionMatch shown = QRegularExpression(u"shown literally in (\\d+) text items, as markup in (\\d+)"_s).match(out);
    QVERIFY2(shown.hasMatch(), qPrintable(out));
    QCOMPARE(shown.captured(2).toInt(), 0);
    QVERIFY(shown.captured(1).toInt() > 1000);
    QVERIFY(out.contains(u"network requests refused: 0\n"_s));
    QCOMPARE(connections(), 0);
    m_walked = true;
}

void TestMarkupPack::reportShowsTextLiterally()
{
    QVERIFY2(m_walked && QFile::exists(m_report), "the walk writes the report");
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
    QProcess process;
    process.start(pdftotext, {m_report, u"-"_s});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    // The case title and the criteria carry the markup: printed as text.
    QVERIFY2(text.contains(u"<img src=http://127.0.0.1"_s), qPrintable(text.left(1500)));
    QVERIFY(text.contains(u"x < y & z"_s));
    QCOMPARE(connections(), 0);
}

QTEST_GUILESS_MAIN(TestMarkupPack)
#include "tst_markuppack.moc"
