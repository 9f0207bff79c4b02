// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/resultsformatter.h"

#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/// A result with `answered` of `items` answered, `correct` fully right, and
/// the true and false statements as given (answered, judged right, in all).
QuizResult result(int items, int answered, int correct, double score, QList<int> trueCounts = {0, 0, 0}, QList<int> falseCounts = {0, 0, 0})
{
    QuizResult r;
    r.items = items;
    r.answered = answered;
    r.correct = correct;
    r.score = score;
    r.trueAnswered = trueCounts.at(0);
    r.trueCorrect = trueCounts.at(1);
    r.trueItems = trueCounts.at(2);
    r.falseAnswered = falseCounts.at(0);
    r.falseCorrect = falseCounts.at(1);
    r.falseItems = falseCounts.at(2);
    r.trueAccuracy = r.trueAnswered > 0 ? double(r.trueCorrect) / r.trueAnswered : -1.0;
    r.falseAccuracy = r.falseAnswered > 0 ? double(r.falseCorrect) / r.falseAnswered : -1.0;
    return r;
}
} // namespace

// The one wording of results: the quiz summary, the results page and the
// PDF report all take theirs from here.
class TestResultsFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void percent_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QString>("text");
        QTest::addRow("nothing to measure") << -1.0 << u"–"_s;
        QTest::addRow("zero") << 0.0 << u"0%"_s;
        QTest::addRow("two thirds") << 2.0 / 3.0 << u"67%"_s;
        QTest::addRow("half rounds up") << 0.125 << u"13%"_s;
        QTest::addRow("all") << 1.0 << u"100%"_s;
    }
    void percent()
    {
        QFETCH(double, fraction);
        QFETCH(QString, text);
        QCOMPARE(ResultsFormatter::percent(fraction), text);
    }

    void points_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("text");
        QTest::addRow("whole") << 3.0 << u"3"_s;
        QTest::addRow("zero") << 0.0 << u"0"_s;
        QTest::addRow("a half") << 2.5 << u"2.5"_s;
        QTest::addRow("two decimals round to one") << 19.1667 << u"19.2"_s;
        QTest::addRow("rounds to a whole number") << 2.96 << u"3"_s;
        QTest::addRow("rounds down") << 2.94 << u"2.9"_s;
    }
    void points()
    {
        QFETCH(double, score);
        QFETCH(QString, text);
        QCOMPARE(ResultsFormatter::points(score), text);
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("nothing") << qint64(0) << u"under a minute"_s;
        QTest::addRow("29 seconds") << qint64(29) << u"under a minute"_s;
        QTest::addRow("30 seconds round up") << qint64(30) << u"1 min"_s;
        QTest::addRow("53 minutes") << qint64(53 * 60 + 10) << u"53 min"_s;
        QTest::addRow("an hour and five") << qint64(65 * 60) << u"1 h 05 min"_s;
        QTest::addRow("two hours") << qint64(120 * 60 + 20) << u"2 h 00 min"_s;
    }
    void duration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(ResultsFormatter::duration(seconds), text);
    }

    void sentences_data()
    {
        QTest::addColumn<QuizResult>("result");
        QTest::addColumn<QString>("score");
        QTest::addColumn<QString>("answered");
        QTest::addColumn<QString>("discernment");
        QTest::addColumn<QString>("statements");

        QTest::addRow("all answered, both kinds") << result(6, 6, 4, 3.5, {1, 0, 1}, {1, 1, 1}) << u"3.5 of 6 points"_s
                                                  << u"You answered all 6 questions; 4 fully right."_s
                                                  << u"You judged 0 of 1 true statements correctly and 1 of 1 false ones."_s
                                                  << u"<b>True statements:</b> 0% (0 of 1)<br/><b>False statements:</b> 100% (1 of 1)"_s;
        QTest::addRow("true ones only, no false in the quiz")
            << result(3, 2, 2, 2, {2, 2, 2}, {0, 0, 0}) << u"2 of 3 points"_s << u"You answered 2 of 3 questions; 2 fully right."_s
            << u"You judged 2 of 2 true statements correctly. This quiz had no false statements."_s
            << u"<b>True statements:</b> 100% (2 of 2)<br/><b>False statements:</b> – (0 of 0)"_s;
        QTest::addRow("true ones only, false ones skipped")
            << result(4, 1, 1, 1, {1, 1, 1}, {0, 0, 2}) << u"1 of 4 points"_s << u"You answered 1 of 4 questions; 1 fully right."_s
            << u"You judged 1 of 1 true statements correctly. You did not answer the false ones."_s
            << u"<b>True statements:</b> 100% (1 of 1)<br/><b>False statements:</b> – (0 of 0)"_s;
        QTest::addRow("false ones only, no true in the quiz")
            << result(2, 2, 1, 1, {0, 0, 0}, {2, 1, 2}) << u"1 of 2 points"_s << u"You answered all 2 questions; 1 fully right."_s
            << u"You judged 1 of 2 false statements correctly. This quiz had no true statements."_s
            << u"<b>True statements:</b> – (0 of 0)<br/><b>False statements:</b> 50% (1 of 2)"_s;
        QTest::addRow("false ones only, true ones skipped")
            << result(3, 1, 0, 0, {0, 0, 2}, {1, 0, 1}) << u"0 of 3 points"_s << u"You answered 1 of 3 questions; 0 fully right."_s
            << u"You judged 0 of 1 false statements correctly. You did not answer the true ones."_s
            << u"<b>True statements:</b> – (0 of 0)<br/><b>False statements:</b> 0% (0 of 1)"_s;
        QTest::addRow("no statement answered") << result(5, 0, 0, 0, {0, 0, 1}, {0, 0, 1}) << u"0 of 5 points"_s
                                               << u"You answered 0 of 5 questions; 0 fully right."_s
                                               << u"You did not answer any of the true-or-false statements."_s
                                               << u"<b>True statements:</b> – (0 of 0)<br/><b>False statements:</b> – (0 of 0)"_s;
    }
    void sentences()
    {
        QFETCH(QuizResult, result);
        QFETCH(QString, score);
        QFETCH(QString, answered);
        QFETCH(QString, discernment);
        QFETCH(QString, statements);
        QCOMPARE(ResultsFormatter::score(result), score);
        QCOMPARE(ResultsFormatter::answered(result), answered);
        QCOMPARE(ResultsFormatter::discernment(result), discernment);
        QCOMPARE(ResultsFormatter::statementsText(result), statements);
    }

    void runLine()
    {
        QuizResult r = result(23, 23, 18, 19.2);
        r.secondsSpent = 53 * 60;
        QCOMPARE(ResultsFormatter::runLine(r), u"23 of 23 answered · 18 fully right · time spent 53 min"_s);
    }

    void shares_data()
    {
        QTest::addColumn<int>("correct");
        QTest::addColumn<int>("answered");
        QTest::addColumn<QString>("share");
        QTest::addColumn<QString>("report");
        QTest::addRow("none answered") << 0 << 0 << u"0 of 0 (–)"_s << u"none answered"_s;
        QTest::addRow("none right") << 0 << 4 << u"0 of 4 (0%)"_s << u"0% (4 answered)"_s;
        QTest::addRow("three of four") << 3 << 4 << u"3 of 4 (75%)"_s << u"75% (4 answered)"_s;
    }
    void shares()
    {
        QFETCH(int, correct);
        QFETCH(int, answered);
        QFETCH(QString, share);
        QFETCH(QString, report);
        const double accuracy = answered > 0 ? double(correct) / answered : -1.0;
        QCOMPARE(ResultsFormatter::statementShare(correct, answered, accuracy), share);
        QCOMPARE(ResultsFormatter::statementsAnswered(accuracy, answered), report);
        QCOMPARE(ResultsFormatter::countOf(correct, answered), u"%1 of %2"_s.arg(correct).arg(answered));
    }

    void criterionPoints_data()
    {
        QTest::addColumn<CriterionScore>("criterion");
        QTest::addColumn<QString>("text");
        QTest::addRow("not answered") << CriterionScore{u"c"_s, u"C"_s, {}, 0.0, 0, 3, -1.0} << u"not answered"_s;
        QTest::addRow("one point") << CriterionScore{u"c"_s, u"C"_s, {}, 1.0, 1, 3, 1.0} << u"1 of 1 point (100%)"_s;
        QTest::addRow("partial credit") << CriterionScore{u"c"_s, u"C"_s, {}, 1.5, 3, 3, 0.5} << u"1.5 of 3 points (50%)"_s;
    }
    void criterionPoints()
    {
        QFETCH(CriterionScore, criterion);
        QFETCH(QString, text);
        QCOMPARE(ResultsFormatter::criterionPoints(criterion), text);
    }

    // In a language with its own digits every number of a line is written in
    // them: "١٩٫٢ of ٢٣ points", never "١٩٫٢ of 23 points".
    void oneKindOfDigits_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("zero");
        QTest::addRow("Arabic (Egypt)") << u"ar_EG"_s << u"٠"_s;
        QTest::addRow("Persian") << u"fa_IR"_s << u"۰"_s;
        QTest::addRow("German") << u"de_DE"_s << u"0"_s;
    }
    void oneKindOfDigits()
    {
        QFETCH(QString, locale);
        QFETCH(QString, zero);
        QLocale::setDefault(QLocale(locale));
        auto cleanup = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        QuizResult r = result(23, 21, 18, 19.2, {4, 3, 4}, {4, 4, 4});
        r.secondsSpent = 75 * 60;
        const QString lines[] = {ResultsFormatter::score(r),
                                 ResultsFormatter::runLine(r),
                                 ResultsFormatter::statementShare(3, 4, 0.75),
                                 ResultsFormatter::statementsAnswered(0.75, 4),
                                 ResultsFormatter::countOf(5, 10),
                                 ResultsFormatter::duration(75 * 60),
                                 ResultsFormatter::criterionPoints(CriterionScore{u"c"_s, u"C"_s, {}, 1.5, 3, 3, 0.5})};
        const char16_t first = zero.at(0).unicode();
        for (const QString &line : lines) {
            bool digits = false;
            for (const QChar c : line) {
                if (!c.isDigit())
                    continue;
                digits = true;
                QVERIFY2(c.unicode() >= first && c.unicode() <= first + 9, qPrintable(line));
            }
            QVERIFY2(digits, qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestResultsFormatter)
#include "tst_resultsformatter.moc"
