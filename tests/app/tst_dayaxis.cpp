// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/dayaxis.h"
#include "coverage/coveragebars.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/// The scrubbers' and the coverage chart's day axis, and the chart's y range.
class TestDayAxis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positions_data();
    void positions();
    void labels_data();
    void labels();
    void rebuildsOnInput();
    void yScale_data();
    void yScale();
};

namespace {

/// An axis over `days` days from `first`, busy on `busy`.
std::unique_ptr<DayAxis> makeAxis(const QDate &first, int days, const QList<int> &busy, int ticks = 6)
{
    auto axis = std::make_unique<DayAxis>();
    axis->setFirstDate(first);
    axis->setDayCount(days);
    axis->setBusyDays(busy);
    axis->setTickCount(ticks);
    return axis;
}

} // namespace

void TestDayAxis::positions_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<int>>("busy");
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("length"); ///< days of length before `index`
    QTest::addColumn<double>("total");  ///< days of length in all
    QTest::addColumn<int>("breaks");
    // The shipped case's days: one claim in June, then news from 21 Nov (day 149) to 18 Jan (day 207), the last day 5 Feb.
    const QList<int> shipped{0, 149, 150, 160, 170, 180, 190, 200, 207, 225};
    QTest::addRow("first day") << 226 << shipped << 0 << 0.0 << 64.0 << 2;
    QTest::addRow("after the squeezed summer") << 226 << shipped << 149 << 3.0 << 64.0 << 2;
    QTest::addRow("a busy day") << 226 << shipped << 175 << 29.0 << 64.0 << 2;
    QTest::addRow("last day") << 226 << shipped << 225 << 64.0 << 64.0 << 2;
    QTest::addRow("inside a break: between its ends") << 226 << shipped << 74 << 3.0 * 74.0 / 149.0 << 64.0 << 2;
    // Three years with one busy week in the middle: the week takes most of the length.
    QTest::addRow("years, the busy week") << 1096 << QList<int>{500, 501, 502, 503, 504, 505, 506} << 503 << 6.0 << 12.0 << 2;
    QTest::addRow("ten days without news: the calendar") << 10 << QList<int>{} << 5 << 5.0 << 9.0 << 0;
}

void TestDayAxis::positions()
{
    QFETCH(int, days);
    QFETCH(QList<int>, busy);
    QFETCH(int, index);
    QFETCH(double, length);
    QFETCH(double, total);
    QFETCH(int, breaks);
    const auto axis = makeAxis(QDate(2014, 6, 25), days, busy);
    QCOMPARE(axis->positions().size(), days);
    QVERIFY2(qAbs(axis->position(index) - length / total) < 1e-9, qPrintable(QString::number(axis->position(index) * total)));
    QCOMPARE(axis->positions().at(index), axis->position(index));
    QCOMPARE(axis->breaks().size(), breaks);
    QCOMPARE(axis->indexAt(axis->position(index)), index);
    QVERIFY(qAbs(axis->dayLength() - 1.0 / total) < 1e-9);
    // Held to the ends.
    QCOMPARE(axis->position(-5), 0.0);
    QCOMPARE(axis->position(days + 5), 1.0);
}

void TestDayAxis::labels_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("days");
    QTest::addColumn<QStringList>("ticks");
    QTest::addColumn<QString>("breakText");
    QTest::addRow("across a year") << QDate(2014, 6, 25) << 226
                                   << QStringList{u"25 Jun 2014"_s, u"1 Dec 2014"_s, u"15 Dec 2014"_s, u"1 Jan 2015"_s, u"5 Feb 2015"_s}
                                   << u"No claims or events 26 Jun – 20 Nov 2014"_s;
    QTest::addRow("within a year") << QDate(2014, 1, 1) << 226 << QStringList{u"1 Jan"_s, u"15 Jun"_s, u"1 Jul"_s, u"15 Jul"_s, u"14 Aug"_s}
                                   << u"No claims or events 2 Jan – 29 May 2014"_s;
}

void TestDayAxis::labels()
{
    QFETCH(QDate, first);
    QFETCH(int, days);
    QFETCH(QStringList, ticks);
    QFETCH(QString, breakText);
    const auto axis = makeAxis(first, days, {0, 149, 150, 160, 170, 180, 190, 200, 207, 225});
    QStringList got;
    for (const DayAxisTick &t : axis->ticks()) {
        got << t.label;
        QCOMPARE(t.label, axis->label(t.index));
        QCOMPARE(t.position, axis->position(t.index));
    }
    QCOMPARE(got, ticks);
    QCOMPARE(axis->breaks().first().text, breakText);
    QCOMPARE(axis->crossesYear(), first.year() != first.addDays(days - 1).year());
}

void TestDayAxis::rebuildsOnInput()
{
    DayAxis axis;
    QSignalSpy changed(&axis, &DayAxis::changed);
    QVERIFY(axis.positions().isEmpty());
    QVERIFY(axis.ticks().isEmpty());
    axis.setDayCount(10);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(axis.positions().size(), 10);
    QVERIFY(axis.ticks().isEmpty()); // no date: no labels
    QVERIFY(axis.label(3).isEmpty());
    axis.setDayCount(10);
    QCOMPARE(changed.size(), 1); // nothing new
    axis.setFirstDate(QDate(2024, 12, 30));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(axis.label(3), u"2 Jan 2025"_s);
}

void TestDayAxis::yScale_data()
{
    QTest::addColumn<int>("peak");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("step");
    QTest::addRow("no claims") << 0 << 1 << 1;
    QTest::addRow("one") << 1 << 1 << 1;
    QTest::addRow("six") << 6 << 6 << 1;
    QTest::addRow("seven") << 7 << 8 << 2;
    QTest::addRow("twelve") << 12 << 12 << 2;
    QTest::addRow("the shipped case's 13") << 13 << 15 << 5;
    QTest::addRow("thirty") << 30 << 30 << 5;
    QTest::addRow("a hundred times the shipped case") << 1300 << 1500 << 500;
}

void TestDayAxis::yScale()
{
    QFETCH(int, peak);
    QFETCH(int, max);
    QFETCH(int, step);
    const CoverageBars::Scale scale = CoverageBars::scaleFor(peak);
    QCOMPARE(scale.max, max);
    QCOMPARE(scale.step, step);
    QVERIFY(scale.max >= peak);
    QVERIFY(scale.max / scale.step <= 6);
}

QTEST_MAIN(TestDayAxis)
#include "tst_dayaxis.moc"
