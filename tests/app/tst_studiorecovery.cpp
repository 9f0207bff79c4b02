// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The studio's recovery files. A child process (this binary with --child)
// opens a case and edits it in a loop, its recovery file written after
// each pause in editing; it is killed with SIGKILL at a random moment, again
// and again. Each time a new document must be offered the killed session
// (never a live one), and recover every edit the child saw written, with
// the rest of the case intact. Also: a clean save, close() and discarding
// remove recovery files; a document left dirty keeps its own.
#include "studio/casedocument.h"
#include "support/casefolders.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int Kills = 12;
const QString example = QStringLiteral(DOCS_DIR "/examples/minimal-case");

QString summary(qint64 k)
{
    return u"Edit number %1."_s.arg(k);
}

void mark(char what, qint64 k)
{
    const QByteArray line = what + (' ' + QByteArray::number(k)) + '\n';
    (void)!::write(STDOUT_FILENO, line.constData(), static_cast<size_t>(line.size()));
}

/// The child: opens the case and edits its summary every few milliseconds,
/// in bursts, until killed. "W k" says the recovery file holds edit k.
int runChild(const QString &recovery, const QString &folder)
{
    CaseDocument doc;
    doc.setRecoveryFolder(recovery);
    doc.setRecoveryTiming(15, 200);
    if (!doc.open(folder))
        return 3;
    qint64 k = 0;
    QObject::connect(&doc, &CaseDocument::recoveryWritten, &doc, [&] { mark('W', k); });
    QTimer edits;
    edits.setInterval(3);
    QObject::connect(&edits, &QTimer::timeout, &doc, [&] {
        ++k;
        doc.setValue(u"case.json"_s, u"summary"_s, summary(k));
        if (k % 7 == 0) {
            doc.endEdit();
            edits.setInterval(20 + static_cast<int>(k % 3) * 10); // a pause: the recovery file is written
        } else {
            edits.setInterval(3);
        }
    });
    edits.start();
    return QCoreApplication::exec();
}

} // namespace

class TestStudioRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoverAfterKill();
    void cleanSaveAndCloseRemoveTheFile();
    void aDirtyDocumentKeepsItsFile();
};

void TestStudioRecovery::recoverAfterKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString recovery = dir.filePath(u"recovery"_s);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("seed %u", seed);
    CaseDocument reference;
    reference.setRecoveryFolder(dir.filePath(u"unused"_s));
    QVERIFY(reference.open(example));

    qint64 recovered = 0;
    int newer = 0; // kills after an edit the child had not yet seen written, which was recovered anyway
    for (int kill = 0; kill < Kills; ++kill) {
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({u"--child"_s, recovery, example});
        child.start();
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray seen;
        const qsizetype writes = 1 + random.bounded(6); // let the child write its recovery file 1 to 6 times
        while (seen.count('W') < writes) {
            QVERIFY2(child.waitForReadyRead(20000), "the child wrote no recovery file");
            seen += child.readAllStandardOutput();
        }
        CaseDocument watcher;
        watcher.setRecoveryFolder(recovery);
        QVERIFY(watcher.recoverableSessions().isEmpty()); // a live studio's session is not offered
        QThread::usleep(random.bounded(40000u));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        seen += child.readAllStandardOutput();
        qint64 lastWritten = 0;
        for (const QByteArray &line : seen.split('\n')) {
            if (line.startsWith("W "))
                lastWritten = line.mid(2).toLongLong();
        }

        CaseDocument doc;
        doc.setRecoveryFolder(recovery);
        const QVariantList sessions = doc.recoverableSessions();
        QCOMPARE(sessions.size(), 1);
        const QVariantMap session = sessions.constFirst().toMap();
        QCOMPARE(session.value(u"origin"_s).toString(), example);
        QCOMPARE(session.value(u"fileCount"_s).toInt(), reference.files().size());
        QVERIFY(doc.recover(session.value(u"id"_s).toString()));
        QVERIFY(doc.isDirty());
        QCOMPARE(doc.origin(), example);
        // Every edit seen written is there (a later one may be too), and nothing else changed.
        const QString text = doc.value(u"case.json"_s, u"summary"_s).toString();
        QVERIFY2(text.startsWith(u"Edit number "_s), qPrintable(text));
        const qint64 k = QStringView(text).mid(12).chopped(1).toLongLong();
        QVERIFY2(k >= lastWritten, qPrintable(u"kill %1: edit %2 recovered, %3 was written"_s.arg(kill).arg(k).arg(lastWritten)));
        QCOMPARE(doc.files(), reference.files());
        for (const QString &file : reference.files()) {
            if (file != u"case.json"_s)
                QCOMPARE(doc.fileText(file), reference.fileText(file));
        }
        QVERIFY(doc.setValue(u"case.json"_s, u"summary"_s, reference.value(u"case.json"_s, u"summary"_s)));
        QCOMPARE(doc.fileText(u"case.json"_s), reference.fileText(u"case.json"_s));
        recovered = k;
        newer += k > lastWritten ? 1 : 0;
        doc.close(); // the recovered session ends here
        QVERIFY(doc.recoverableSessions().isEmpty());
        // QLockFile's and QSaveFile's leftovers may stay; no recovery file does.
        QVERIFY(QDir(recovery).entryList({u"*.json"_s}, QDir::Files).isEmpty());
    }
    qInfo("%d kills; the last recovered edit %lld; %d times an edit newer than the last reported write", Kills, recovered, newer);
}

namespace {

/// Opens the example in `doc`, with its recovery files in `recovery` written 10 ms after an edit.
bool openForRecovery(CaseDocument &doc, const QString &recovery)
{
    doc.setRecoveryFolder(recovery);
    doc.setRecoveryTiming(10, 100000);
    return doc.open(example);
}

/// Sets the title and waits until the recovery file holds it.
bool editTitle(CaseDocument &doc, const QString &title)
{
    QSignalSpy written(&doc, &CaseDocument::recoveryWritten);
    return doc.setValue(u"case.json"_s, u"title"_s, title) && written.wait(5000);
}

qsizetype recoveryFiles(const QString &recovery)
{
    return QDir(recovery).entryList({u"*.json"_s}, QDir::Files).size();
}

} // namespace

void TestStudioRecovery::cleanSaveAndCloseRemoveTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString recovery = dir.filePath(u"recovery"_s);
    CaseDocument doc;
    QVERIFY(openForRecovery(doc, recovery));
    QVERIFY(editTitle(doc, u"Edited"_s));
    QCOMPARE(recoveryFiles(recovery), 1);
    QVERIFY(doc.save(dir.filePath(u"saved"_s)));
    QCOMPARE(recoveryFiles(recovery), 0);
    QVERIFY(TestSupport::readFile(dir.filePath(u"saved/case.json"_s)).contains("\"Edited\""));

    QVERIFY(editTitle(doc, u"Edited again"_s));
    QCOMPARE(recoveryFiles(recovery), 1);
    doc.undo(); // back to what is saved
    QVERIFY(QTest::qWaitFor([&] { return recoveryFiles(recovery) == 0; }, 5000));

    QVERIFY(editTitle(doc, u"Edited once more"_s));
    QCOMPARE(recoveryFiles(recovery), 1);
    doc.close();
    QCOMPARE(recoveryFiles(recovery), 0);
}

void TestStudioRecovery::aDirtyDocumentKeepsItsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString recovery = dir.filePath(u"recovery"_s);
    {
        CaseDocument doc;
        QVERIFY(openForRecovery(doc, recovery));
        QVERIFY(editTitle(doc, u"Unsaved"_s));
    } // destroyed with unsaved edits, as when the app quits without asking
    CaseDocument next;
    next.setRecoveryFolder(recovery);
    const QVariantList sessions = next.recoverableSessions();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.constFirst().toMap().value(u"title"_s).toString(), u"Unsaved"_s);
    QVERIFY(next.discardRecovery(sessions.constFirst().toMap().value(u"id"_s).toString()));
    QVERIFY(next.recoverableSessions().isEmpty());
    QVERIFY(!next.recover(u"../escape"_s));
}

int main(int argc, char *argv[])
{
    if (argc == 4 && QByteArrayView(argv[1]) == "--child") {
        QGuiApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QGuiApplication app(argc, argv);
    TestStudioRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_studiorecovery.moc"
