// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caselibrary.h"
#include "lesson/lessonmodel.h"
#include "presentation/presentation.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

// Presentation over the shipped case: sub-steps on quiz steps, class votes,
// digits as votes or as step numbers, blanking. The step numbers come from
// content/sony-hack/lesson.json (update them when the lesson changes):
//   3 narrative, 4 quiz [q-first-demand (single, 4 choices), tf-chains-first (true)],
//   12 quiz [q-gulf-outlet, hl-gulf-hedges, hl-scmp-anonymous], 13 reveal step,
//   28 quiz [rank-evidence-jan, …], 29 the last step.
class TestPresentation : public QObject
{
    Q_OBJECT

private:
    CaseLibrary m_library;

    /// Plays keys on `p`: n next, p previous, 0–9 digit, G arm a jump,
    /// E Enter, X Esc, B Backspace, U undo the last vote, -K one vote less for K.
    static void play(Presentation &p, const QString &keys)
    {
        for (const QString &k : keys.split(u' ', Qt::SkipEmptyParts)) {
            if (k == u"n"_s)
                p.next();
            else if (k == u"p"_s)
                p.previous();
            else if (k == u"G"_s)
                p.armJump();
            else if (k == u"E"_s)
                p.commitJump();
            else if (k == u"X"_s)
                p.cancelJump();
            else if (k == u"B"_s)
                p.backspace();
            else if (k == u"U"_s)
                p.undoLastVote();
            else if (k.startsWith(u'-'))
                p.unvote(k.mid(1).toInt());
            else if (k.size() == 1 && k.at(0).isDigit())
                p.digit(k.toInt());
            else
                QFAIL(qPrintable(u"unknown key %1"_s.arg(k)));
        }
    }

    void startAt(Presentation &p, int step)
    {
        m_library.lesson()->setCurrentIndex(step == 0 ? 1 : 0); // forgets an earlier reveal
        m_library.lesson()->setCurrentIndex(step);
        p.setLibrary(&m_library);
        p.start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_library.open(QStringLiteral(CONTENT_DIR "/sony-hack")));
        const LessonModel *lesson = m_library.lesson();
        QCOMPARE(lesson->step(4).quiz, (QStringList{u"q-first-demand"_s, u"tf-chains-first"_s}));
        QCOMPARE(lesson->step(13).kind, u"reveal"_s);
        QCOMPARE(lesson->step(28).quiz.first(), u"rank-evidence-jan"_s);
        QCOMPARE(lesson->rowCount(), 30);
    }

    void navigation_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("item");
        QTest::addColumn<bool>("itemRevealed");
        QTest::addColumn<bool>("lessonRevealed");

        QTest::newRow("narrative moves on") << 3 << u"n"_s << 4 << 0 << false << false;
        QTest::newRow("quiz reveals the first item") << 4 << u"n"_s << 4 << 0 << true << false;
        QTest::newRow("then asks the second") << 4 << u"n n"_s << 4 << 1 << false << false;
        QTest::newRow("then reveals it") << 4 << u"n n n"_s << 4 << 1 << true << false;
        QTest::newRow("then leaves the quiz") << 4 << u"n n n n"_s << 5 << 0 << false << false;
        QTest::newRow("back hides a reveal") << 4 << u"n p"_s << 4 << 0 << false << false;
        QTest::newRow("back to the revealed item") << 4 << u"n n p"_s << 4 << 0 << true << false;
        QTest::newRow("back from a quiz's first question") << 4 << u"p"_s << 3 << 0 << false << false;
        QTest::newRow("back into a quiz starts at its question") << 5 << u"p"_s << 4 << 0 << false << false;
        QTest::newRow("reveal step reveals first") << 13 << u"n"_s << 13 << 0 << false << true;
        QTest::newRow("then moves on") << 13 << u"n n"_s << 14 << 0 << false << false;
        QTest::newRow("a rank item is revealed too") << 28 << u"n"_s << 28 << 0 << true << false;
        QTest::newRow("the end stays the end") << 29 << u"n n"_s << 29 << 0 << false << false;
        QTest::newRow("the start stays the start") << 0 << u"p p"_s << 0 << 0 << false << false;
    }

    void navigation()
    {
        QFETCH(int, start);
        QFETCH(QString, keys);
        Presentation p;
        startAt(p, start);
        play(p, keys);
        QTEST(m_library.lesson()->currentIndex(), "step");
        QTEST(p.itemIndex(), "item");
        QTEST(p.isItemRevealed(), "itemRevealed");
        QTEST(m_library.lesson()->isRevealed(), "lessonRevealed");
    }

    void votes_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<QList<int>>("percents");

        QTest::newRow("none") << 4 << u""_s << QList<int>{0, 0, 0, 0} << QList<int>{0, 0, 0, 0};
        QTest::newRow("hands per choice") << 4 << u"1 1 2 4 4 4"_s << QList<int>{2, 1, 0, 3} << QList<int>{33, 17, 0, 50};
        QTest::newRow("digits above the choices are ignored") << 4 << u"5 9 0 3"_s << QList<int>{0, 0, 1, 0} << QList<int>{0, 0, 100, 0};
        QTest::newRow("backspace takes back the last") << 4 << u"1 2 B"_s << QList<int>{1, 0, 0, 0} << QList<int>{100, 0, 0, 0};
        QTest::newRow("undo takes back the last") << 4 << u"3 3 2 U U"_s << QList<int>{0, 0, 1, 0} << QList<int>{0, 0, 100, 0};
        QTest::newRow("one less for a choice") << 4 << u"1 2 1 -1"_s << QList<int>{1, 1, 0, 0} << QList<int>{50, 50, 0, 0};
        QTest::newRow("one less for an empty choice") << 4 << u"1 -2"_s << QList<int>{1, 0, 0, 0} << QList<int>{100, 0, 0, 0};
        QTest::newRow("undo with no votes") << 4 << u"U B"_s << QList<int>{0, 0, 0, 0} << QList<int>{0, 0, 0, 0};
        QTest::newRow("votes still count once revealed") << 4 << u"1 n 2"_s << QList<int>{1, 1, 0, 0} << QList<int>{50, 50, 0, 0};
        QTest::newRow("true/false is 1 and 2") << 4 << u"n n 1 1 2 3 4"_s << QList<int>{2, 1} << QList<int>{67, 33};
        QTest::newRow("votes are kept going back") << 4 << u"2 2 n n 1 p p"_s << QList<int>{0, 2, 0, 0} << QList<int>{0, 100, 0, 0};
        QTest::newRow("each item has its own") << 4 << u"2 2 n n"_s << QList<int>{0, 0} << QList<int>{0, 0};
        QTest::newRow("a highlight item takes no votes") << 12 << u"n n 1 2"_s << QList<int>{} << QList<int>{};
        QTest::newRow("a rank item takes no votes") << 28 << u"1 2"_s << QList<int>{} << QList<int>{};
    }

    void votes()
    {
        QFETCH(int, start);
        QFETCH(QString, keys);
        QFETCH(QList<int>, counts);
        QFETCH(QList<int>, percents);
        Presentation p;
        startAt(p, start);
        play(p, keys);
        const QList<VoteTally> rows = p.votes();
        QCOMPARE(rows.size(), counts.size());
        QCOMPARE(p.isItemVotable(), !counts.isEmpty());
        int total = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const VoteTally &row = rows.at(i);
            QCOMPARE(row.number, i + 1);
            QCOMPARE(row.count, counts.at(i));
            QCOMPARE(row.percent, percents.at(i));
            total += counts.at(i);
        }
        QCOMPARE(p.totalVotes(), total);
    }

    void answerMarksTheCorrectChoice_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("kind");
        for (int step = 0; step < m_library.lesson()->rowCount(); ++step) {
            const QStringList ids = m_library.lesson()->step(step).quiz;
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const QuizItem *q = m_library.caseData().quizItem(ids.at(i));
                QVERIFY(q);
                const QString kind = q->type == Quiz::Type::Single || q->type == Quiz::Type::Evidence ? u"choice"_s : Quiz::typeName(q->type);
                QTest::addRow("%s", qPrintable(ids.at(i))) << step << u"n n "_s.repeated(i) << kind;
            }
        }
    }

    void answerMarksTheCorrectChoice()
    {
        QFETCH(int, start);
        QFETCH(QString, keys);
        QFETCH(QString, kind);
        Presentation p;
        startAt(p, start);
        play(p, keys);
        const QuizItem *q = m_library.caseData().quizItem(p.itemId());
        QVERIFY(q);
        const ItemAnswer answer = p.answer();
        QCOMPARE(answer.kind, kind);
        QCOMPARE(answer.explanation, q->explanation);
        QVERIFY(!answer.correct.isEmpty());
        // The question shown holds no answer.
        QCOMPARE(p.item().id, p.itemId());
        QVERIFY(QuizQuestion::staticMetaObject.indexOfProperty("explanation") < 0);
        // The tally marks as correct exactly the answer's numbers.
        QList<int> marked;
        for (const VoteTally &row : p.votes()) {
            if (row.correct)
                marked << row.number;
        }
        const QList<int> numbers = answer.correctNumbers;
        QCOMPARE(marked, numbers);
        // The audience gets the answer only once it is revealed.
        QCOMPARE(p.revealedAnswer().kind, QString());
        p.next();
        QVERIFY(p.isItemRevealed());
        QCOMPARE(p.revealedAnswer().correct, answer.correct);
        QCOMPARE(p.isItemVotable(), !numbers.isEmpty());
    }

    // What → does next, for the presenter and for a screen the class sees.
    void nextTextSaysWhatComesNext_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("forClass");
        QTest::addRow("a question") << 4 << u""_s << u"→ reveals the class's votes and the answer"_s << u"Next: the answer"_s;
        QTest::addRow("its answer") << 4 << u"n"_s << u"→ question 2 of 2"_s << u"Next: question 2 of 2"_s;
        QTest::addRow("the last answer") << 4 << u"n n n"_s << u"→ step 6 · Blame by 17 December (blame)"_s << u"Next: step 6 · Blame by 17 December"_s;
        QTest::addRow("a question for discussion") << 28 << u""_s << u"→ reveals the answer"_s << u"Next: the answer"_s;
        QTest::addRow("a hidden part") << 13 << u""_s << u"→ reveals: {reveal}"_s << u"Next: the hidden part of this step"_s;
        QTest::addRow("the hidden part shown") << 13 << u"n"_s << u"→ step 15 · Check: ranking sources (quiz)"_s << u"Next: step 15 · Check: ranking sources"_s;
        QTest::addRow("the last step") << 29 << u""_s << u"This is the last step."_s << u"This is the last step."_s;
    }

    void nextTextSaysWhatComesNext()
    {
        QFETCH(int, start);
        QFETCH(QString, keys);
        QFETCH(QString, text);
        QFETCH(QString, forClass);
        Presentation p;
        startAt(p, start);
        QSignalSpy changed(&p, &Presentation::nextChanged);
        play(p, keys);
        QCOMPARE(changed.isEmpty(), keys.isEmpty());
        // Pack text comes isolated (PackText::plain); the words are what matter here.
        const auto words = [](QString s) { return s.remove(QChar(0x2068)).remove(QChar(0x2069)); };
        QCOMPARE(words(p.nextText()), QString(text).replace(u"{reveal}"_s, m_library.lesson()->step(start).reveal));
        QCOMPARE(words(p.nextTextForClass()), forClass);
    }

    void digitsAndJumps_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("votes");

        QTest::newRow("number and Enter") << 0 << u"1 2 E"_s << 11 << u""_s << 0;
        QTest::newRow("typed so far") << 0 << u"2 0"_s << 0 << u"20"_s << 0;
        QTest::newRow("backspace edits the number") << 0 << u"2 9 B 0 E"_s << 19 << u""_s << 0;
        QTest::newRow("Esc forgets it") << 0 << u"7 X E"_s << 0 << u""_s << 0;
        QTest::newRow("out of range does nothing") << 3 << u"3 1 E"_s << 3 << u""_s << 0;
        QTest::newRow("zero does nothing") << 3 << u"0 E"_s << 3 << u""_s << 0;
        QTest::newRow("the last step") << 0 << u"3 0 E"_s << 29 << u""_s << 0;
        QTest::newRow("digits vote on a quiz") << 4 << u"1 2 E"_s << 4 << u""_s << 2;
        QTest::newRow("G then the number jumps from a quiz") << 4 << u"G 1 2 E"_s << 11 << u""_s << 0;
        QTest::newRow("G shows what is typed") << 4 << u"G 2"_s << 4 << u"2"_s << 0;
        QTest::newRow("G works anywhere") << 0 << u"G 5 E"_s << 4 << u""_s << 0;
        QTest::newRow("digits type on a discussion item") << 28 << u"3 E"_s << 2 << u""_s << 0;
    }

    void digitsAndJumps()
    {
        QFETCH(int, start);
        QFETCH(QString, keys);
        Presentation p;
        startAt(p, start);
        play(p, keys);
        QTEST(m_library.lesson()->currentIndex(), "step");
        QTEST(p.jumpText(), "typed");
        if (p.isOnQuiz())
            QTEST(p.totalVotes(), "votes");
    }

    void jumpStartsAtTheQuestion()
    {
        Presentation p;
        startAt(p, 4);
        play(p, u"n n n"_s);
        QVERIFY(p.isItemRevealed());
        QVERIFY(p.jumpTo(5)); // the same step, again from its first question
        QCOMPARE(p.itemIndex(), 0);
        QVERIFY(!p.isItemRevealed());
    }

    void blankAndFullScreen()
    {
        Presentation p;
        startAt(p, 0);
        QSignalSpy blanked(&p, &Presentation::blankedChanged);
        QVERIFY(!p.isBlanked());
        QVERIFY(p.isFullScreen());
        p.toggleBlank();
        QVERIFY(p.isBlanked());
        p.next(); // moving on does not unblank
        QVERIFY(p.isBlanked());
        p.toggleBlank();
        QVERIFY(!p.isBlanked());
        QCOMPARE(blanked.count(), 2);
        p.toggleFullScreen();
        QVERIFY(!p.isFullScreen());
        p.toggleBlank();
        p.start(); // a new presentation starts unblanked
        QVERIFY(!p.isBlanked());
    }

    void pausedClockStands()
    {
        Presentation p;
        startAt(p, 0);
        QVERIFY(p.isClockRunning());
        p.toggleClock();
        QVERIFY(!p.isClockRunning());
        const int stood = p.elapsedSeconds();
        QTest::qWait(20);
        QCOMPARE(p.elapsedSeconds(), stood);
        p.resetClock();
        QCOMPARE(p.elapsedSeconds(), 0);
        p.toggleClock();
        QVERIFY(p.isClockRunning());
        p.stop();
        QVERIFY(!p.isClockRunning());
        p.stop(); // stopping twice does not restart it
        QVERIFY(!p.isClockRunning());
    }

    void clockText_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("start") << 0 << u"0:00"_s;
        QTest::addRow("seconds") << 9 << u"0:09"_s;
        QTest::addRow("minutes") << 245 << u"4:05"_s;
        QTest::addRow("an hour") << 3729 << u"1:02:09"_s;
        QTest::addRow("never negative") << -5 << u"0:00"_s;
    }

    void clockText()
    {
        QFETCH(int, seconds);
        QTEST(Presentation::clockText(seconds), "text");
    }

    // Without a GUI (and with the offscreen platform) there is one screen;
    // tests and screenshots set another count, -1 goes back to the real one.
    void screensSeam()
    {
        Presentation p;
        QSignalSpy changed(&p, &Presentation::screensChanged);
        QCOMPARE(p.screens(), 1);
        QVERIFY(p.isSingleScreen());
        p.setScreens(2);
        QCOMPARE(p.screens(), 2);
        QVERIFY(!p.isSingleScreen());
        QCOMPARE(changed.count(), 1);
        p.setScreens(2);
        QCOMPARE(changed.count(), 1);
        p.setScreens(-1);
        QVERIFY(p.isSingleScreen());
        QCOMPARE(changed.count(), 2);
    }

    void peekingEndsAtEveryMove_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<bool>("peeking");

        QTest::newRow("→ reveals the answer") << 4 << u""_s << u"n"_s << false;
        QTest::newRow("→ to the next question") << 4 << u"n"_s << u"n"_s << false;
        QTest::newRow("→ reveals a step's hidden text") << 13 << u""_s << u"n"_s << false;
        QTest::newRow("→ to the next step") << 3 << u""_s << u"n"_s << false;
        QTest::newRow("← back") << 4 << u"n"_s << u"p"_s << false;
        QTest::newRow("a jump") << 0 << u""_s << u"5 E"_s << false;
        QTest::newRow("a jump to the same step") << 4 << u"n"_s << u"G 5 E"_s << false;
        QTest::newRow("counting hands is no move") << 4 << u""_s << u"1 2 B"_s << true;
        QTest::newRow("typing a number is no move") << 0 << u""_s << u"7"_s << true;
    }

    void peekingEndsAtEveryMove()
    {
        QFETCH(int, start);
        QFETCH(QString, before);
        QFETCH(QString, keys);
        Presentation p;
        startAt(p, start);
        play(p, before);
        p.setPeeking(true);
        QVERIFY(p.isPeeking());
        play(p, keys);
        QTEST(p.isPeeking(), "peeking");
        p.start(); // a new presentation starts without
        QVERIFY(!p.isPeeking());
    }
};

QTEST_GUILESS_MAIN(TestPresentation)
#include "tst_presentation.moc"
