// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/datetext.h"
#include "common/timeaxis.h"
#include "coverage/coverageseries.h"

#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using namespace TestSupport;

namespace {

Claim claim(const QString &id, QDate date)
{
    return makeClaim(id, date, u"a"_s, {}, u"blames"_s, u"named"_s);
}

/// A case over three years, as a teacher might write one: its period runs
/// from 1 Jan 2023 to 31 Dec 2025, one claim comes long before the first
/// phase, twenty days of March 2024 are busy, and one claim comes in the
/// last phase, which ends before the period does.
CaseData yearsCase()
{
    CaseData data;
    data.info.periodStart = QDate(2023, 1, 1);
    data.info.periodEnd = QDate(2025, 12, 31);
    data.claims << claim(u"early"_s, QDate(2023, 6, 1));
    for (int day = 1; day <= 20; day += 1)
        data.claims << claim(u"m%1"_s.arg(day), QDate(2024, 3, day));
    data.claims << claim(u"late"_s, QDate(2025, 9, 30));
    Phase first;
    first.id = u"first"_s;
    first.start = QDate(2024, 2, 1);
    first.end = QDate(2024, 4, 30);
    Phase last;
    last.id = u"last"_s;
    last.start = QDate(2025, 9, 1);
    last.end = QDate(2025, 9, 30);
    data.phases = {first, last};
    Event e;
    e.id = u"e"_s;
    e.date = CaseDate{QDate(2024, 3, 10), DatePrecision::Day, {}};
    e.phase = u"first"_s;
    data.events = {e};
    return data;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestTimeAxis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void range_data();
    void range();
    void day_data();
    void day();
    void yearsCaseBreaks();
    void yearsCasePositions_data();
    void yearsCasePositions();
    void inverseOfEveryDay();
    void linearWithoutQuiet();
    void degenerate();
    void shippedAxis();
    void tickDays_data();
    void tickDays();
    void tickDaysKeepTheirDistance();
    void nothingFallsOffTheCoverage();
};

void TestTimeAxis::range_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("text");
    QTest::addRow("one day") << QDate(2014, 12, 17) << QDate(2014, 12, 17) << u"17 Dec 2014"_s;
    QTest::addRow("no end") << QDate(2014, 12, 17) << QDate() << u"17 Dec 2014"_s;
    QTest::addRow("no start") << QDate() << QDate(2014, 12, 17) << QString();
    QTest::addRow("same month") << QDate(2014, 12, 10) << QDate(2014, 12, 11) << u"10–11 Dec 2014"_s;
    QTest::addRow("same year") << QDate(2014, 11, 24) << QDate(2014, 12, 7) << u"24 Nov – 7 Dec 2014"_s;
    QTest::addRow("across new year") << QDate(2014, 12, 28) << QDate(2015, 1, 4) << u"28 Dec 2014 – 4 Jan 2015"_s;
    QTest::addRow("years apart") << QDate(2023, 6, 1) << QDate(2025, 9, 30) << u"1 Jun 2023 – 30 Sep 2025"_s;
    QTest::addRow("same month, other year") << QDate(2023, 6, 1) << QDate(2024, 6, 30) << u"1 Jun 2023 – 30 Jun 2024"_s;
}

void TestTimeAxis::range()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, text);
    QCOMPARE(DateText::range(first, last), text);
    if (first.isValid()) // a claim's span reads the same
        QCOMPARE((CaseDate{first, DatePrecision::Day, last}).display(), text);
}

void TestTimeAxis::day_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<bool>("crosses");
    QTest::addColumn<QString>("label"); ///< of `last` on an axis from `first` to `last`
    QTest::addRow("within a year") << QDate(2014, 6, 25) << QDate(2014, 12, 31) << false << u"31 Dec"_s;
    QTest::addRow("across a year") << QDate(2014, 6, 25) << QDate(2015, 2, 5) << true << u"5 Feb 2015"_s;
}

void TestTimeAxis::day()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(bool, crosses);
    QFETCH(QString, label);
    QCOMPARE(DateText::crossesYear(first, last), crosses);
    const TimeAxis axis(first, last, {});
    QCOMPARE(axis.crossesYear(), crosses);
    QCOMPARE(axis.label(last), label);
    QCOMPARE(DateText::day(last, crosses), label);
}

void TestTimeAxis::yearsCaseBreaks()
{
    const TimeAxis axis = TimeAxis::forCase(yearsCase());
    // The period, not the first claim or phase, bounds the axis.
    QCOMPARE(axis.first(), QDate(2023, 1, 1));
    QCOMPARE(axis.last(), QDate(2025, 12, 31));
    QCOMPARE(axis.dayCount(), 1096);
    // Quiet from 55 days (5 % of 1096); each quiet stretch takes 3 days of
    // length, March 2024 its 19: 31 days of length in all.
    QStringList breaks;
    for (const TimeAxis::Break &b : axis.breaks()) {
        breaks << DateText::range(b.first, b.last) + u" at "_s + QString::number(b.position * 31.0, 'g', 12) + u" from "_s +
                QString::number(b.start * 31.0, 'g', 12) + u" to "_s + QString::number(b.end * 31.0, 'g', 12);
    }
    QCOMPARE(breaks,
             (QStringList{u"2 Jan – 31 May 2023 at 1.5 from 0 to 3"_s,
                          u"2 Jun 2023 – 29 Feb 2024 at 4.5 from 3 to 6"_s,
                          u"21 Mar 2024 – 29 Sep 2025 at 26.5 from 25 to 28"_s,
                          u"1 Oct – 30 Dec 2025 at 29.5 from 28 to 31"_s}));
}

void TestTimeAxis::yearsCasePositions_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("length"); ///< days of length from the start, of 31
    QTest::addRow("start of the period") << QDate(2023, 1, 1) << 0.0;
    QTest::addRow("claim before the first phase") << QDate(2023, 6, 1) << 3.0;
    QTest::addRow("middle of a quiet stretch") << QDate(2023, 10, 16) << 3.0 + 3.0 * 137.0 / 274.0;
    QTest::addRow("first busy day of March") << QDate(2024, 3, 1) << 6.0;
    QTest::addRow("a busy day") << QDate(2024, 3, 10) << 15.0;
    QTest::addRow("last busy day of March") << QDate(2024, 3, 20) << 25.0;
    QTest::addRow("the late claim") << QDate(2025, 9, 30) << 28.0;
    QTest::addRow("end of the period") << QDate(2025, 12, 31) << 31.0;
    QTest::addRow("before the axis: held to 0") << QDate(2020, 1, 1) << 0.0;
    QTest::addRow("after the axis: held to 1") << QDate(2030, 1, 1) << 31.0;
}

void TestTimeAxis::yearsCasePositions()
{
    QFETCH(QDate, date);
    QFETCH(double, length);
    const TimeAxis axis = TimeAxis::forCase(yearsCase());
    const double position = axis.position(date);
    QVERIFY2(near(position, length / 31.0), qPrintable(QString::number(position * 31.0, 'g', 15)));
    // Twenty busy days in March take 61 % of the axis, not the 1.7 % of a linear one.
    QVERIFY(axis.position(QDate(2024, 3, 20)) - axis.position(QDate(2024, 3, 1)) > 0.6);
}

void TestTimeAxis::inverseOfEveryDay()
{
    const TimeAxis axis = TimeAxis::forCase(yearsCase());
    double previous = -1.0;
    for (QDate d = axis.first(); d <= axis.last(); d = d.addDays(1)) {
        const double p = axis.position(d);
        QVERIFY2(p > previous, qPrintable(d.toString(Qt::ISODate))); // strictly increasing, so a scrubber reaches every day
        QCOMPARE(axis.date(p), d);
        previous = p;
    }
    QCOMPARE(axis.date(-0.5), axis.first());
    QCOMPARE(axis.date(1.5), axis.last());
    // Between two busy days: the nearest one.
    QCOMPARE(axis.date(15.4 / 31.0), QDate(2024, 3, 10));
    QCOMPARE(axis.date(15.6 / 31.0), QDate(2024, 3, 11));
}

void TestTimeAxis::linearWithoutQuiet()
{
    // Gaps of 10 days stay below the 14-day threshold: the axis is the calendar.
    const QList<QDate> busy{QDate(2024, 1, 11), QDate(2024, 1, 21)};
    const TimeAxis axis(QDate(2024, 1, 1), QDate(2024, 1, 31), busy);
    QVERIFY(axis.breaks().isEmpty());
    for (int day = 0; day < 31; ++day)
        QVERIFY(near(axis.position(QDate(2024, 1, 1).addDays(day)), day / 30.0));
    // Given the wrong way round, the same axis.
    const TimeAxis swapped(QDate(2024, 1, 31), QDate(2024, 1, 1), busy);
    QCOMPARE(swapped.first(), QDate(2024, 1, 1));
    QVERIFY(near(swapped.position(QDate(2024, 1, 16)), 0.5));
    // Options: a smaller threshold squeezes the same gaps.
    const TimeAxis tight(QDate(2024, 1, 1), QDate(2024, 1, 31), busy, TimeAxis::Options{5, 0.0, 2.0});
    QCOMPARE(tight.breaks().size(), 3);
    QVERIFY(near(tight.position(QDate(2024, 1, 11)), 1.0 / 3.0));
}

void TestTimeAxis::degenerate()
{
    const TimeAxis none;
    QVERIFY(!none.isValid());
    QCOMPARE(none.dayCount(), 0);
    QCOMPARE(none.position(QDate(2024, 1, 1)), 0.0);
    QVERIFY(!none.date(0.5).isValid());
    const TimeAxis oneDay(QDate(2024, 1, 1), QDate(2024, 1, 1), {QDate(2024, 1, 1)});
    QCOMPARE(oneDay.dayCount(), 1);
    QCOMPARE(oneDay.position(QDate(2024, 1, 1)), 0.0);
    QCOMPARE(oneDay.date(0.7), QDate(2024, 1, 1));
    QVERIFY(!TimeAxis::forCase(CaseData()).isValid());
}

void TestTimeAxis::shippedAxis()
{
    const TimeAxis axis = TimeAxis::forCase(TestSupport::shippedCase());
    QCOMPARE(axis.first(), QDate(2014, 6, 25));
    QCOMPARE(axis.last(), QDate(2015, 2, 5));
    QVERIFY(axis.crossesYear());
    QCOMPARE(axis.label(QDate(2014, 12, 17)), u"17 Dec 2014"_s);
    // June to November (one claim, one event) and late January are squeezed:
    // 64 days of length, of which the lesson's December takes most.
    QCOMPARE(axis.breaks().size(), 2);
    QCOMPARE(DateText::range(axis.breaks().at(0).first, axis.breaks().at(0).last), u"26 Jun – 20 Nov 2014"_s);
    QCOMPARE(DateText::range(axis.breaks().at(1).first, axis.breaks().at(1).last), u"19 Jan – 4 Feb 2015"_s);
    QVERIFY(near(axis.position(QDate(2014, 11, 21)), 3.0 / 64.0));
    QVERIFY(near(axis.position(QDate(2014, 12, 17)), 29.0 / 64.0));
    QVERIFY(near(axis.position(QDate(2015, 1, 7)), 50.0 / 64.0));
}

void TestTimeAxis::tickDays_data()
{
    QTest::addColumn<bool>("shipped"); ///< the shipped case's axis, or the case over three years
    QTest::addColumn<int>("maxCount");
    QTest::addColumn<QStringList>("labels");
    QTest::addRow("shipped, room for one") << true << 1 << QStringList{u"25 Jun 2014"_s};
    QTest::addRow("shipped, room for two") << true << 2 << QStringList{u"25 Jun 2014"_s, u"5 Feb 2015"_s};
    // A fifth apart: 1 Dec (13/64), 15 Dec (27/64), 1 Jan (44/64) fit
    // between the ends; 21 Nov and 18 Jan, beside the breaks, are too close to them.
    QTest::addRow("shipped, room for six") << true << 6 << QStringList{u"25 Jun 2014"_s, u"1 Dec 2014"_s, u"15 Dec 2014"_s, u"1 Jan 2015"_s, u"5 Feb 2015"_s};
    // Every new year lies in a squeezed stretch near an end: only busy March
    // has room, and its 15th (20/31) is the first day offered there.
    QTest::addRow("three years, room for five") << false << 5 << QStringList{u"1 Jan 2023"_s, u"15 Mar 2024"_s, u"31 Dec 2025"_s};
    QTest::addRow("no room") << true << 0 << QStringList{};
}

void TestTimeAxis::tickDays()
{
    QFETCH(bool, shipped);
    QFETCH(int, maxCount);
    QFETCH(QStringList, labels);
    const TimeAxis axis = TimeAxis::forCase(shipped ? TestSupport::shippedCase() : yearsCase());
    QStringList got;
    for (const QDate &d : axis.tickDays(maxCount))
        got << axis.label(d);
    QCOMPARE(got, labels);
}

void TestTimeAxis::tickDaysKeepTheirDistance()
{
    for (const CaseData &data : {TestSupport::shippedCase(), yearsCase()}) {
        const TimeAxis axis = TimeAxis::forCase(data);
        for (int maxCount = 1; maxCount <= 40; ++maxCount) {
            const QList<QDate> days = axis.tickDays(maxCount);
            QVERIFY(!days.isEmpty());
            QVERIFY(days.size() <= maxCount);
            QCOMPARE(days.first(), axis.first());
            for (qsizetype i = 1; i < days.size(); ++i) {
                QVERIFY(days.at(i - 1) < days.at(i));
                if (maxCount > 1)
                    QVERIFY(axis.position(days.at(i)) - axis.position(days.at(i - 1)) >= 1.0 / (maxCount - 1) - 1e-9);
            }
        }
    }
}

// A claim before the first phase stays on the coverage's timeline, and so
// does a step dated in the period after the last claim: neither is moved.
void TestTimeAxis::nothingFallsOffTheCoverage()
{
    const CoverageSeries series(yearsCase());
    QCOMPARE(series.firstDate(), QDate(2023, 1, 1));
    QCOMPARE(series.lastDate(), QDate(2025, 12, 31));
    QCOMPARE(series.days().size(), 1096);
    QCOMPARE(series.days().at(QDate(2023, 1, 1).daysTo(QDate(2023, 6, 1))).total, 1);
    int total = 0;
    for (const CoverageSeries::Day &d : series.days())
        total += d.total;
    QCOMPARE(total, 22);
    const CoverageSeries shipped(TestSupport::shippedCase());
    QCOMPARE(shipped.firstDate(), QDate(2014, 6, 25)); // the Foreign Ministry's threat, five months before the first phase
    QCOMPARE(shipped.days().first().total, 1);
}

QTEST_GUILESS_MAIN(TestTimeAxis)
#include "tst_timeaxis.moc"
