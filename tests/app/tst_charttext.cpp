// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The sentence a screen reader hears for a bar chart: the largest bar, what
// it is made of, the next two; nothing to show said plainly.
#include "common/charttext.h"

#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QTest>

using namespace Qt::StringLiterals;

using Sets = QList<std::pair<QString, QList<qreal>>>;
Q_DECLARE_METATYPE(Sets)

class TestChartText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barSummary_data();
    void barSummary();
    void notASeries();
};

void TestChartText::barSummary_data()
{
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<Sets>("sets");
    QTest::addColumn<QString>("expected");

    const QStringList pairs{u"A → B"_s, u"C → D"_s, u"E → F"_s, u"G → H"_s};
    QTest::addRow("stacked, largest with its parts and two runners-up")
        << pairs << Sets{{u"None"_s, {1, 9, 2, 0}}, {u"Documents"_s, {0, 4, 3, 1}}}
        << u"Of 4 bars, C → D is the largest with 13 (None 9, Documents 4); then E → F 5, A → B 1."_s;
    QTest::addRow("a part of none is left out") << pairs << Sets{{u"None"_s, {0, 0, 0, 2}}, {u"Documents"_s, {0, 1, 0, 3}}}
                                                << u"Of 4 bars, G → H is the largest with 5 (None 2, Documents 3); then C → D 1."_s;
    QTest::addRow("one set has no parts to name") << pairs.mid(0, 2) << Sets{{u"Claims"_s, {3, 7}}}
                                                  << u"Of 2 bars, C → D is the largest with 7; then A → B 3."_s;
    QTest::addRow("one bar") << pairs.mid(0, 1) << Sets{{u"Claims"_s, {3}}} << u"Of 1 bar, A → B is the largest with 3."_s;
    QTest::addRow("a tie goes to the first") << pairs.mid(0, 2) << Sets{{u"Claims"_s, {4, 4}}} << u"Of 2 bars, A → B is the largest with 4; then C → D 4."_s;
    QTest::addRow("all zero") << pairs << Sets{{u"Claims"_s, {0, 0, 0, 0}}} << u"No bars to show."_s;
    QTest::addRow("no categories") << QStringList{} << Sets{} << u"No bars to show."_s;
}

void TestChartText::barSummary()
{
    QFETCH(QStringList, categories);
    QFETCH(Sets, sets);
    QFETCH(QString, expected);
    QHorizontalStackedBarSeries series;
    for (const auto &[label, values] : sets) {
        auto *set = new QBarSet(label);
        set->append(values);
        series.append(set);
    }
    QCOMPARE(ChartText::barSummary(&series, categories), expected);
}

void TestChartText::notASeries()
{
    QObject other;
    QCOMPARE(ChartText::barSummary(&other, {u"A"_s}), u"No bars to show."_s);
    QCOMPARE(ChartText::barSummary(nullptr, {u"A"_s}), u"No bars to show."_s);
}

QTEST_MAIN(TestChartText)
#include "tst_charttext.moc"
