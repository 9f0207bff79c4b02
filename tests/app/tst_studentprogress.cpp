// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caselibrary.h"
#include "demosession.h"
#include "progress/progressreport.h"
#include "progress/resultsformatter.h"
#include "progress/studentprogress.h"
#include "quiz/quizsession.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

// StudentProgress over the shipped case: profiles, saving after every answer
// and step, resuming, starting over, the booster's timing, sample mode, and
// the exported CSV and one-page PDF.
class TestStudentProgress : public QObject
{
    Q_OBJECT

private:
    CaseLibrary m_library;
    QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(14, 30), QTimeZone::UTC);

    void useClock(StudentProgress &p)
    {
        p.setClock([this] { return m_now; });
    }

    QJsonObject fileOf(const QString &dir, const QString &id) const
    {
        QFile f(QDir(dir).filePath(id + u".json"_s));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    QStringList firstQuizItems() const
    {
        LessonModel *lesson = const_cast<CaseLibrary &>(m_library).lesson();
        return lesson->step(lesson->firstStepOfKind(u"quiz"_s)).quiz;
    }

    QString correctChoice(const QString &id) const
    {
        for (const QuizChoice &c : m_library.caseData().quizItem(id)->choices) {
            if (c.correct)
                return c.id;
        }
        return {};
    }

    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return u"<failed: %1 %2>"_s.arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(QStringLiteral(CONTENT_DIR "/sony-hack")));
        QVERIFY(m_library.caseData().quizItem(firstQuizItems().value(0)));
        QCOMPARE(m_library.caseData().quizItem(firstQuizItems().value(0))->type, Quiz::Type::Single);
    }

    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 20), QTime(14, 30), QTimeZone::UTC);
        m_library.lesson()->setCurrentIndex(0);
    }

    void savesEveryAnswerAndStepThenResumes()
    {
        QTemporaryDir dir;
        StudentProgress progress(&m_library);
        useClock(progress);
        progress.setStorageDirectory(dir.path());
        QVERIFY(progress.profiles().isEmpty());

        const QString id = progress.createProfile(u"  Ada   Lovelace "_s);
        QVERIFY(progress.hasProfile());
        QCOMPARE(progress.displayName(), u"Ada Lovelace"_s);
        QCOMPARE(fileOf(dir.path(), id).value(u"name"_s).toString(), u"Ada Lovelace"_s);

        progress.setRecording(true);
        QVERIFY(progress.isStarted());
        m_library.lesson()->setCurrentIndex(4);
        QCOMPARE(fileOf(dir.path(), id)[u"cases"_s][u"sony-hack"_s][u"step"_s].toInt(), 4);

        QuizSession session;
        session.setLibrary(&m_library);
        session.setItemIds(firstQuizItems());
        progress.attach(&session, Quiz::Run::Lesson);
        const QString first = firstQuizItems().constFirst();
        m_now = m_now.addSecs(90);
        session.answerChoice(first, correctChoice(first));
        const QJsonObject saved = fileOf(dir.path(), id)[u"cases"_s][u"sony-hack"_s][u"lesson"_s][u"answers"_s][first].toObject();
        QCOMPARE(saved.value(u"choice"_s).toString(), correctChoice(first));
        QCOMPARE(saved.value(u"answeredAt"_s).toString(), u"2026-11-20T14:31:30Z"_s);
        QCOMPARE(progress.lessonResults().answered, 1);
        progress.setRecording(false);

        // Another run of the app: the same step, the answer and its verdict back.
        StudentProgress again(&m_library);
        useClock(again);
        again.setStorageDirectory(dir.path());
        QCOMPARE(again.profiles().size(), 1);
        QVERIFY(!again.hasProfile());
        QVERIFY(again.selectProfile(id));
        QCOMPARE(again.resumeStep(), 4);
        QuizSession resumed;
        resumed.setLibrary(&m_library);
        resumed.setItemIds(firstQuizItems());
        QSignalSpy answered(&resumed, &QuizSession::itemAnswered);
        again.attach(&resumed, Quiz::Run::Lesson);
        QVERIFY(resumed.isAnswered(first));
        QCOMPARE(resumed.verdict(first).correct, true);
        QCOMPARE(resumed.currentIndex(), 1); // the first open question
        QCOMPARE(answered.count(), 0);       // restoring is not answering

        // Start over: nothing of the old run is kept, on disk either.
        again.startOver();
        QVERIFY(!again.isStarted());
        QCOMPARE(again.resumeStep(), 0);
        QVERIFY(!fileOf(dir.path(), id)[u"cases"_s].toObject().contains(u"sony-hack"_s));

        // Removing deletes the file.
        QVERIFY(again.removeProfile(id));
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(id + u".json"_s)));
        QVERIFY(again.profiles().isEmpty());
    }

    void boosterOpensAfterTheDelay()
    {
        QTemporaryDir dir;
        StudentProgress progress(&m_library);
        useClock(progress);
        progress.setStorageDirectory(dir.path());
        progress.createProfile(QString()); // anonymous
        QCOMPARE(progress.displayName(), u"Anonymous student"_s);
        QCOMPARE(progress.boosterDelayDays(), 2);
        progress.setRecording(true);
        QVERIFY(!progress.isLessonFinished());
        m_library.lesson()->setCurrentIndex(m_library.lesson()->rowCount() - 1);
        QVERIFY(progress.isLessonFinished());
        QCOMPARE(progress.boosterAvailableAt(), m_now.addDays(2));
        QVERIFY(!progress.isBoosterAvailable());
        m_now = m_now.addDays(2).addSecs(-1);
        QVERIFY(!progress.isBoosterAvailable());
        m_now = m_now.addSecs(1);
        QVERIFY(progress.isBoosterAvailable());
        progress.setBoosterDelayDays(5);
        QVERIFY(!progress.isBoosterAvailable());
        progress.setBoosterDelayDays(2);
        progress.setRecording(false);

        const QStringList items = progress.boosterItemIds();
        QCOMPARE(items.size(), 7);
        for (const QString &id : items)
            QVERIFY(!progress.lessonItemIds().contains(id)); // fresh questions
        QuizSession booster;
        booster.setLibrary(&m_library);
        booster.setItemIds(items);
        progress.attach(&booster, Quiz::Run::Booster);
        QVERIFY(progress.isBoosterStarted());
        for (const QString &id : items) {
            const QuizItem *q = m_library.caseData().quizItem(id);
            if (q->type == Quiz::Type::TrueFalse)
                booster.answerTrueFalse(id, q->answer);
            else if (q->type == Quiz::Type::Rank)
                booster.answerOrder(id, q->order);
            else if (q->type == Quiz::Type::Highlight)
                booster.answerSpans(id, {0});
            else
                booster.answerChoice(id, correctChoice(id));
        }
        QVERIFY(progress.isBoosterFinished());
        QCOMPARE(progress.boosterResults().answered, 7);
        // The results page looks a booster criterion up by id: one entry per row, same fraction.
        const QuizResult boosted = progress.boosterResults();
        const QList<CriterionScore> rows = boosted.byCriterion;
        QVERIFY(!rows.isEmpty());
        for (const CriterionScore &row : rows) {
            QVERIFY(boosted.trains(row.id));
            QCOMPARE(boosted.fraction(row.id), row.fraction);
        }
        QVERIFY(!boosted.trains(u"no-such-criterion"_s));
        QCOMPARE(boosted.fraction(u"no-such-criterion"_s), -1.0);
        QVERIFY(progress.profiles().constFirst().boosterFinished);
    }

    void corruptFileIsMovedAsideAndReported()
    {
        QTemporaryDir dir;
        QFile bad(QDir(dir.path()).filePath(u"abc.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"formatVersion": 99})");
        bad.close();
        StudentProgress progress(&m_library);
        useClock(progress);
        QSignalSpy problems(&progress, &StudentProgress::problemsChanged);
        progress.setStorageDirectory(dir.path());
        QVERIFY(progress.profiles().isEmpty());
        QCOMPARE(problems.count(), 1);
        const QList<ProblemLine> list = progress.problems();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).code, u"newer-version"_s);
        QVERIFY(list.at(0).text.contains(u"abc.json: formatVersion: written by a newer Claimscope"_s));
        QVERIFY(list.at(1).text.contains(u"kept as abc.json.newer-20261120-143000"_s));
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(u"abc.json.newer-20261120-143000"_s)));
        progress.clearProblems();
        QVERIFY(progress.problems().isEmpty());
        // The app goes on: a new profile saves.
        const QString id = progress.createProfile(u"Bo"_s);
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(id + u".json"_s)));
    }

    void sampleModeWritesNothing()
    {
        QTemporaryDir dir;
        StudentProgress progress(&m_library);
        progress.setStorageDirectory(dir.path());
        DemoSession(&m_library, &progress).useSample(true);
        QVERIFY(progress.isSample());
        QCOMPARE(progress.profiles().size(), 3);
        QCOMPARE(progress.displayName(), u"Sample student"_s);
        QVERIFY(progress.isLessonFinished());
        QVERIFY(progress.isBoosterFinished());
        QCOMPARE(progress.lessonResults().answered, progress.lessonItemIds().size());
        progress.setRecording(true);
        m_library.lesson()->setCurrentIndex(3);
        progress.createProfile(u"Zed"_s);
        progress.startOver();
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        progress.setRecording(false);
    }

    void exports()
    {
        QTemporaryDir dir;
        StudentProgress progress(&m_library);
        DemoSession(&m_library, &progress).useSample(true);
        QCOMPARE(progress.exportFileName(u"pdf"_s), u"claimscope-sample-student-2026-11-23.pdf"_s);

        const QString csvPath = QDir(dir.path()).filePath(u"out.csv"_s);
        QVERIFY(progress.exportCsv(QUrl::fromLocalFile(csvPath)));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.startsWith(u"row,run,item_id,type,criteria,answer,correct,credit,answered_at\r\nsummary,,student,,,Sample student,,,\r\n"_s));
        QCOMPARE(text.count(u"\r\nitem,lesson,"_s), progress.lessonItemIds().size());
        QCOMPARE(text.count(u"\r\nitem,booster,"_s), progress.boosterItemIds().size());

        const QString pdfPath = QDir(dir.path()).filePath(u"report.pdf"_s);
        QVERIFY(progress.exportPdf(QUrl::fromLocalFile(pdfPath)));
        const QString info = run(u"pdfinfo"_s, {pdfPath});
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));
        QVERIFY2(info.contains(u"Claimscope report"_s), qPrintable(info));

        const QString pdfText = run(u"pdftotext"_s, {u"-layout"_s, pdfPath, u"-"_s}).simplified();
        const QuizResult lesson = progress.lessonResults();
        const QuizResult booster = progress.boosterResults();
        const QStringList expected{
            u"CLAIMSCOPE · STUDENT REPORT"_s,
            m_library.caseData().info.title.simplified(),
            u"Student: Sample student"_s,
            u"Score: %1 of %2 points"_s.arg(QString::number(lesson.score, 'f', 1)).arg(progress.lessonItemIds().size()),
            u"Score: %1 of %2 points"_s.arg(QString::number(booster.score, 'f', 1)).arg(progress.boosterItemIds().size()),
            u"true statements %1% (%2 answered)"_s.arg(qRound(lesson.trueAccuracy * 100)).arg(lesson.trueAnswered),
            u"false statements %1% (%2 answered)"_s.arg(qRound(lesson.falseAccuracy * 100)).arg(lesson.falseAnswered),
            u"time spent %1"_s.arg(ResultsFormatter::duration(lesson.secondsSpent)),
            u"Booster check"_s,
            u"Named or anonymous?"_s,
            u"Hedging: how sure is the writer?"_s,
        };
        for (const QString &s : expected)
            QVERIFY2(pdfText.contains(s), qPrintable(u"missing \"%1\" in: %2"_s.arg(s, pdfText)));
        QVERIFY2(pdfText.contains(u"Date: "_s + QLocale().toString(QDate(2026, 11, 23), QLocale::LongFormat)), qPrintable(pdfText));

        // Rendered, it is one page with ink on it.
        const QString pngBase = QDir(dir.path()).filePath(u"report"_s);
        run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"80"_s, u"-singlefile"_s, pdfPath, pngBase});
        QImage page(pngBase + u".png"_s);
        QVERIFY(!page.isNull());
        QVERIFY(page.height() > page.width()); // A4 portrait
        const QByteArray keep = qgetenv("CLAIMSCOPE_REPORT_PNG");
        if (!keep.isEmpty()) {
            QFile::remove(QString::fromLocal8Bit(keep));
            QFile::copy(pngBase + u".png"_s, QString::fromLocal8Bit(keep));
            QFile::copy(pdfPath, QString::fromLocal8Bit(keep) + u".pdf"_s);
        }
    }

    void longNameStillOnePage()
    {
        QTemporaryDir dir;
        StudentProgress progress(&m_library);
        progress.setStorageDirectory(dir.path());
        progress.createProfile(QString(80, u'W'));
        const QString pdfPath = QDir(dir.path()).filePath(u"r.pdf"_s);
        QVERIFY(progress.exportPdf(QUrl::fromLocalFile(pdfPath)));
        const QString info = run(u"pdfinfo"_s, {pdfPath});
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));
        QVERIFY(run(u"pdftotext"_s, {pdfPath, u"-"_s}).contains(u"Not taken yet."_s));
    }
};

QTEST_MAIN(TestStudentProgress)
#include "tst_studentprogress.moc"
