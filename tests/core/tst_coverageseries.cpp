// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caseloader.h"
#include "coverage/coverageseries.h"

#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using namespace TestSupport;

namespace {

Claim claim(const QString &id, QDate date, const QString &stance, const QString &attribution, DatePrecision precision = DatePrecision::Day, QDate end = {})
{
    Claim c;
    c.id = id;
    c.date = CaseDate{date, precision, end};
    c.claimant = u"someone"_s;
    c.stance = stance;
    c.attribution = attribution;
    c.evidence = u"none"_s;
    return c;
}

Phase phase(const QString &id, QDate start, QDate end)
{
    Phase p;
    p.id = id;
    p.title = id.toUpper();
    p.framing = u"framing of "_s + id;
    p.start = start;
    p.end = end;
    return p;
}

Event event(const QString &id, QDate date, const QString &phaseId, DatePrecision precision = DatePrecision::Day, QDate end = {})
{
    Event e;
    e.id = id;
    e.date = CaseDate{date, precision, end};
    e.phase = phaseId;
    return e;
}

/// Seven claims (listed out of date order, two on 10 Dec) in four phases, two
/// of which overlap (10–12 Dec); the first event comes before every claim and
/// the last after them, so the series runs 28 Nov – 20 Dec (23 days).
CaseData fixture()
{
    CaseData data;
    data.claims = {
        claim(u"c7"_s, {2014, 12, 15}, u"criticises"_s, u"state-media"_s, DatePrecision::Day, {2014, 12, 18}),
        claim(u"c1"_s, {2014, 12, 1}, u"threatens"_s, u"anonymous"_s),
        claim(u"c4"_s, {2014, 12, 10}, u"criticises"_s, u"named"_s),
        claim(u"c2"_s, {2014, 12, 5}, u"threatens"_s, u"anonymous"_s),
        claim(u"c6"_s, {2014, 12, 11}, u"threatens"_s, u"state-media"_s),
        claim(u"c3"_s, {2014, 12, 8}, u"blames"_s, u"institutional"_s, DatePrecision::Approximate),
        claim(u"c5"_s, {2014, 12, 10}, u"threatens"_s, u"named"_s),
    };
    data.phases = {
        phase(u"early"_s, {2014, 12, 1}, {2014, 12, 7}),
        phase(u"middle"_s, {2014, 12, 8}, {2014, 12, 12}),
        phase(u"overlap"_s, {2014, 12, 10}, {2014, 12, 16}),
        phase(u"late"_s, {2014, 12, 19}, {2014, 12, 22}),
    };
    data.events = {
        event(u"e1"_s, {2014, 11, 28}, u"early"_s),
        event(u"e2"_s, {2014, 12, 9}, u"middle"_s, DatePrecision::Approximate),
        event(u"e3"_s, {2014, 12, 12}, u"overlap"_s, DatePrecision::Day, {2014, 12, 14}),
        event(u"e4"_s, {2014, 12, 20}, u"late"_s),
    };
    return data;
}

/// "id total events dominant byStance byAttribution" per phase.
QStringList phasesText(const CoverageSeries &series, bool withMaps = true)
{
    QStringList lines;
    for (const CoverageSeries::PhaseSummary &p : series.phases()) {
        QString line = p.phaseId + u' ' + QString::number(p.total) + u' ' + QString::number(p.eventCount);
        if (withMaps)
            line += u' ' + p.dominantStance + u' ' + mapText(p.byStance) + u' ' + mapText(p.byAttribution);
        lines << line;
    }
    return lines;
}

/// "yyyy-MM-dd total byStance byAttribution" for the days with claims.
QStringList busyDays(const CoverageSeries &series)
{
    QStringList lines;
    for (const CoverageSeries::Day &d : series.days()) {
        if (d.total > 0 || !d.byStance.isEmpty() || !d.byAttribution.isEmpty())
            lines << d.date.toString(Qt::ISODate) + u' ' + QString::number(d.total) + u' ' + mapText(d.byStance) + u' ' + mapText(d.byAttribution);
    }
    return lines;
}

} // namespace

class TestCoverageSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void range();
    void cutoff_data();
    void cutoff();
    void daysAfterCutoffAreEmpty_data();
    void daysAfterCutoffAreEmpty();
    void scrubbingMatchesFreshSeries();
    void phaseInfo();
    void phaseAt_data();
    void phaseAt();
    void emptyCase();
    void defaultCase_data();
    void defaultCase();
    void scrubLargeCase();
};

void TestCoverageSeries::range()
{
    const CoverageSeries series(fixture());
    QCOMPARE(series.firstDate(), QDate(2014, 11, 28)); // an event, before every claim
    QCOMPARE(series.lastDate(), QDate(2014, 12, 22));  // the end of a phase, after every claim and event
    QCOMPARE(series.days().size(), 25);
    for (qsizetype i = 0; i < series.days().size(); ++i)
        QCOMPARE(series.days().at(i).date, QDate(2014, 11, 28).addDays(i));
}

void TestCoverageSeries::cutoff_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<QString>("byStance");
    QTest::addColumn<QString>("byAttribution");
    QTest::addColumn<QStringList>("phases");
    QTest::addColumn<QStringList>("days");

    const QString d1 = u"2014-12-01 1 threatens=1 anonymous=1"_s;
    const QString d5 = u"2014-12-05 1 threatens=1 anonymous=1"_s;
    const QString d8 = u"2014-12-08 1 blames=1 institutional=1"_s;
    const QString d10 = u"2014-12-10 2 criticises=1,threatens=1 named=2"_s;
    const QString d11 = u"2014-12-11 1 threatens=1 state-media=1"_s;
    const QString d15 = u"2014-12-15 1 criticises=1 state-media=1"_s;
    const QString early = u"early 2 1 threatens threatens=2 anonymous=2"_s;
    const QString all[] = {
        early,
        u"middle 4 1 threatens blames=1,criticises=1,threatens=2 institutional=1,named=2,state-media=1"_s,
        // criticises 2, threatens 2: the tie goes to threatens (vocabulary order, not alphabetical)
        u"overlap 4 1 threatens criticises=2,threatens=2 named=2,state-media=2"_s,
    };

    QTest::addRow("before everything") << QDate(2014, 11, 27) << QString() << QString()
                                       << QStringList{u"early 0 0   "_s, u"middle 0 0   "_s, u"overlap 0 0   "_s, u"late 0 0   "_s} << QStringList();
    QTest::addRow("only the first event") << QDate(2014, 11, 28) << QString() << QString()
                                          << QStringList{u"early 0 1   "_s, u"middle 0 0   "_s, u"overlap 0 0   "_s, u"late 0 0   "_s} << QStringList();
    QTest::addRow("approximate claim and event") << QDate(2014, 12, 9) << u"blames=1,threatens=2"_s << u"anonymous=2,institutional=1"_s
                                                 << QStringList{early, u"middle 1 1 blames blames=1 institutional=1"_s, u"overlap 0 0   "_s, u"late 0 0   "_s}
                                                 << QStringList{d1, d5, d8};
    QTest::addRow("first day of the overlap") << QDate(2014, 12, 10) << u"blames=1,criticises=1,threatens=3"_s << u"anonymous=2,institutional=1,named=2"_s
                                              << QStringList{early,
                                                             u"middle 3 1 blames blames=1,criticises=1,threatens=1 institutional=1,named=2"_s,
                                                             u"overlap 2 0 threatens criticises=1,threatens=1 named=2"_s,
                                                             u"late 0 0   "_s}
                                              << QStringList{d1, d5, d8, d10};
    QTest::addRow("span event counts from its first day")
        << QDate(2014, 12, 12) << u"blames=1,criticises=1,threatens=4"_s << u"anonymous=2,institutional=1,named=2,state-media=1"_s
        << QStringList{early,
                       u"middle 4 1 threatens blames=1,criticises=1,threatens=2 institutional=1,named=2,state-media=1"_s,
                       u"overlap 3 1 threatens criticises=1,threatens=2 named=2,state-media=1"_s,
                       u"late 0 0   "_s}
        << QStringList{d1, d5, d8, d10, d11};
    QTest::addRow("span claim counts from its first day")
        << QDate(2014, 12, 15) << u"blames=1,criticises=2,threatens=4"_s << u"anonymous=2,institutional=1,named=2,state-media=2"_s
        << QStringList{all[0], all[1], all[2], u"late 0 0   "_s} << QStringList{d1, d5, d8, d10, d11, d15};
    QTest::addRow("after everything") << QDate(2015, 1, 1) << u"blames=1,criticises=2,threatens=4"_s << u"anonymous=2,institutional=1,named=2,state-media=2"_s
                                      << QStringList{all[0], all[1], all[2], u"late 0 1   "_s} << QStringList{d1, d5, d8, d10, d11, d15};
    QTest::addRow("invalid: everything") << QDate() << u"blames=1,criticises=2,threatens=4"_s << u"anonymous=2,institutional=1,named=2,state-media=2"_s
                                         << QStringList{all[0], all[1], all[2], u"late 0 1   "_s} << QStringList{d1, d5, d8, d10, d11, d15};
}

void TestCoverageSeries::cutoff()
{
    QFETCH(QDate, cutoff);
    QFETCH(QString, byStance);
    QFETCH(QString, byAttribution);
    QFETCH(QStringList, phases);
    QFETCH(QStringList, days);
    CoverageSeries series(fixture());
    series.setCutoff(cutoff);
    QCOMPARE(series.cutoff(), cutoff);
    QCOMPARE(mapText(series.totalsByStance()), byStance);
    QCOMPARE(mapText(series.totalsByAttribution()), byAttribution);
    QCOMPARE(phasesText(series), phases);
    QCOMPARE(busyDays(series), days);
    QCOMPARE(series.days().size(), 25); // the range never depends on the cutoff
}

void TestCoverageSeries::daysAfterCutoffAreEmpty_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<int>("claimsUpToCutoff");
    QTest::addRow("10 Dec") << QDate(2014, 12, 10) << 5;
    QTest::addRow("9 Dec") << QDate(2014, 12, 9) << 3;
    QTest::addRow("last day") << QDate(2014, 12, 20) << 7;
}

void TestCoverageSeries::daysAfterCutoffAreEmpty()
{
    QFETCH(QDate, cutoff);
    QFETCH(int, claimsUpToCutoff);
    CoverageSeries series(fixture());
    series.setCutoff(cutoff);
    int sum = 0, zeroDays = 0;
    for (const CoverageSeries::Day &d : series.days()) {
        if (d.date > cutoff) {
            QCOMPARE(d.total, 0);
            QVERIFY(d.byStance.isEmpty());
            QVERIFY(d.byAttribution.isEmpty());
        }
        zeroDays += d.total == 0 ? 1 : 0;
        sum += d.total;
    }
    QCOMPARE(sum, claimsUpToCutoff);
    QVERIFY(zeroDays >= 19); // 25 days, at most 6 with claims
}

void TestCoverageSeries::scrubbingMatchesFreshSeries()
{
    const CaseData data = fixture();
    CoverageSeries scrubbed(data);
    QList<QDate> steps;
    for (QDate d(2014, 11, 27); d <= QDate(2014, 12, 21); d = d.addDays(1))
        steps << d;
    for (QDate d(2014, 12, 21); d >= QDate(2014, 11, 27); d = d.addDays(-4))
        steps << d;
    steps << QDate() << QDate(2014, 12, 10);
    for (const QDate &cutoff : std::as_const(steps)) {
        scrubbed.setCutoff(cutoff);
        CoverageSeries fresh(data);
        fresh.setCutoff(cutoff);
        QCOMPARE(phasesText(scrubbed), phasesText(fresh));
        QCOMPARE(busyDays(scrubbed), busyDays(fresh));
        QCOMPARE(scrubbed.totalsByAttribution(), fresh.totalsByAttribution());
    }
}

void TestCoverageSeries::phaseInfo()
{
    const CoverageSeries series(fixture());
    QCOMPARE(series.phases().size(), 4);
    const CoverageSeries::PhaseSummary &p = series.phases().at(2);
    QCOMPARE(p.phaseId, u"overlap"_s);
    QCOMPARE(p.title, u"OVERLAP"_s);
    QCOMPARE(p.framing, u"framing of overlap"_s);
    QCOMPARE(p.start, QDate(2014, 12, 10));
    QCOMPARE(p.end, QDate(2014, 12, 16));
}

void TestCoverageSeries::phaseAt_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("index");
    QTest::addRow("before every phase") << QDate(2014, 11, 30) << -1;
    QTest::addRow("first day of early") << QDate(2014, 12, 1) << 0;
    QTest::addRow("last day of early") << QDate(2014, 12, 7) << 0;
    QTest::addRow("first day of middle") << QDate(2014, 12, 8) << 1;
    QTest::addRow("overlap starts: first phase wins") << QDate(2014, 12, 10) << 1;
    QTest::addRow("last day of middle, inside overlap") << QDate(2014, 12, 12) << 1;
    QTest::addRow("overlap only") << QDate(2014, 12, 13) << 2;
    QTest::addRow("last day of overlap") << QDate(2014, 12, 16) << 2;
    QTest::addRow("gap between phases") << QDate(2014, 12, 17) << -1;
    QTest::addRow("first day of late") << QDate(2014, 12, 19) << 3;
    QTest::addRow("last day of late") << QDate(2014, 12, 22) << 3;
    QTest::addRow("after every phase") << QDate(2014, 12, 23) << -1;
    QTest::addRow("invalid") << QDate() << -1;
}

void TestCoverageSeries::phaseAt()
{
    QFETCH(QDate, date);
    QFETCH(int, index);
    const CoverageSeries series(fixture());
    QCOMPARE(series.phaseAt(date), index);
}

void TestCoverageSeries::emptyCase()
{
    CoverageSeries series{CaseData()};
    series.setCutoff(QDate(2014, 12, 1));
    QVERIFY(!series.firstDate().isValid());
    QVERIFY(!series.lastDate().isValid());
    QVERIFY(series.days().isEmpty());
    QVERIFY(series.phases().isEmpty());
    QVERIFY(series.totalsByAttribution().isEmpty());
    QCOMPARE(series.phaseAt(QDate(2014, 12, 1)), -1);
}

// Expected values computed independently from content/sony-hack/*.json (claims,
// timeline): they must be updated whenever the case's claims or timeline change.
void TestCoverageSeries::defaultCase_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<QString>("byStance");
    QTest::addColumn<QString>("byAttribution");
    QTest::addColumn<QStringList>("phases"); // "id claims events"
    QTest::addColumn<QStringList>("dominant");

    QTest::addRow("2014-12-17") << QDate(2014, 12, 17) << u"blames=9,criticises=3,defends=3,denies=2,doubts=2,neutral=4,threatens=4,urges=2"_s
                                << u"anonymous=9,institutional=3,named=13,state-media=4"_s
                                << QStringList{u"mystery-hack 8 9"_s,
                                               u"leaks-and-gossip 3 3"_s,
                                               u"threats-and-cancellation 16 7"_s,
                                               u"official-attribution 0 0"_s,
                                               u"outage-and-scepticism 0 0"_s,
                                               u"release-as-symbol 0 0"_s,
                                               u"sanctions 0 0"_s,
                                               u"fallout 0 0"_s}
                                << QStringList{u"blames"_s, u"blames"_s, u"blames"_s, QString(), QString(), QString(), QString(), QString()};
    QTest::addRow("2015-01-07") << QDate(2015, 1, 7) << u"blames=26,criticises=6,defends=5,denies=7,doubts=7,neutral=5,threatens=6,urges=2"_s
                                << u"anonymous=9,institutional=4,named=39,state-media=12"_s
                                << QStringList{u"mystery-hack 8 9"_s,
                                               u"leaks-and-gossip 3 3"_s,
                                               u"threats-and-cancellation 18 9"_s,
                                               u"official-attribution 15 8"_s,
                                               u"outage-and-scepticism 12 6"_s,
                                               u"release-as-symbol 10 5"_s,
                                               u"sanctions 6 5"_s,
                                               u"fallout 0 0"_s}
                                << QStringList{u"blames"_s, u"blames"_s, u"blames"_s, u"blames"_s, u"doubts"_s, u"doubts"_s, u"blames"_s, QString()};
}

void TestCoverageSeries::defaultCase()
{
    QFETCH(QDate, cutoff);
    QFETCH(QString, byStance);
    QFETCH(QString, byAttribution);
    QFETCH(QStringList, phases);
    QFETCH(QStringList, dominant);
    QVERIFY(!shippedCase().claims.isEmpty());
    CoverageSeries series(shippedCase());
    series.setCutoff(cutoff);
    QCOMPARE(series.firstDate(), QDate(2014, 6, 25));
    QCOMPARE(series.lastDate(), QDate(2015, 2, 5));
    QCOMPARE(series.days().size(), 226);
    QCOMPARE(mapText(series.totalsByStance()), byStance);
    QCOMPARE(mapText(series.totalsByAttribution()), byAttribution);
    QCOMPARE(phasesText(series, false), phases);
    QStringList dominants;
    for (const CoverageSeries::PhaseSummary &p : series.phases())
        dominants << p.dominantStance;
    QCOMPARE(dominants, dominant);
    // The busiest day: 17 December, when the cinemas pulled the film.
    const CoverageSeries::Day &dec17 = series.days().at(QDate(2014, 6, 25).daysTo(QDate(2014, 12, 17)));
    QCOMPARE(dec17.date, QDate(2014, 12, 17));
    QCOMPARE(dec17.total, 13);
    QCOMPARE(mapText(dec17.byStance), u"blames=6,criticises=2,defends=1,neutral=2,urges=2"_s);
    QCOMPARE(mapText(dec17.byAttribution), u"anonymous=3,institutional=2,named=8"_s);
}

// The default case's claims copied 100 times over (6,500 claims), scrubbed day
// by day: the benchmark for setCutoff.
void TestCoverageSeries::scrubLargeCase()
{
    const CaseData &base = shippedCase();
    CaseData big = base;
    big.claims.clear();
    for (int copy = 0; copy < 100; ++copy) {
        for (Claim c : base.claims) {
            c.id += u"-x"_s + QString::number(copy);
            big.claims << c;
        }
    }
    CoverageSeries series(big);
    QBENCHMARK
    {
        for (QDate d = series.firstDate(); d <= series.lastDate(); d = d.addDays(1))
            series.setCutoff(d);
    }
    series.setCutoff(QDate(2015, 1, 7));
    QCOMPARE(series.totalsByAttribution().value(u"named"_s), 3900);
    QCOMPARE(series.phases().at(3).total, 1500);
    QCOMPARE(series.phases().at(3).eventCount, 8);
}

QTEST_GUILESS_MAIN(TestCoverageSeries)
#include "tst_coverageseries.moc"
