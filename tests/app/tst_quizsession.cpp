// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caselibrary.h"
#include "quiz/quizsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

// QuizSession over the shipped case: what it shows, what it records, and
// that its results are Claimscope::summarise's.
class TestQuizSession : public QObject
{
    Q_OBJECT

private:
    CaseLibrary m_library;

    const CaseData &data() const { return m_library.caseData(); }

    QStringList idsOf(Quiz::Type type, std::optional<bool> truth = {}) const
    {
        QStringList ids;
        for (const QuizItem &q : data().quizItems) {
            if (q.type == type && (!truth || q.answer == *truth))
                ids << q.id;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_library.open(QStringLiteral(CONTENT_DIR "/sony-hack")));
        for (const Quiz::Type type : {Quiz::Type::Single, Quiz::Type::Evidence, Quiz::Type::TrueFalse, Quiz::Type::Highlight, Quiz::Type::Rank})
            QVERIFY2(!idsOf(type).isEmpty(), qPrintable(Quiz::typeName(type)));
    }

    void itemHidesTheAnswer_data()
    {
        QTest::addColumn<QString>("id");
        for (const QuizItem &q : data().quizItems)
            QTest::addRow("%s", qPrintable(q.id)) << q.id;
    }

    void itemHidesTheAnswer()
    {
        QFETCH(QString, id);
        QuizSession session;
        session.setLibrary(&m_library);
        const QVariantMap item = session.item(id);
        QVERIFY(item.value(u"valid"_s).toBool());
        QVERIFY(!item.contains(u"explanation"_s));
        QVERIFY(!item.contains(u"answer"_s));
        for (const QVariant &c : item.value(u"choices"_s).toList())
            QCOMPARE(c.toMap().keys(), (QStringList{u"id"_s, u"text"_s}));
        for (const QVariant &o : item.value(u"options"_s).toList())
            QCOMPARE(o.toMap().keys(), (QStringList{u"id"_s, u"text"_s}));
        for (const QVariant &s : item.value(u"spans"_s).toList()) {
            const QVariantMap span = s.toMap();
            QVERIFY(!span.contains(u"correct"_s) && !span.contains(u"feedback"_s));
            QVERIFY(span.value(u"context"_s).toString().contains(span.value(u"quote"_s).toString()));
            QVERIFY(span.value(u"contextHtml"_s).toString().contains(u"<b><u>"_s));
        }
        const QuizItem *q = data().quizItem(id);
        if (q->type == Quiz::Type::Rank) {
            QStringList shown;
            for (const QVariant &o : item.value(u"options"_s).toList())
                shown << o.toMap().value(u"id"_s).toString();
            QVERIFY2(shown != q->order, "rank options are never shown already in order");
            QCOMPARE(session.item(id).value(u"options"_s), item.value(u"options"_s)); // the same every time
        }
    }

    void spanContextIsTheSentence()
    {
        // A span in a long paragraph is shown within its sentence, not the whole paragraph.
        QuizSession session;
        session.setLibrary(&m_library);
        for (const QString &id : idsOf(Quiz::Type::Highlight)) {
            const QuizItem *q = data().quizItem(id);
            const Article *article = data().article(q->article);
            QVERIFY(article);
            for (const QVariant &s : session.item(id).value(u"spans"_s).toList()) {
                const QVariantMap span = s.toMap();
                const QString context = span.value(u"context"_s).toString();
                QVERIFY2(context.size() <= 700, qPrintable(id + u": "_s + context));
                const QString where = span.value(u"where"_s).toString();
                QVERIFY2(where == u"Headline"_s || where == u"Standfirst"_s || where == u"Caption"_s || where.startsWith(u"Paragraph "_s), qPrintable(where));
                QString bare = context;
                bare.remove(u"… "_s).remove(u" …"_s);
                QVERIFY2(article->fullText().contains(bare), qPrintable(id + u": "_s + context));
            }
        }
    }

    void answersOnceAndScoresLikeSummarise()
    {
        const QString single = idsOf(Quiz::Type::Single).first();
        const QString tfTrue = idsOf(Quiz::Type::TrueFalse, true).first();
        const QString highlight = idsOf(Quiz::Type::Highlight).first();
        const QString rank = idsOf(Quiz::Type::Rank).first();
        QuizSession session;
        session.setLibrary(&m_library);
        session.setItemIds({single, tfTrue, highlight, rank});
        QSignalSpy results(&session, &QuizSession::resultsChanged);

        const QuizItem *s = data().quizItem(single);
        const auto wrong = std::find_if(s->choices.cbegin(), s->choices.cend(), [](const QuizChoice &c) { return !c.correct; });
        QVariantMap v = session.answerChoice(single, wrong->id);
        QVERIFY(v.value(u"answered"_s).toBool());
        QCOMPARE(v.value(u"correct"_s).toBool(), false);
        QCOMPARE(v.value(u"feedback"_s).toString(), wrong->feedback);
        QCOMPARE(v.value(u"explanation"_s).toString(), s->explanation);
        const auto right = std::find_if(s->choices.cbegin(), s->choices.cend(), [](const QuizChoice &c) { return c.correct; });
        QCOMPARE(v.value(u"correctChoiceId"_s).toString(), right->id);
        QCOMPARE(results.count(), 1);

        // A second answer changes nothing.
        v = session.answerChoice(single, right->id);
        QCOMPARE(v.value(u"choiceId"_s).toString(), wrong->id);
        QCOMPARE(results.count(), 1);

        // An invalid answer is not recorded.
        QVERIFY(!session.answerSpans(highlight, {99}).value(u"valid"_s).toBool());
        QVERIFY(!session.isAnswered(highlight));
        QVERIFY(!session.answerChoice(u"not-in-session"_s, u"a"_s).value(u"valid"_s).toBool());

        session.answerTrueFalse(tfTrue, true);
        session.answerSpans(highlight, {0, 0, 1});
        QStringList reversed = data().quizItem(rank)->order;
        std::reverse(reversed.begin(), reversed.end());
        v = session.answerOrder(rank, reversed);
        QuizAnswer reversedAnswer;
        reversedAnswer.order = reversed;
        QCOMPARE(v.value(u"credit"_s).toDouble(), scoreAnswer(*data().quizItem(rank), reversedAnswer).credit);
        QCOMPARE(v.value(u"correct"_s).toBool(), false);
        QCOMPARE(v.value(u"correctOrder"_s).toStringList(), data().quizItem(rank)->order);

        QMap<QString, QuizAnswer> answers;
        answers[single].choice = wrong->id;
        answers[tfTrue].truth = true;
        answers[highlight].spans = {0, 1};
        answers[rank].order = reversed;
        const QuizSummary expected = summarise(data(), answers);
        QCOMPARE(session.answered(), expected.answered);
        QCOMPARE(session.correct(), expected.correct);
        QCOMPARE(session.score(), expected.score);
        QCOMPARE(session.trueItemAccuracy(), 1.0);
        QCOMPARE(session.falseItemAccuracy(), -1.0);
        QVERIFY(session.isComplete());

        double credit = 0;
        int answered = 0;
        for (const QVariant &row : session.byCriterion()) {
            const QVariantMap r = row.toMap();
            QCOMPARE(r.value(u"credit"_s).toDouble(), expected.byCriterion.value(r.value(u"id"_s).toString()).first);
            QVERIFY(!r.value(u"title"_s).toString().isEmpty());
            credit += r.value(u"credit"_s).toDouble();
            answered += r.value(u"answered"_s).toInt();
        }
        QVERIFY(answered >= 4);
        QVERIFY(credit > 0);

        session.restart();
        QCOMPARE(session.answered(), 0);
        QCOMPARE(session.currentIndex(), 0);
    }

    void blanketDoubtScoresZeroOnTrueStatements()
    {
        QuizSession session;
        session.setLibrary(&m_library);
        const QStringList ids = idsOf(Quiz::Type::TrueFalse);
        session.setItemIds(ids);
        QVERIFY(session.trueItemsTotal() > 0 && session.falseItemsTotal() > 0);
        for (const QString &id : ids)
            session.answerTrueFalse(id, false);
        QCOMPARE(session.trueItemAccuracy(), 0.0);
        QCOMPARE(session.falseItemAccuracy(), 1.0);
        QCOMPARE(session.trueItemsCorrect(), 0);
        QCOMPARE(session.falseItemsCorrect(), session.falseItemsTotal());
        QCOMPARE(session.trueItemsAnswered(), session.trueItemsTotal());
    }

    void navigation()
    {
        QuizSession session;
        session.setLibrary(&m_library);
        session.setItemIds(idsOf(Quiz::Type::Single).mid(0, 2));
        QCOMPARE(session.currentId(), idsOf(Quiz::Type::Single).first());
        session.previous();
        QCOMPARE(session.currentIndex(), 0);
        session.next();
        session.next();
        QVERIFY(session.isFinished());
        QVERIFY(session.currentId().isEmpty());
        session.next();
        QCOMPARE(session.currentIndex(), 2);
        session.setItemIds({});
        QVERIFY(session.isFinished());
    }
};

QTEST_GUILESS_MAIN(TestQuizSession)
#include "tst_quizsession.moc"
