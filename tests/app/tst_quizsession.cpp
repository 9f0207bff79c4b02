// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caselibrary.h"
#include "quiz/quizsession.h"

#include <QMetaProperty>
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

    static QStringList propertyNames(const QMetaObject &type)
    {
        QStringList names;
        for (int i = type.propertyOffset(); i < type.propertyCount(); ++i)
            names << QString::fromLatin1(type.property(i).name());
        return names;
    }

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
        const QuizQuestion item = session.item(id);
        QVERIFY(item.valid);
        // What QML gets of an item has no place for the answer.
        QCOMPARE(propertyNames(QuizQuestion::staticMetaObject).contains(u"explanation"_s), false);
        QCOMPARE(propertyNames(QuizQuestion::staticMetaObject).contains(u"answer"_s), false);
        QCOMPARE(propertyNames(QuizOption::staticMetaObject), (QStringList{u"id"_s, u"text"_s})); // choices and options
        QCOMPARE(propertyNames(QuizSpan::staticMetaObject).contains(u"correct"_s), false);
        QCOMPARE(propertyNames(QuizSpan::staticMetaObject).contains(u"feedback"_s), false);
        for (const QuizSpan &span : item.spans) {
            QVERIFY(span.context.contains(span.quote));
            QVERIFY(span.contextHtml.contains(u"<b><u>"_s));
        }
        const QuizItem *q = data().quizItem(id);
        QCOMPARE(item.type, q->type);
        if (q->type == Quiz::Type::Rank) {
            QStringList shown;
            for (const QuizOption &o : item.options)
                shown << o.id;
            QVERIFY2(shown != q->order, "rank options are never shown already in order");
            QCOMPARE(session.item(id).options, item.options); // the same every time
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
            for (const QuizSpan &span : session.item(id).spans) {
                const QString context = span.context;
                QVERIFY2(context.size() <= 700, qPrintable(id + u": "_s + context));
                const QString where = span.where;
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
        ItemVerdict v = session.answerChoice(single, wrong->id);
        QVERIFY(v.answered);
        QCOMPARE(v.correct, false);
        QCOMPARE(v.feedback, wrong->feedback);
        QCOMPARE(v.explanation, s->explanation);
        const auto right = std::find_if(s->choices.cbegin(), s->choices.cend(), [](const QuizChoice &c) { return c.correct; });
        QCOMPARE(v.correctChoiceId, right->id);
        QCOMPARE(results.count(), 1);

        // A second answer changes nothing.
        v = session.answerChoice(single, right->id);
        QCOMPARE(v.choiceId, wrong->id);
        QCOMPARE(results.count(), 1);

        // An invalid answer is not recorded.
        QVERIFY(!session.answerSpans(highlight, {99}).valid);
        QVERIFY(!session.isAnswered(highlight));
        QVERIFY(!session.answerChoice(u"not-in-session"_s, u"a"_s).valid);

        session.answerTrueFalse(tfTrue, true);
        session.answerSpans(highlight, {0, 0, 1});
        QStringList reversed = data().quizItem(rank)->order;
        std::reverse(reversed.begin(), reversed.end());
        v = session.answerOrder(rank, reversed);
        QuizAnswer reversedAnswer;
        reversedAnswer.order = reversed;
        QCOMPARE(v.credit, scoreAnswer(*data().quizItem(rank), reversedAnswer).credit);
        QCOMPARE(v.correct, false);
        QCOMPARE(v.correctOrder, data().quizItem(rank)->order);

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
        for (const CriterionScore &r : session.result().byCriterion) {
            QCOMPARE(r.credit, expected.byCriterion.value(r.id).first);
            QVERIFY(!r.title.isEmpty());
            credit += r.credit;
            answered += r.answered;
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
