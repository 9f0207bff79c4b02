// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progressjson.h"
#include "progress/progressstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Claimscope;

// Kills a process that saves progress in a tight loop with SIGKILL, at random
// moments, again and again: after every kill the file must parse and be
// exactly one complete state, never older than the last one seen, and never
// missing once the first save finished. The child is this binary run with
// `--child DIR`.

namespace {

constexpr int Kills = 120;
const QString ProfileId = u"kill-test"_s;

/// State number k: deterministic, with a size that varies (1 to 400 answers).
StudentProfile state(qint64 k)
{
    const QDateTime t0(QDate(2026, 11, 16), QTime(9, 0), QTimeZone::UTC);
    StudentProfile p{ProfileId, u"Kill test"_s, t0, {}};
    CaseProgress c;
    c.step = static_cast<int>(k % 30);
    c.lesson.started = t0;
    c.lesson.secondsSpent = k; // the state number, read back by the parent
    const qint64 answers = 1 + (k * 37) % 400;
    for (qint64 i = 0; i < answers; ++i) {
        QuizAnswer a;
        a.choice = u"choice-%1-%2"_s.arg(i).arg(k);
        c.lesson.answers.insert(u"item-%1"_s.arg(i, 4, 10, QChar(u'0')), RecordedAnswer{a, t0.addSecs(i)});
    }
    p.cases.insert(u"fixture"_s, c);
    return p;
}

void mark(char what, qint64 k)
{
    const QByteArray line = what + (' ' + QByteArray::number(k)) + '\n';
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, line.constData() + done, static_cast<size_t>(line.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

/// The child: continue from the state on disk and save forever (until killed).
int runChild(const QString &dir)
{
    const ProgressStore store(dir);
    qint64 k = 0;
    QFile existing(store.fileFor(ProfileId));
    if (existing.open(QIODevice::ReadOnly)) {
        if (const auto p = parseProfile(existing.readAll(), existing.fileName(), nullptr))
            k = p->cases.value(u"fixture"_s).lesson.secondsSpent;
    }
    // A guard, not a timing assumption: a child never outlives its parent's test by much.
    for (int i = 0; i < 200000; ++i) {
        ++k;
        const StudentProfile p = state(k);
        mark('B', k);
        if (!store.save(p))
            return 3;
        mark('E', k);
    }
    return 0;
}

} // namespace

class TestProgressKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stateIsDeterministic()
    {
        QCOMPARE(state(5), state(5));
        QVERIFY(state(5) != state(6));
        const auto back = parseProfile(serialiseProfile(state(77)), u"x"_s, nullptr);
        QVERIFY(back);
        QCOMPARE(*back, state(77));
    }

    void killDuringSaves()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = QDir(dir.path()).filePath(ProfileId + u".json"_s);
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("seed %u", seed);

        qint64 lastSeen = 0;
        int midWrite = 0, afterSave = 0, leftovers = 0, maxBytes = 0;
        for (int kill = 0; kill < Kills; ++kill) {
            QProcess child;
            child.setProgram(QCoreApplication::applicationFilePath());
            child.setArguments({u"--child"_s, dir.path()});
            child.start();
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Kill once the child has finished one save and begun the next
            // (so every child moves the state on, however slow the build, and
            // "never missing" applies from the first kill), at a random moment
            // within the next 15 ms.
            QByteArray seen;
            const auto savingAgain = [&seen] {
                const qsizetype saved = seen.indexOf('E');
                return saved >= 0 && seen.indexOf('B', saved) >= 0;
            };
            while (!savingAgain()) {
                QVERIFY(child.waitForReadyRead(10000));
                seen += child.readAllStandardOutput();
            }
            QThread::usleep(random.bounded(15000u));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            // Where the child was: after a "B k" with no "E k", inside save().
            seen += child.readAllStandardOutput();
            const QList<QByteArray> lines = seen.split('\n');
            QByteArray last;
            for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
                if (!it->isEmpty()) {
                    last = *it;
                    break;
                }
            }
            if (last.startsWith('B'))
                ++midWrite;
            else if (last.startsWith('E'))
                ++afterSave;

            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(u"kill %1: the progress file is missing"_s.arg(kill)));
            const QByteArray bytes = f.readAll();
            maxBytes = std::max(maxBytes, static_cast<int>(bytes.size()));
            Problems problems;
            const auto profile = parseProfile(bytes, file, &problems);
            QVERIFY2(profile, qPrintable(u"kill %1: %2"_s.arg(kill).arg(problems.value(0).toString())));
            const qint64 k = profile->cases.value(u"fixture"_s).lesson.secondsSpent;
            QVERIFY2(k >= lastSeen, qPrintable(u"kill %1: state %2 after state %3"_s.arg(kill).arg(k).arg(lastSeen)));
            QVERIFY2(*profile == state(k), qPrintable(u"kill %1: state %2 is not complete"_s.arg(kill).arg(k)));
            lastSeen = k;

            // QSaveFile's temporary files left by a kill inside save(): count, then tidy.
            const QStringList others = QDir(dir.path()).entryList(QDir::Files).filter(QRegularExpression(u"^(?!kill-test\\.json$)"_s));
            leftovers += static_cast<int>(others.size());
            for (const QString &name : others)
                QFile::remove(QDir(dir.path()).filePath(name));
        }
        qInfo("%d kills: %d inside save() (after 'begin', before 'end'), %d between two saves; "
              "%d leftover temporary files; last state %lld; largest file %d bytes",
              Kills,
              midWrite,
              afterSave,
              leftovers,
              lastSeen,
              maxBytes);
        QCOMPARE(midWrite + afterSave, Kills);
        QVERIFY(lastSeen >= Kills); // every child finished at least one save
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && QByteArrayView(argv[1]) == "--child") {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestProgressKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_progresskill.moc"
