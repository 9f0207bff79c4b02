// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/blamegraph.h"
#include "case/caseloader.h"

#include "support/testsupport.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using namespace TestSupport;

namespace {

Actor actor(const QString &id, const QString &name, const QString &kind, const QString &country)
{
    return Actor{id, name, kind, country};
}

Claim claim(const QString &id,
            QDate date,
            const QString &claimant,
            const QStringList &targets,
            const QString &stance,
            const QString &evidence,
            DatePrecision precision = DatePrecision::Day,
            QDate end = {})
{
    Claim c;
    c.id = id;
    c.date = CaseDate{date, precision, end};
    c.claimant = claimant;
    c.targets = targets;
    c.stance = stance;
    c.attribution = u"named"_s;
    c.evidence = evidence;
    return c;
}

/// Five actors in claims and one that is in none. US actors take part in 5
/// claims, KP in 4, unknown country in 3, so US comes first although "KP" sorts
/// before "US"; within US, government comes before expert (vocabulary order,
/// not alphabetical), and the two experts go by name ("Bruce" before "Jim"),
/// not by id ("lewis" before "schneier"). The claims are listed out of date order.
CaseData fixture()
{
    CaseData data;
    data.actors = {
        actor(u"gop"_s, u"Guardians of Peace"_s, u"hacker-group"_s, QString()),
        actor(u"kcna"_s, u"KCNA"_s, u"state-media"_s, u"KP"_s),
        actor(u"lewis"_s, u"Jim Lewis"_s, u"expert"_s, u"US"_s),
        actor(u"schneier"_s, u"Bruce Schneier"_s, u"expert"_s, u"US"_s),
        actor(u"unused"_s, u"Nobody"_s, u"other"_s, u"FR"_s),
        actor(u"white-house"_s, u"The White House"_s, u"government"_s, u"US"_s),
    };
    data.claims = {
        claim(u"k1"_s, {2014, 12, 10}, u"schneier"_s, {u"kcna"_s, u"gop"_s}, u"doubts"_s, u"asserted"_s),
        claim(u"k2"_s, {2014, 12, 1}, u"gop"_s, {}, u"threatens"_s, u"none"_s),
        claim(u"k3"_s, {2014, 12, 8}, u"white-house"_s, {u"kcna"_s}, u"threatens"_s, u"asserted"_s, DatePrecision::Approximate),
        claim(u"k4"_s, {2014, 12, 11}, u"white-house"_s, {u"kcna"_s}, u"criticises"_s, u"technical"_s),
        claim(u"k5"_s, {2014, 12, 15}, u"kcna"_s, {u"white-house"_s}, u"denies"_s, u"none"_s, DatePrecision::Day, {2014, 12, 20}),
        claim(u"k6"_s, {2014, 12, 5}, u"gop"_s, {u"lewis"_s}, u"threatens"_s, u"documentary"_s),
    };
    return data;
}

/// "from>to count claim,ids stance=n,… evidence=n,… dominant"
QString edgeText(const BlameGraph::Edge &e)
{
    return e.from + u'>' + e.to + u' ' + QString::number(e.count) + u' ' + e.claimIds.join(u',') + u' ' + mapText(e.byStance) + u' ' + mapText(e.byEvidence) +
        u' ' + e.dominantStance();
}

QStringList edgesText(const BlameGraph &graph, qsizetype limit = -1)
{
    QStringList lines;
    for (const BlameGraph::Edge &e : graph.edges()) {
        if (limit >= 0 && lines.size() >= limit)
            break;
        lines << edgeText(e);
    }
    return lines;
}

/// "actor out/in" for every node, in node order.
QStringList nodeCounts(const BlameGraph &graph)
{
    QStringList lines;
    for (const BlameGraph::Node &n : graph.nodes())
        lines << n.actorId + u' ' + QString::number(n.outgoing) + u'/' + QString::number(n.incoming);
    return lines;
}

qsizetype activeCount(const BlameGraph &graph)
{
    return std::count_if(graph.nodes().cbegin(), graph.nodes().cend(), [](const BlameGraph::Node &n) { return n.active(); });
}

} // namespace

class TestBlameGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout_data();
    void layout();
    void layoutIsStableAcrossCutoffs();
    void nodeIndex_data();
    void nodeIndex();
    void cutoff_data();
    void cutoff();
    void scrubbingMatchesFreshGraph();
    void dominantStance_data();
    void dominantStance();
    void repeatedAndUnknownTargets();
    void emptyCase();
    void defaultCase_data();
    void defaultCase();
    void defaultCaseLayout();
    void scrubLargeCase();
};

void TestBlameGraph::layout_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("actorId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QPointF>("position");
    // Five nodes, 72° apart, clockwise from 12 o'clock; y grows downwards.
    QTest::addRow("12 o'clock") << 0 << u"white-house"_s << u"The White House"_s << QPointF(0.5, 0.1);
    QTest::addRow("72°") << 1 << u"schneier"_s << u"Bruce Schneier"_s << QPointF(0.8994437368439645, 0.37639320225002104);
    QTest::addRow("144°") << 2 << u"lewis"_s << u"Jim Lewis"_s << QPointF(0.7468698059628387, 0.823606797749979);
    QTest::addRow("216°") << 3 << u"kcna"_s << u"KCNA"_s << QPointF(0.2531301940371613, 0.823606797749979);
    QTest::addRow("288°, unknown country last") << 4 << u"gop"_s << u"Guardians of Peace"_s << QPointF(0.1005562631560355, 0.3763932022500211);
}

void TestBlameGraph::layout()
{
    QFETCH(int, index);
    QFETCH(QString, actorId);
    QFETCH(QString, name);
    QFETCH(QPointF, position);
    const BlameGraph graph(fixture());
    QCOMPARE(graph.nodes().size(), 5); // "unused" takes part in no claim
    const BlameGraph::Node &node = graph.nodes().at(index);
    QCOMPARE(node.actorId, actorId);
    QCOMPARE(node.name, name);
    QVERIFY2(qAbs(node.position.x() - position.x()) < 1e-9, qPrintable(QString::number(node.position.x())));
    QVERIFY2(qAbs(node.position.y() - position.y()) < 1e-9, qPrintable(QString::number(node.position.y())));
}

void TestBlameGraph::layoutIsStableAcrossCutoffs()
{
    BlameGraph graph(fixture());
    const QList<BlameGraph::Node> initial = graph.nodes();
    for (const QDate &cutoff : {QDate(2014, 11, 1), QDate(2014, 12, 8), QDate(2014, 12, 31), QDate()}) {
        graph.setCutoff(cutoff);
        QCOMPARE(graph.nodes().size(), initial.size());
        for (qsizetype i = 0; i < initial.size(); ++i) {
            const BlameGraph::Node &node = graph.nodes().at(i);
            QCOMPARE(node.actorId, initial.at(i).actorId);
            QCOMPARE(node.position, initial.at(i).position);
            QVERIFY(node.position.x() >= 0.0 && node.position.x() <= 1.0);
            QVERIFY(node.position.y() >= 0.0 && node.position.y() <= 1.0);
        }
    }
}

void TestBlameGraph::nodeIndex_data()
{
    QTest::addColumn<QString>("actorId");
    QTest::addColumn<int>("index");
    QTest::addRow("first") << u"white-house"_s << 0;
    QTest::addRow("last") << u"gop"_s << 4;
    QTest::addRow("actor in no claim") << u"unused"_s << -1;
    QTest::addRow("unknown") << u"nobody"_s << -1;
    QTest::addRow("empty") << QString() << -1;
}

void TestBlameGraph::nodeIndex()
{
    QFETCH(QString, actorId);
    QFETCH(int, index);
    const BlameGraph graph(fixture());
    QCOMPARE(graph.nodeIndex(actorId), index);
}

void TestBlameGraph::cutoff_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<QStringList>("edges");
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<int>("active");

    const QString wk1 = u"white-house>kcna 1 k3 threatens=1 asserted=1 threatens"_s;
    const QString wk2 = u"white-house>kcna 2 k3,k4 criticises=1,threatens=1 asserted=1,technical=1 threatens"_s;
    const QString gl = u"gop>lewis 1 k6 threatens=1 documentary=1 threatens"_s;
    const QString sg = u"schneier>gop 1 k1 doubts=1 asserted=1 doubts"_s;
    const QString sk = u"schneier>kcna 1 k1 doubts=1 asserted=1 doubts"_s;
    const QString kw = u"kcna>white-house 1 k5 denies=1 none=1 denies"_s;
    // Node order: white-house, schneier, lewis, kcna, gop.
    QTest::addRow("before every claim") << QDate(2014, 11, 30) << QStringList()
                                        << QStringList{u"white-house 0/0"_s, u"schneier 0/0"_s, u"lewis 0/0"_s, u"kcna 0/0"_s, u"gop 0/0"_s} << 0;
    QTest::addRow("a claim with no target makes no edge")
        << QDate(2014, 12, 1) << QStringList() << QStringList{u"white-house 0/0"_s, u"schneier 0/0"_s, u"lewis 0/0"_s, u"kcna 0/0"_s, u"gop 1/0"_s} << 1;
    QTest::addRow("day before the approximate claim") << QDate(2014, 12, 7) << QStringList{gl}
                                                      << QStringList{u"white-house 0/0"_s, u"schneier 0/0"_s, u"lewis 0/1"_s, u"kcna 0/0"_s, u"gop 2/0"_s} << 2;
    QTest::addRow("approximate claim counts from its date")
        << QDate(2014, 12, 8) << QStringList{gl, wk1} << QStringList{u"white-house 1/0"_s, u"schneier 0/0"_s, u"lewis 0/1"_s, u"kcna 0/1"_s, u"gop 2/0"_s} << 4;
    QTest::addRow("two targets make two edges") << QDate(2014, 12, 10) << QStringList{gl, sg, sk, wk1}
                                                << QStringList{u"white-house 1/0"_s, u"schneier 1/0"_s, u"lewis 0/1"_s, u"kcna 0/2"_s, u"gop 2/1"_s} << 5;
    QTest::addRow("tie between threatens and criticises")
        << QDate(2014, 12, 11) << QStringList{wk2, gl, sg, sk}
        << QStringList{u"white-house 2/0"_s, u"schneier 1/0"_s, u"lewis 0/1"_s, u"kcna 0/3"_s, u"gop 2/1"_s} << 5;
    QTest::addRow("span counts from its first day") << QDate(2014, 12, 15) << QStringList{wk2, gl, kw, sg, sk}
                                                    << QStringList{u"white-house 2/1"_s, u"schneier 1/0"_s, u"lewis 0/1"_s, u"kcna 1/3"_s, u"gop 2/1"_s} << 5;
    QTest::addRow("invalid cutoff: every claim") << QDate() << QStringList{wk2, gl, kw, sg, sk}
                                                 << QStringList{u"white-house 2/1"_s, u"schneier 1/0"_s, u"lewis 0/1"_s, u"kcna 1/3"_s, u"gop 2/1"_s} << 5;
}

void TestBlameGraph::cutoff()
{
    QFETCH(QDate, cutoff);
    QFETCH(QStringList, edges);
    QFETCH(QStringList, nodes);
    QFETCH(int, active);
    BlameGraph graph(fixture());
    graph.setCutoff(cutoff);
    QCOMPARE(graph.cutoff(), cutoff);
    QCOMPARE(edgesText(graph), edges);
    QCOMPARE(nodeCounts(graph), nodes);
    QCOMPARE(activeCount(graph), active);
}

// Moving the cutoff back and forth (as the scrubber does) gives the same graph
// as building it afresh at that cutoff.
void TestBlameGraph::scrubbingMatchesFreshGraph()
{
    const CaseData data = fixture();
    BlameGraph scrubbed(data);
    QList<QDate> steps;
    for (QDate d(2014, 11, 29); d <= QDate(2014, 12, 17); d = d.addDays(1))
        steps << d;
    for (QDate d(2014, 12, 16); d >= QDate(2014, 11, 29); d = d.addDays(-3))
        steps << d;
    steps << QDate() << QDate(2014, 12, 9) << QDate(2014, 12, 11);
    for (const QDate &cutoff : std::as_const(steps)) {
        scrubbed.setCutoff(cutoff);
        BlameGraph fresh(data);
        fresh.setCutoff(cutoff);
        QCOMPARE(edgesText(scrubbed), edgesText(fresh));
        QCOMPARE(nodeCounts(scrubbed), nodeCounts(fresh));
    }
}

void TestBlameGraph::dominantStance_data()
{
    QTest::addColumn<QStringList>("stances");
    QTest::addColumn<QString>("dominant");
    QTest::addRow("none") << QStringList() << QString();
    QTest::addRow("one") << QStringList{u"urges"_s} << u"urges"_s;
    QTest::addRow("majority") << QStringList{u"blames"_s, u"neutral"_s, u"neutral"_s} << u"neutral"_s;
    // Ties go by vocabulary order, which here differs from alphabetical order.
    QTest::addRow("tie threatens/criticises") << QStringList{u"criticises"_s, u"threatens"_s} << u"threatens"_s;
    QTest::addRow("tie urges/neutral") << QStringList{u"neutral"_s, u"urges"_s} << u"urges"_s;
    QTest::addRow("three-way tie") << QStringList{u"neutral"_s, u"doubts"_s, u"defends"_s} << u"defends"_s;
}

void TestBlameGraph::dominantStance()
{
    QFETCH(QStringList, stances);
    QFETCH(QString, dominant);
    BlameGraph::Edge edge;
    for (const QString &s : std::as_const(stances))
        ++edge.byStance[s];
    QCOMPARE(edge.dominantStance(), dominant);
}

// A target listed twice in one claim counts once; an actor missing from
// actors.json still gets a node (named by its id, country unknown, so last).
void TestBlameGraph::repeatedAndUnknownTargets()
{
    CaseData data = fixture();
    data.claims << claim(u"k7"_s, {2014, 12, 20}, u"white-house"_s, {u"kcna"_s, u"kcna"_s, u"ghost"_s}, u"blames"_s, u"none"_s);
    const BlameGraph graph(data);
    QCOMPARE(graph.nodes().size(), 6);
    QCOMPARE(graph.nodes().constLast().actorId, u"ghost"_s);
    QCOMPARE(graph.nodes().constLast().name, u"ghost"_s);
    QCOMPARE(graph.nodes().constLast().country, QString());
    QCOMPARE(graph.nodes().at(graph.nodeIndex(u"kcna"_s)).incoming, 4);
    QCOMPARE(edgesText(graph, 1), QStringList{u"white-house>kcna 3 k3,k4,k7 blames=1,criticises=1,threatens=1 asserted=1,none=1,technical=1 blames"_s});
}

void TestBlameGraph::emptyCase()
{
    BlameGraph graph{CaseData()};
    graph.setCutoff(QDate(2014, 12, 1));
    QVERIFY(graph.nodes().isEmpty());
    QVERIFY(graph.edges().isEmpty());
}

// Expected values computed independently from content/sony-hack/*.json (claims,
// actors): they must be updated whenever the case's claims change.
void TestBlameGraph::defaultCase_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<int>("edgeCount");
    QTest::addColumn<QStringList>("topEdges");
    QTest::addColumn<int>("active");
    QTest::addColumn<QStringList>("someNodes"); // "actor out/in"

    QTest::addRow("2014-12-17, cinemas pull the film")
        << QDate(2014, 12, 17) << 26
        << QStringList{
               u"us-officials-anonymous>north-korea 3 c16,c17,c18 blames=3 asserted=2,technical=1 blames"_s,
               u"guardians-of-peace>sony-pictures 2 c2,c9 threatens=2 documentary=1,none=1 threatens"_s,
               u"amy-pascal>amy-pascal 1 c10 neutral=1 none=1 neutral"_s,
           }
        << 27 << QStringList{u"north-korea 0/8"_s, u"fbi 0/1"_s, u"sony-pictures 1/9"_s, u"guardians-of-peace 3/3"_s};
    QTest::addRow("2015-01-07, after the sanctions")
        << QDate(2015, 1, 7) << 56
        << QStringList{
               u"nk-ndc>us-government 5 c37,c37b,c37c,c44,c44b blames=2,denies=2,threatens=1 asserted=1,none=4 blames"_s,
               u"nk-foreign-ministry>us-government 4 c1,c34,c34b,c46 denies=2,threatens=2 asserted=1,none=3 denies"_s,
               u"us-officials-anonymous>north-korea 3 c16,c17,c18 blames=3 asserted=2,technical=1 blames"_s,
           }
        << 50 << QStringList{u"north-korea 0/23"_s, u"fbi 1/5"_s, u"sony-pictures 1/11"_s, u"guardians-of-peace 3/3"_s};
}

void TestBlameGraph::defaultCase()
{
    QFETCH(QDate, cutoff);
    QFETCH(int, edgeCount);
    QFETCH(QStringList, topEdges);
    QFETCH(int, active);
    QFETCH(QStringList, someNodes);
    QVERIFY(!shippedCase().claims.isEmpty());
    BlameGraph graph(shippedCase());
    graph.setCutoff(cutoff);
    QCOMPARE(graph.nodes().size(), 51);
    QCOMPARE(graph.edges().size(), edgeCount);
    QCOMPARE(edgesText(graph, 3), topEdges);
    QCOMPARE(activeCount(graph), active);
    for (const QString &expected : std::as_const(someNodes)) {
        const int i = graph.nodeIndex(expected.section(u' ', 0, 0));
        QVERIFY2(i >= 0, qPrintable(expected));
        const BlameGraph::Node &node = graph.nodes().at(i);
        QCOMPARE(node.actorId + u' ' + QString::number(node.outgoing) + u'/' + QString::number(node.incoming), expected);
    }
}

// Also from content/sony-hack: US actors are in the most claims, then KP; the
// unknown-country actors close the circle.
void TestBlameGraph::defaultCaseLayout()
{
    const BlameGraph graph(shippedCase());
    QCOMPARE(graph.nodes().size(), 51);
    QCOMPARE(graph.nodes().at(0).actorId, u"meehan"_s);
    QCOMPARE(graph.nodes().at(0).position, QPointF(0.5, 0.5 - 0.4));
    QCOMPARE(graph.nodes().at(37).actorId, u"former-sony-employees"_s); // last of US
    QCOMPARE(graph.nodes().at(38).actorId, u"an-myong-hun"_s);          // first of KP
    QCOMPARE(graph.nodes().at(45).actorId, u"russia-foreign-ministry"_s);
    QCOMPARE(graph.nodes().at(50).actorId, u"guardians-of-peace"_s);
    // Clockwise from 12 o'clock in equal steps: obama, the 27th of 51, just past 6 o'clock.
    QCOMPARE(graph.nodes().at(26).actorId, u"obama"_s);
    const double angle = 2 * std::numbers::pi * 26 / 51;
    QVERIFY(qAbs(graph.nodes().at(26).position.x() - (0.5 + 0.42 * std::sin(angle))) < 1e-9);
    QVERIFY(qAbs(graph.nodes().at(26).position.y() - (0.5 - 0.4 * std::cos(angle))) < 1e-9);
    QVERIFY(graph.nodes().at(26).position.x() < 0.5 && graph.nodes().at(26).position.y() > 0.89);
}

// The default case copied 100 times over (6,500 claims, 5,100 actors),
// scrubbed day by day: the benchmark for setCutoff.
void TestBlameGraph::scrubLargeCase()
{
    const CaseData &base = shippedCase();
    CaseData big;
    for (int copy = 0; copy < 100; ++copy) {
        const QString suffix = u"-x"_s + QString::number(copy);
        for (Actor a : base.actors) {
            a.id += suffix;
            big.actors << a;
        }
        for (Claim c : base.claims) {
            c.id += suffix;
            c.claimant += suffix;
            for (QString &t : c.targets)
                t += suffix;
            big.claims << c;
        }
    }
    BlameGraph graph(big);
    QCOMPARE(graph.nodes().size(), 5100);
    QList<QDate> days;
    for (QDate d = big.claims.constFirst().date.date; d <= QDate(2015, 2, 5); d = d.addDays(1))
        days << d;
    QBENCHMARK
    {
        for (const QDate &d : std::as_const(days))
            graph.setCutoff(d);
    }
    graph.setCutoff(QDate(2015, 1, 7));
    QCOMPARE(graph.edges().size(), 5600);
    QCOMPARE(graph.edges().constFirst().count, 5);
    QCOMPARE(graph.edges().constFirst().from, u"nk-ndc-x0"_s);
    QCOMPARE(activeCount(graph), 5000);
}

QTEST_GUILESS_MAIN(TestBlameGraph)
#include "tst_blamegraph.moc"
