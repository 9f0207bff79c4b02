// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/blameheadline.h"
#include "common/packtext.h"

#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using namespace TestSupport;
using Kind = BlameHeadline::Subject::Kind;
using PackText::isolated;

namespace {

/// Two camps: beta's actors blame alpha's (k1 names both of them, one
/// claim), alpha's a1 denies something about a2 of its own camp (k3), and
/// the rest is no blame. The first camp's name holds a "%2".
CaseData fixture(bool withCamps = true, bool withBlame = true)
{
    CaseData data;
    data.actors = {
        Actor{u"a1"_s, u"A One"_s, u"government"_s, u"AA"_s},
        Actor{u"a2"_s, u"A Two"_s, u"government"_s, u"AA"_s},
        Actor{u"b1"_s, u"B One"_s, u"expert"_s, u"BB"_s},
        Actor{u"c1"_s, u"C One"_s, u"company"_s, u"BB"_s},
    };
    if (withCamps) {
        data.camps = {
            Camp{u"alpha"_s, u"The As, 100%2 sure"_s, u"square"_s, 2, {u"a1"_s, u"a2"_s}},
            Camp{u"beta"_s, u"The Bs"_s, u"circle"_s, 1, {u"c1"_s, u"b1"_s}},
        };
    }
    data.claims = {
        makeClaim(u"k3"_s, {2020, 1, 3}, u"a1"_s, {u"a2"_s}, u"denies"_s, u"institutional"_s),
        makeClaim(u"k4"_s, {2020, 1, 5}, u"a2"_s, {u"b1"_s}, u"criticises"_s, u"named"_s),
        makeClaim(u"k6"_s, {2020, 1, 6}, u"b1"_s, {}, u"neutral"_s, u"named"_s),
    };
    if (withBlame) {
        data.claims << makeClaim(u"k1"_s, {2020, 1, 1}, u"b1"_s, {u"a1"_s, u"a2"_s}, u"blames"_s, u"named"_s)
                    << makeClaim(u"k2"_s, {2020, 1, 2}, u"c1"_s, {u"a1"_s}, u"blames"_s, u"anonymous"_s)
                    << makeClaim(u"k7"_s, {2020, 1, 6}, u"a2"_s, {u"a1"_s}, u"blames"_s, u"named"_s); // from its own side: not counted
    }
    return data;
}

} // namespace

class TestBlameHeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void synthetic_data();
    void synthetic();
    void figures();
    void shipped_data();
    void shipped();
};

void TestBlameHeadline::synthetic_data()
{
    QTest::addColumn<bool>("withCamps");
    QTest::addColumn<bool>("withBlame");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("subjectKind");
    QTest::addColumn<QString>("subjectId");
    QTest::addColumn<QString>("sentence");

    const QString as = isolated(u"The As, 100%2 sure");
    const auto most = int(Kind::MostBlamed), camp = int(Kind::Camp), actor = int(Kind::Actor);
    QTest::addRow("before every claim") << true << true << QDate(2019, 12, 31) << most << QString() << u"By 31 Dec 2019, no claim had been made yet."_s;
    QTest::addRow("one claim, singular") << true << true << QDate(2020, 1, 1) << most << QString()
                                         << u"By 1 Jan 2020, "_s + as +
            u" had been blamed in 1 claim (1 from named source) and had not answered with a denial."_s;
    QTest::addRow("two claims, no denial yet") << true << true << QDate(2020, 1, 2) << most << QString()
                                               << u"By 2 Jan 2020, "_s + as +
            u" had been blamed in 2 claims (1 from named source, 1 from unnamed source) and had not answered with a denial."_s;
    const QString all =
        u"By 6 Jan 2020, "_s + as + u" had been blamed in 2 claims (1 from named source, 1 from unnamed source) and had answered with 1 denial."_s;
    QTest::addRow("blame from its own side does not count") << true << true << QDate(2020, 1, 6) << most << QString() << all;
    QTest::addRow("no date: every claim") << true << true << QDate() << most << QString() << all;
    QTest::addRow("a camp never blamed") << true << true << QDate(2020, 1, 6) << camp << u"beta"_s
                                         << u"By 6 Jan 2020, no claim had blamed "_s + isolated(u"The Bs") + u"."_s;
    QTest::addRow("an actor: blame from outside its camp, denials by its camp")
        << true << true << QDate(2020, 1, 6) << actor << u"a2"_s
        << u"By 6 Jan 2020, "_s + isolated(u"A Two") + u" had been blamed in 1 claim (1 from named source) and had answered with 1 denial."_s;
    QTest::addRow("claims but no blame") << true << false << QDate(2020, 1, 6) << most << QString()
                                         << u"By 6 Jan 2020, 3 claims had been made, and no claim had blamed anyone yet."_s;
    // With no declared camps an actor is its own side: a2 blaming a1 counts.
    QTest::addRow("no camps: the most blamed actor") << false << true << QDate(2020, 1, 6) << most << QString()
                                                     << u"By 6 Jan 2020, "_s + isolated(u"A One") +
            u" had been blamed in 3 claims (2 from named sources, 1 from unnamed source) and had answered with 1 denial."_s;
    QTest::addRow("no camps: a camp by kind as the subject") << false << true << QDate(2020, 1, 6) << camp << u"government"_s
                                                             << u"By 6 Jan 2020, "_s + isolated(u"Governments") +
            u" had been blamed in 2 claims (1 from named source, 1 from unnamed source) and had answered with 1 denial."_s;
}

void TestBlameHeadline::synthetic()
{
    QFETCH(bool, withCamps);
    QFETCH(bool, withBlame);
    QFETCH(QDate, date);
    QFETCH(int, subjectKind);
    QFETCH(QString, subjectId);
    QFETCH(QString, sentence);
    const BlameHeadline headline(fixture(withCamps, withBlame));
    QCOMPARE(headline.text(date, BlameHeadline::Subject{Kind(subjectKind), subjectId}), sentence);
}

void TestBlameHeadline::figures()
{
    const BlameHeadline headline(fixture());
    const BlameHeadline::Figures f = headline.figures(QDate(2020, 1, 6));
    QCOMPARE(f.name, u"The As, 100%2 sure"_s);
    QCOMPARE(f.claims, 6);
    QCOMPARE(f.blames, 2);
    QCOMPARE(mapText(f.byAttribution), u"anonymous=1,named=1"_s);
    QCOMPARE(f.denials, 1);
    const BlameHeadline::Figures none = headline.figures(QDate(2019, 1, 1));
    QVERIFY(none.name.isEmpty());
    QCOMPARE(none.claims, 0);
    QCOMPARE(BlameHeadline(CaseData()).text(QDate()), u"No claim has been made."_s);
}

void TestBlameHeadline::shipped_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("subjectKind");
    QTest::addColumn<QString>("subjectId");
    QTest::addColumn<QString>("sentence");

    const QString nk = isolated(u"North Korea's government and state media");
    const auto most = int(Kind::MostBlamed);
    QTest::addRow("25 Jun 2014: a threat, no blame") << QDate(2014, 6, 25) << most << QString()
                                                     << u"By 25 Jun 2014, 1 claim had been made, and no claim had blamed anyone yet."_s;
    QTest::addRow("4 Dec 2014: Kaspersky and the first denial")
        << QDate(2014, 12, 4) << most << QString()
        << u"By 4 Dec 2014, "_s + nk + u" had been blamed in 1 claim (1 from named source) and had answered with 1 denial."_s;
    // The lesson's blame steps.
    QTest::addRow("17 Dec 2014 (step 6)") << QDate(2014, 12, 17) << most << QString()
                                          << u"By 17 Dec 2014, "_s + nk +
            u" had been blamed in 6 claims (3 from named sources, 3 from unnamed sources) and had answered with 2 denials."_s;
    QTest::addRow("17 Dec 2014, claims about North Korea (government)") << QDate(2014, 12, 17) << int(Kind::Actor) << u"north-korea"_s
                                                                        << u"By 17 Dec 2014, "_s + isolated(u"North Korea (government)") +
            u" had been blamed in 6 claims (3 from named sources, 3 from unnamed sources) and had answered with 2 denials."_s;
    QTest::addRow("21 Dec 2014 (step 8)") << QDate(2014, 12, 21) << most << QString()
                                          << u"By 21 Dec 2014, "_s + nk +
            u" had been blamed in 13 claims (9 from named sources, 3 from unnamed sources, 1 from official statement) and had answered with 5 denials."_s;
    QTest::addRow("7 Jan 2015 (step 25)") << QDate(2015, 1, 7) << most << QString()
                                          << u"By 7 Jan 2015, "_s + nk +
            u" had been blamed in 19 claims (15 from named sources, 3 from unnamed sources, 1 from official statement) and had answered with 7 denials."_s;
    QTest::addRow("7 Jan 2015, the US government") << QDate(2015, 1, 7) << int(Kind::Camp) << u"us-federal-government"_s
                                                   << u"By 7 Jan 2015, "_s + isolated(u"US government") +
            u" had been blamed in 3 claims (2 via state media, 1 from named source) and had not answered with a denial."_s;
}

void TestBlameHeadline::shipped()
{
    QFETCH(QDate, date);
    QFETCH(int, subjectKind);
    QFETCH(QString, subjectId);
    QFETCH(QString, sentence);
    const BlameHeadline headline(shippedCase());
    QCOMPARE(headline.text(date, BlameHeadline::Subject{Kind(subjectKind), subjectId}), sentence);
}

QTEST_GUILESS_MAIN(TestBlameHeadline)
#include "tst_blameheadline.moc"
