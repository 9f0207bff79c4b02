// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caseloader.h"
#include "quiz/quizscoring.h"

#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using namespace TestSupport;

namespace {

QuizChoice choice(const QString &id, bool correct, const QString &feedback)
{
    QuizChoice c;
    c.id = id;
    c.text = u"text of "_s + id;
    c.correct = correct;
    c.feedback = feedback;
    return c;
}

QuizItem item(const QString &id, const QString &type, const QStringList &criteria)
{
    QuizItem q;
    q.id = id;
    q.type = Quiz::typeFromName(type); // as named in quiz.json
    q.prompt = u"prompt of "_s + id;
    q.explanation = u"explanation of "_s + id;
    q.criteria = criteria;
    return q;
}

QuizItem trueFalse(const QString &id, bool answer)
{
    QuizItem q = item(id, u"true-false"_s, {u"corroboration"_s});
    q.statement = u"statement "_s + id;
    q.answer = answer;
    q.feedbackTrue = u"you said true"_s;
    q.feedbackFalse = u"you said false"_s;
    return q;
}

/// One item of every type; five true-false items, two of them true.
CaseData quizCase()
{
    CaseData data;
    QuizItem single = item(u"single"_s, u"single"_s, {u"named-vs-anonymous"_s, u"evidence-offered"_s});
    single.choices = {choice(u"a"_s, false, u"A is wrong"_s), choice(u"b"_s, true, u"B is right"_s), choice(u"c"_s, false, u"C is wrong"_s)};
    QuizItem evidence = item(u"evidence"_s, u"evidence"_s, {u"evidence-offered"_s});
    evidence.claim = u"c1"_s;
    evidence.choices = {choice(u"none"_s, false, u"something was offered"_s), choice(u"technical"_s, true, u"yes, technical"_s)};
    evidence.choices[0].evidence = u"none"_s;
    evidence.choices[1].evidence = u"technical"_s;
    QuizItem highlight = item(u"highlight"_s, u"highlight"_s, {u"hedging"_s});
    highlight.article = u"a1"_s;
    highlight.choices = {choice(QString(), true, u"s0 right"_s),
                         choice(QString(), true, u"s1 right"_s),
                         choice(QString(), false, u"s2 wrong"_s),
                         choice(QString(), false, u"s3 wrong"_s),
                         choice(QString(), true, u"s4 right"_s)};
    QuizItem rank = item(u"rank"_s, u"rank"_s, {u"evidence-offered"_s, u"evidence-offered"_s}); // listed twice: counts once
    // Options listed in another order than the key, so that feedback order shows.
    rank.choices = {
        choice(u"y"_s, false, u"Y third"_s), choice(u"w"_s, false, u"W first"_s), choice(u"z"_s, false, u"Z last"_s), choice(u"x"_s, false, u"X second"_s)};
    rank.order = {u"w"_s, u"x"_s, u"y"_s, u"z"_s};
    QuizItem pair = item(u"pair"_s, u"rank"_s, {u"named-vs-anonymous"_s});
    pair.choices = {choice(u"p"_s, false, u"P"_s), choice(u"q"_s, false, u"Q"_s)};
    pair.order = {u"p"_s, u"q"_s};
    data.quizItems = {single,
                      evidence,
                      highlight,
                      rank,
                      pair,
                      trueFalse(u"t1"_s, true),
                      trueFalse(u"t2"_s, true),
                      trueFalse(u"f1"_s, false),
                      trueFalse(u"f2"_s, false),
                      trueFalse(u"f3"_s, false),
                      item(u"odd"_s, u"essay"_s, {u"hedging"_s})};
    return data;
}

/// "criterion=credit/items", credit with 4 decimals.
QStringList criteriaText(const QuizSummary &s)
{
    QStringList lines;
    for (auto it = s.byCriterion.cbegin(); it != s.byCriterion.cend(); ++it)
        lines << it.key() + u'=' + QString::number(it.value().first, 'f', 4) + u'/' + QString::number(it.value().second);
    return lines;
}

} // namespace

class TestQuizScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreAnswer_data();
    void scoreAnswer();
    void summarise_data();
    void summarise();
    void criterionResults_data();
    void criterionResults();
    void defaultCaseKey();
    void defaultCaseDiscernment_data();
    void defaultCaseDiscernment();
};

void TestQuizScoring::scoreAnswer_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QuizAnswer>("answer");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("correct");
    QTest::addColumn<double>("credit");
    QTest::addColumn<QString>("feedback");

    QTest::addRow("single: right") << u"single"_s << choose(u"b"_s) << true << true << 1.0 << u"B is right"_s;
    QTest::addRow("single: wrong") << u"single"_s << choose(u"c"_s) << true << false << 0.0 << u"C is wrong"_s;
    QTest::addRow("single: unknown choice") << u"single"_s << choose(u"d"_s) << false << false << 0.0 << QString();
    QTest::addRow("single: no choice") << u"single"_s << QuizAnswer() << false << false << 0.0 << QString();
    QTest::addRow("evidence: right") << u"evidence"_s << choose(u"technical"_s) << true << true << 1.0 << u"yes, technical"_s;
    QTest::addRow("evidence: wrong") << u"evidence"_s << choose(u"none"_s) << true << false << 0.0 << u"something was offered"_s;
    QTest::addRow("evidence: unknown choice") << u"evidence"_s << choose(u"b"_s) << false << false << 0.0 << QString();

    QTest::addRow("true item: true") << u"t1"_s << say(true) << true << true << 1.0 << u"you said true"_s;
    QTest::addRow("true item: false") << u"t1"_s << say(false) << true << false << 0.0 << u"you said false"_s;
    QTest::addRow("false item: false") << u"f1"_s << say(false) << true << true << 1.0 << u"you said false"_s;
    QTest::addRow("false item: true") << u"f1"_s << say(true) << true << false << 0.0 << u"you said true"_s;
    QTest::addRow("true-false: no answer") << u"f1"_s << choose(u"true"_s) << false << false << 0.0 << QString();

    // Spans 0, 1 and 4 are correct: credit = max(0, (right − wrong) / 3).
    QTest::addRow("highlight: exactly the correct spans") << u"highlight"_s << mark({4, 0, 1}) << true << true << 1.0 << u"s0 right\ns1 right\ns4 right"_s;
    QTest::addRow("highlight: two of three") << u"highlight"_s << mark({0, 1}) << true << false << 2.0 / 3.0 << u"s0 right\ns1 right"_s;
    QTest::addRow("highlight: all correct plus a wrong one")
        << u"highlight"_s << mark({0, 1, 4, 2}) << true << false << 2.0 / 3.0 << u"s0 right\ns1 right\ns2 wrong\ns4 right"_s;
    QTest::addRow("highlight: one right, one wrong") << u"highlight"_s << mark({3, 1}) << true << false << 0.0 << u"s1 right\ns3 wrong"_s;
    QTest::addRow("highlight: more wrong than right, not negative")
        << u"highlight"_s << mark({0, 2, 3}) << true << false << 0.0 << u"s0 right\ns2 wrong\ns3 wrong"_s;
    QTest::addRow("highlight: everything marked") << u"highlight"_s << mark({0, 1, 2, 3, 4}) << true << false << 1.0 / 3.0
                                                  << u"s0 right\ns1 right\ns2 wrong\ns3 wrong\ns4 right"_s;
    QTest::addRow("highlight: a span marked twice counts once") << u"highlight"_s << mark({0, 0}) << true << false << 1.0 / 3.0 << u"s0 right"_s;
    QTest::addRow("highlight: nothing marked") << u"highlight"_s << mark({}) << true << false << 0.0 << QString();
    QTest::addRow("highlight: index past the end") << u"highlight"_s << mark({0, 1, 5}) << false << false << 0.0 << QString();
    QTest::addRow("highlight: negative index") << u"highlight"_s << mark({-1}) << false << false << 0.0 << QString();

    // Key w, x, y, z: credit = pairs in the right relative order / 6.
    QTest::addRow("rank: right") << u"rank"_s << rankAs({u"w"_s, u"x"_s, u"y"_s, u"z"_s}) << true << true << 1.0 << u"W first\nX second\nY third\nZ last"_s;
    QTest::addRow("rank: reversed") << u"rank"_s << rankAs({u"z"_s, u"y"_s, u"x"_s, u"w"_s}) << true << false << 0.0 << u"Z last\nY third\nX second\nW first"_s;
    QTest::addRow("rank: first two swapped") << u"rank"_s << rankAs({u"x"_s, u"w"_s, u"y"_s, u"z"_s}) << true << false << 5.0 / 6.0
                                             << u"X second\nW first\nY third\nZ last"_s;
    QTest::addRow("rank: last two swapped") << u"rank"_s << rankAs({u"w"_s, u"x"_s, u"z"_s, u"y"_s}) << true << false << 5.0 / 6.0
                                            << u"W first\nX second\nZ last\nY third"_s;
    QTest::addRow("rank: third moved to the top") << u"rank"_s << rankAs({u"y"_s, u"w"_s, u"x"_s, u"z"_s}) << true << false << 4.0 / 6.0
                                                  << u"Y third\nW first\nX second\nZ last"_s;
    QTest::addRow("rank: half the pairs right") << u"rank"_s << rankAs({u"x"_s, u"z"_s, u"w"_s, u"y"_s}) << true << false << 3.0 / 6.0
                                                << u"X second\nZ last\nW first\nY third"_s;
    QTest::addRow("rank: missing id") << u"rank"_s << rankAs({u"w"_s, u"x"_s, u"y"_s}) << false << false << 0.0 << QString();
    QTest::addRow("rank: duplicate id") << u"rank"_s << rankAs({u"w"_s, u"x"_s, u"x"_s, u"z"_s}) << false << false << 0.0 << QString();
    QTest::addRow("rank: unknown id") << u"rank"_s << rankAs({u"w"_s, u"x"_s, u"y"_s, u"v"_s}) << false << false << 0.0 << QString();
    QTest::addRow("rank: extra id") << u"rank"_s << rankAs({u"w"_s, u"x"_s, u"y"_s, u"z"_s, u"w"_s}) << false << false << 0.0 << QString();
    QTest::addRow("rank: empty") << u"rank"_s << QuizAnswer() << false << false << 0.0 << QString();
    QTest::addRow("rank of two: right") << u"pair"_s << rankAs({u"p"_s, u"q"_s}) << true << true << 1.0 << u"P\nQ"_s;
    QTest::addRow("rank of two: wrong") << u"pair"_s << rankAs({u"q"_s, u"p"_s}) << true << false << 0.0 << u"Q\nP"_s;

    QTest::addRow("unknown item type") << u"odd"_s << choose(u"a"_s) << false << false << 0.0 << QString();
}

void TestQuizScoring::scoreAnswer()
{
    QFETCH(QString, itemId);
    QFETCH(QuizAnswer, answer);
    QFETCH(bool, valid);
    QFETCH(bool, correct);
    QFETCH(double, credit);
    QFETCH(QString, feedback);
    const CaseData data = quizCase();
    const QuizItem *q = data.quizItem(itemId);
    QVERIFY(q);
    const QuizVerdict verdict = Claimscope::scoreAnswer(*q, answer);
    QCOMPARE(verdict.valid, valid);
    QCOMPARE(verdict.correct, correct);
    QVERIFY2(qAbs(verdict.credit - credit) < 1e-12, qPrintable(QString::number(verdict.credit)));
    QCOMPARE(verdict.feedback, feedback);
    QCOMPARE(verdict.explanation, u"explanation of "_s + itemId);
}

using Answers = QMap<QString, QuizAnswer>;

void TestQuizScoring::summarise_data()
{
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<int>("answered");
    QTest::addColumn<int>("correct");
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("trueAccuracy");
    QTest::addColumn<double>("falseAccuracy");
    QTest::addColumn<int>("trueAnswered");
    QTest::addColumn<int>("falseAnswered");
    QTest::addColumn<int>("trueCorrect");
    QTest::addColumn<int>("falseCorrect");
    QTest::addColumn<QStringList>("criteria");

    const QStringList tf{u"t1"_s, u"t2"_s, u"f1"_s, u"f2"_s, u"f3"_s};
    Answers allFalse, allTrue, discerning, gullible;
    for (const QString &id : tf) {
        allFalse.insert(id, say(false));
        allTrue.insert(id, say(true));
        discerning.insert(id, say(id.startsWith(u't')));
    }
    gullible = allTrue;
    gullible.insert(u"f3"_s, say(false));

    // Blanket scepticism: 3 of 5 right overall, but no true statement accepted.
    QTest::addRow("says false to everything") << allFalse << 5 << 3 << 3.0 << 0.0 << 1.0 << 2 << 3 << 0 << 3 << QStringList{u"corroboration=3.0000/5"_s};
    QTest::addRow("says true to everything") << allTrue << 5 << 2 << 2.0 << 1.0 << 0.0 << 2 << 3 << 2 << 0 << QStringList{u"corroboration=2.0000/5"_s};
    QTest::addRow("discerning") << discerning << 5 << 5 << 5.0 << 1.0 << 1.0 << 2 << 3 << 2 << 3 << QStringList{u"corroboration=5.0000/5"_s};
    QTest::addRow("one false item caught") << gullible << 5 << 3 << 3.0 << 1.0 << 1.0 / 3.0 << 2 << 3 << 2 << 1 << QStringList{u"corroboration=3.0000/5"_s};
    QTest::addRow("only false items") << Answers{{u"f1"_s, say(false)}, {u"f2"_s, say(true)}} << 2 << 1 << 1.0 << -1.0 << 0.5 << 0 << 2 << 0 << 1
                                      << QStringList{u"corroboration=1.0000/2"_s};
    QTest::addRow("nothing answered") << Answers() << 0 << 0 << 0.0 << -1.0 << -1.0 << 0 << 0 << 0 << 0 << QStringList();

    // single right (1), highlight two of three (2/3), rank first two swapped
    // (5/6), pair wrong (0); an invalid answer, an unknown id and an item of an
    // unknown type are left out.
    const Answers mixed{{u"single"_s, choose(u"b"_s)},
                        {u"highlight"_s, mark({0, 1})},
                        {u"rank"_s, rankAs({u"x"_s, u"w"_s, u"y"_s, u"z"_s})},
                        {u"pair"_s, rankAs({u"q"_s, u"p"_s})},
                        {u"evidence"_s, choose(u"nope"_s)},
                        {u"no-such-item"_s, choose(u"b"_s)},
                        {u"odd"_s, choose(u"a"_s)}};
    QTest::addRow("partial credit and criteria") << mixed << 4 << 1 << 1.0 + 2.0 / 3.0 + 5.0 / 6.0 << -1.0 << -1.0 << 0 << 0 << 0 << 0
                                                 << QStringList{u"evidence-offered=1.8333/2"_s, u"hedging=0.6667/1"_s, u"named-vs-anonymous=1.0000/2"_s};
}

void TestQuizScoring::summarise()
{
    QFETCH(Answers, answers);
    QFETCH(int, answered);
    QFETCH(int, correct);
    QFETCH(double, score);
    QFETCH(double, trueAccuracy);
    QFETCH(double, falseAccuracy);
    QFETCH(int, trueAnswered);
    QFETCH(int, falseAnswered);
    QFETCH(int, trueCorrect);
    QFETCH(int, falseCorrect);
    QFETCH(QStringList, criteria);
    const QuizSummary s = Claimscope::summarise(quizCase(), answers);
    QCOMPARE(s.answered, answered);
    QCOMPARE(s.correct, correct);
    QVERIFY2(qAbs(s.score - score) < 1e-12, qPrintable(QString::number(s.score)));
    QVERIFY2(qAbs(s.trueItemAccuracy - trueAccuracy) < 1e-12, qPrintable(QString::number(s.trueItemAccuracy)));
    QVERIFY2(qAbs(s.falseItemAccuracy - falseAccuracy) < 1e-12, qPrintable(QString::number(s.falseItemAccuracy)));
    QCOMPARE(s.trueItemsAnswered, trueAnswered);
    QCOMPARE(s.falseItemsAnswered, falseAnswered);
    QCOMPARE(s.trueItemsCorrect, trueCorrect);
    QCOMPARE(s.falseItemsCorrect, falseCorrect);
    QCOMPARE(criteriaText(s), criteria);
}

void TestQuizScoring::criterionResults_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<QStringList>("rows"); // "criterion items answered credit fraction", in rubric order

    const QStringList all{u"single"_s, u"evidence"_s, u"highlight"_s, u"rank"_s, u"pair"_s, u"t1"_s, u"t2"_s, u"f1"_s, u"f2"_s, u"f3"_s, u"odd"_s};
    const Answers mixed{{u"single"_s, choose(u"b"_s)},
                        {u"highlight"_s, mark({0, 1})},
                        {u"rank"_s, rankAs({u"x"_s, u"w"_s, u"y"_s, u"z"_s})},
                        {u"pair"_s, rankAs({u"q"_s, u"p"_s})}};
    // The rubric lists hedging first and has a criterion no item trains: rows
    // follow the rubric, and a criterion with no item in the set has no row.
    QTest::addRow("every item, some answered") << all << mixed
                                               << QStringList{u"hedging 2 1 0.6667 0.6667"_s,
                                                              u"evidence-offered 3 2 1.8333 0.9167"_s,
                                                              u"named-vs-anonymous 2 2 1.0000 0.5000"_s,
                                                              u"corroboration 5 0 0.0000 -1.0000"_s};
    QTest::addRow("true-false items only") << QStringList{u"t1"_s, u"f1"_s} << Answers{{u"t1"_s, say(true)}, {u"f1"_s, say(true)}}
                                           << QStringList{u"corroboration 2 2 1.0000 0.5000"_s};
    QTest::addRow("unknown item ignored") << QStringList{u"no-such-item"_s, u"pair"_s} << Answers() << QStringList{u"named-vs-anonymous 1 0 0.0000 -1.0000"_s};
    QTest::addRow("no items") << QStringList() << mixed << QStringList();
}

void TestQuizScoring::criterionResults()
{
    QFETCH(QStringList, items);
    QFETCH(Answers, answers);
    QFETCH(QStringList, rows);
    CaseData data = quizCase();
    for (const QString &id : {u"hedging"_s, u"evidence-offered"_s, u"named-vs-anonymous"_s, u"unused"_s, u"corroboration"_s})
        data.criteria.append(Criterion{.id = id, .title = id.toUpper()});
    QStringList actual;
    for (const CriterionResult &r : Claimscope::criterionResults(data, items, Claimscope::summarise(data, answers))) {
        QCOMPARE(r.criterion->title, r.criterion->id.toUpper()); // points into the rubric
        actual << r.criterion->id + u' ' + QString::number(r.items) + u' ' + QString::number(r.answered) + u' ' + QString::number(r.credit, 'f', 4) + u' ' +
                QString::number(r.fraction(), 'f', 4);
    }
    QCOMPARE(actual, rows);
}

// Every item of the shipped case, answered with its own key, scores full marks.
void TestQuizScoring::defaultCaseKey()
{
    const LoadResult result = CaseLoader().load(CaseLoader::defaultCasePath());
    QVERIFY(!result.data.quizItems.isEmpty());
    Answers key;
    for (const QuizItem &q : result.data.quizItems) {
        QuizAnswer a;
        if (q.type == Quiz::Type::TrueFalse) {
            a.truth = q.answer;
        } else if (q.type == Quiz::Type::Rank) {
            a.order = q.order;
        } else {
            for (qsizetype i = 0; i < q.choices.size(); ++i) {
                if (q.choices.at(i).correct) {
                    a.choice = q.choices.at(i).id;
                    a.spans << int(i);
                }
            }
        }
        const QuizVerdict v = Claimscope::scoreAnswer(q, a);
        QVERIFY2(v.valid && v.correct && v.credit == 1.0, qPrintable(q.id));
        QVERIFY2(!v.feedback.isEmpty(), qPrintable(q.id));
        key.insert(q.id, a);
    }
    const QuizSummary s = Claimscope::summarise(result.data, key);
    QCOMPARE(s.answered, result.data.quizItems.size());
    QCOMPARE(s.correct, s.answered);
    QCOMPARE(s.trueItemAccuracy, 1.0);
    QCOMPARE(s.falseItemAccuracy, 1.0);
}

// Expected counts from content/sony-hack/quiz.json (4 true and 4 false
// statements): update them when the quiz changes.
void TestQuizScoring::defaultCaseDiscernment_data()
{
    QTest::addColumn<bool>("truth");
    QTest::addColumn<double>("trueAccuracy");
    QTest::addColumn<double>("falseAccuracy");
    QTest::addRow("always false") << false << 0.0 << 1.0;
    QTest::addRow("always true") << true << 1.0 << 0.0;
}

void TestQuizScoring::defaultCaseDiscernment()
{
    QFETCH(bool, truth);
    QFETCH(double, trueAccuracy);
    QFETCH(double, falseAccuracy);
    const LoadResult result = CaseLoader().load(CaseLoader::defaultCasePath());
    Answers answers;
    for (const QuizItem &q : result.data.quizItems) {
        if (q.type == Quiz::Type::TrueFalse)
            answers.insert(q.id, say(truth));
    }
    const QuizSummary s = Claimscope::summarise(result.data, answers);
    QCOMPARE(s.answered, 10);
    QCOMPARE(s.correct, 5);
    QCOMPARE(s.trueItemsAnswered, 5);
    QCOMPARE(s.falseItemsAnswered, 5);
    QCOMPARE(s.trueItemAccuracy, trueAccuracy);
    QCOMPARE(s.falseItemAccuracy, falseAccuracy);
}

QTEST_GUILESS_MAIN(TestQuizScoring)
#include "tst_quizscoring.moc"
