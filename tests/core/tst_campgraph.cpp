// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/campgraph.h"

#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using namespace TestSupport;

namespace {

/// Five actors, two declared camps and one actor in none. "beta" comes first
/// by its order although "alpha" sorts first by id. k1 names both actors of
/// alpha (one claim, counted once), k3 stays inside alpha, k5 comes from the
/// actor left out, k6 has no target. Listed out of date order.
CaseData fixture(bool withCamps = true)
{
    CaseData data;
    data.actors = {
        Actor{u"a1"_s, u"A One"_s, u"government"_s, u"AA"_s},
        Actor{u"a2"_s, u"A Two"_s, u"government"_s, u"AA"_s},
        Actor{u"b1"_s, u"B One"_s, u"expert"_s, u"BB"_s},
        Actor{u"c1"_s, u"C One"_s, u"company"_s, u"BB"_s},
        Actor{u"x"_s, u"Loner"_s, u"other"_s, QString()},
    };
    if (withCamps) {
        data.camps = {
            Camp{u"alpha"_s, u"The As"_s, u"square"_s, 2, {u"a1"_s, u"a2"_s}},
            Camp{u"beta"_s, u"The Bs"_s, u"circle"_s, 1, {u"c1"_s, u"b1"_s}},
        };
    }
    data.claims = {
        makeClaim(u"k4"_s, {2020, 1, 5}, u"a2"_s, {u"b1"_s}, u"criticises"_s, u"named"_s),
        makeClaim(u"k1"_s, {2020, 1, 1}, u"b1"_s, {u"a1"_s, u"a2"_s}, u"blames"_s, u"named"_s),
        makeClaim(u"k2"_s, {2020, 1, 2}, u"c1"_s, {u"a1"_s}, u"blames"_s, u"anonymous"_s),
        makeClaim(u"k3"_s, {2020, 1, 3}, u"a1"_s, {u"a2"_s}, u"denies"_s, u"institutional"_s),
        makeClaim(u"k5"_s, {2020, 1, 5}, u"x"_s, {u"c1"_s}, u"doubts"_s, u"named"_s),
        makeClaim(u"k6"_s, {2020, 1, 6}, u"b1"_s, {}, u"neutral"_s, u"named"_s),
    };
    return data;
}

/// "from>to count claim,ids stance=n,… attribution=n,… dominant", with node ids.
QStringList edgesText(const CampGraph &graph)
{
    QStringList lines;
    for (const CampGraph::Edge &e : graph.edges()) {
        lines << graph.nodes().at(e.from).id + u'>' + graph.nodes().at(e.to).id + u' ' + QString::number(e.count) + u' ' + e.claimIds.join(u',') + u' ' +
                mapText(e.byStance) + u' ' + mapText(e.byAttribution) + u' ' + e.dominantStance();
    }
    return lines;
}

/// "id out/in" per node, in node order; actors of an open camp as "camp/actor".
QStringList nodesText(const CampGraph &graph)
{
    QStringList lines;
    for (const CampGraph::Node &n : graph.nodes())
        lines << (n.isActor ? n.campId + u'/' : QString()) + n.id + u' ' + QString::number(n.outgoing) + u'/' + QString::number(n.incoming);
    return lines;
}

/// "from>to count stance=n,… attribution=n,… dominant", without claim ids.
QStringList edgeSummaries(const CampGraph &graph)
{
    QStringList lines;
    for (const CampGraph::Edge &e : graph.edges()) {
        lines << graph.nodes().at(e.from).id + u'>' + graph.nodes().at(e.to).id + u' ' + QString::number(e.count) + u' ' + mapText(e.byStance) + u' ' +
                mapText(e.byAttribution) + u' ' + e.dominantStance();
    }
    return lines;
}

} // namespace

class TestCampGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void campSet_data();
    void campSet();
    void campsAtCutoff_data();
    void campsAtCutoff();
    void openCamp_data();
    void openCamp();
    void fallbackByKind();
    void shippedCamps_data();
    void shippedCamps();
    void shippedEdges_data();
    void shippedEdges();
    void shippedDrillDown();
};

void TestCampGraph::campSet_data()
{
    QTest::addColumn<bool>("withCamps");
    QTest::addColumn<QStringList>("camps");
    QTest::addColumn<bool>("fallback");
    // "id:name:marker:order:actors"
    QTest::addRow("declared, by order, left-out actor in Others")
        << true << QStringList{u"beta:The Bs:circle:1:c1,b1"_s, u"alpha:The As:square:2:a1,a2"_s, u"-others:Others:diamond:3:x"_s} << false;
    QTest::addRow("none declared: one camp per kind, in the vocabulary's order") << false
                                                                                 << QStringList{u"government:Governments:circle:1:a1,a2"_s,
                                                                                                u"company:Companies:triangle-up:4:c1"_s,
                                                                                                u"expert:Experts:triangle-down:5:b1"_s,
                                                                                                u"other:Other actors:cross:11:x"_s}
                                                                                 << true;
}

void TestCampGraph::campSet()
{
    QFETCH(bool, withCamps);
    QFETCH(QStringList, camps);
    QFETCH(bool, fallback);
    const CampSet set(fixture(withCamps));
    QStringList seen;
    for (const CampSet::Camp &c : set.camps())
        seen << QStringList{c.id, c.name, c.marker, QString::number(c.order), c.actors.join(u',')}.join(u':');
    QCOMPARE(seen, camps);
    QCOMPARE(set.isFallback(), fallback);
    for (qsizetype i = 0; i < set.camps().size(); ++i) {
        QCOMPARE(set.indexOf(set.camps().at(i).id), int(i));
        for (const QString &actor : set.camps().at(i).actors)
            QCOMPARE(set.campOf(actor), int(i));
    }
    QCOMPARE(set.campOf(u"nobody"_s), -1);
    QCOMPARE(set.indexOf(u"nothing"_s), -1);
}

void TestCampGraph::campsAtCutoff_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<QStringList>("edges");
    QTest::addColumn<QStringList>("nodes");

    QTest::addRow("before every claim") << QDate(2019, 12, 31) << QStringList() << QStringList{u"beta 0/0"_s, u"alpha 0/0"_s, u"-others 0/0"_s};
    QTest::addRow("one claim naming two actors of a camp counts once")
        << QDate(2020, 1, 2) << QStringList{u"beta>alpha 2 k1,k2 blames=2 anonymous=1,named=1 blames"_s}
        << QStringList{u"beta 2/0"_s, u"alpha 0/2"_s, u"-others 0/0"_s};
    const QStringList all{u"beta>alpha 2 k1,k2 blames=2 anonymous=1,named=1 blames"_s,
                          u"alpha>beta 1 k4 criticises=1 named=1 criticises"_s,
                          u"alpha>alpha 1 k3 denies=1 institutional=1 denies"_s,
                          u"-others>beta 1 k5 doubts=1 named=1 doubts"_s};
    const QStringList allNodes{u"beta 3/2"_s, u"alpha 2/3"_s, u"-others 1/0"_s};
    QTest::addRow("every claim, ties by node order") << QDate(2020, 1, 6) << all << allNodes;
    QTest::addRow("no cutoff") << QDate() << all << allNodes;
}

void TestCampGraph::campsAtCutoff()
{
    QFETCH(QDate, cutoff);
    QFETCH(QStringList, edges);
    QFETCH(QStringList, nodes);
    const CaseData data = fixture();
    BlameGraph actors(data);
    CampGraph camps(data);
    actors.setCutoff(cutoff);
    camps.update(actors);
    QCOMPARE(edgesText(camps), edges);
    QCOMPARE(nodesText(camps), nodes);
    QCOMPARE(camps.campNode(u"alpha"_s), 1);
    QCOMPARE(camps.nodes().at(1).actors, 2);
    QCOMPARE(camps.nodes().at(1).marker, u"square"_s);
    QCOMPARE(camps.nodes().at(1).name, u"The As"_s);
}

void TestCampGraph::openCamp_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<QStringList>("edges");
    QTest::addColumn<QStringList>("nodes");
    QTest::addRow("alpha opened in its place, its actors in the camp's order")
        << u"alpha"_s
        << QStringList{u"beta>a1 2 k1,k2 blames=2 anonymous=1,named=1 blames"_s,
                       u"beta>a2 1 k1 blames=1 named=1 blames"_s,
                       u"a1>a2 1 k3 denies=1 institutional=1 denies"_s,
                       u"a2>beta 1 k4 criticises=1 named=1 criticises"_s,
                       u"-others>beta 1 k5 doubts=1 named=1 doubts"_s}
        << QStringList{u"beta 3/2"_s, u"alpha/a1 1/2"_s, u"alpha/a2 1/2"_s, u"-others 1/0"_s};
    QTest::addRow("beta opened: c1 before b1, as the camp lists them") << u"beta"_s
                                                                       << QStringList{u"c1>alpha 1 k2 blames=1 anonymous=1 blames"_s,
                                                                                      u"b1>alpha 1 k1 blames=1 named=1 blames"_s,
                                                                                      u"alpha>b1 1 k4 criticises=1 named=1 criticises"_s,
                                                                                      u"alpha>alpha 1 k3 denies=1 institutional=1 denies"_s,
                                                                                      u"-others>c1 1 k5 doubts=1 named=1 doubts"_s}
                                                                       << QStringList{u"beta/c1 1/1"_s, u"beta/b1 2/1"_s, u"alpha 2/3"_s, u"-others 1/0"_s};
    QTest::addRow("unknown camp: none opened") << u"gamma"_s
                                               << QStringList{u"beta>alpha 2 k1,k2 blames=2 anonymous=1,named=1 blames"_s,
                                                              u"alpha>beta 1 k4 criticises=1 named=1 criticises"_s,
                                                              u"alpha>alpha 1 k3 denies=1 institutional=1 denies"_s,
                                                              u"-others>beta 1 k5 doubts=1 named=1 doubts"_s}
                                               << QStringList{u"beta 3/2"_s, u"alpha 2/3"_s, u"-others 1/0"_s};
}

void TestCampGraph::openCamp()
{
    QFETCH(QString, open);
    QFETCH(QStringList, edges);
    QFETCH(QStringList, nodes);
    const CaseData data = fixture();
    const BlameGraph actors(data);
    CampGraph camps(data);
    camps.setOpenCamp(open);
    camps.update(actors);
    QCOMPARE(edgesText(camps), edges);
    QCOMPARE(nodesText(camps), nodes);
    if (camps.openCamp().isEmpty())
        return;
    QCOMPARE(camps.campNode(open), -1);
    const int a = camps.actorNode(camps.camps().camps().at(camps.camps().indexOf(open)).actors.first());
    QVERIFY(a >= 0);
    QVERIFY(camps.nodes().at(a).isActor);
    QCOMPARE(camps.nodes().at(a).actors, 1);
    // Closing again gives the camps back.
    camps.setOpenCamp(QString());
    camps.update(actors);
    QCOMPARE(nodesText(camps), (QStringList{u"beta 3/2"_s, u"alpha 2/3"_s, u"-others 1/0"_s}));
}

void TestCampGraph::fallbackByKind()
{
    const CaseData data = fixture(false);
    const BlameGraph actors(data);
    CampGraph camps(data);
    camps.update(actors);
    QVERIFY(camps.camps().isFallback());
    QCOMPARE(edgesText(camps),
             (QStringList{u"government>government 1 k3 denies=1 institutional=1 denies"_s,
                          u"government>expert 1 k4 criticises=1 named=1 criticises"_s,
                          u"company>government 1 k2 blames=1 anonymous=1 blames"_s,
                          u"expert>government 1 k1 blames=1 named=1 blames"_s,
                          u"other>company 1 k5 doubts=1 named=1 doubts"_s}));
    QCOMPARE(nodesText(camps), (QStringList{u"government 2/3"_s, u"company 1/1"_s, u"expert 2/1"_s, u"other 1/0"_s}));
    QCOMPARE(camps.nodes().at(0).name, u"Governments"_s);
}

void TestCampGraph::shippedCamps_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<int>("members");  ///< actors of actors.json in the camp
    QTest::addColumn<int>("inClaims"); ///< of those, actors taking part in a claim
    QTest::addRow("north-korea-state") << 0 << u"north-korea-state"_s << u"North Korea's government and state media"_s << u"circle"_s << 8 << 7;
    QTest::addRow("hackers") << 1 << u"hackers"_s << u"The hackers and the suspected insiders"_s << u"triangle-up"_s << 2 << 2;
    QTest::addRow("sony") << 2 << u"sony"_s << u"Sony Pictures"_s << u"square"_s << 3 << 3;
    QTest::addRow("hollywood") << 3 << u"hollywood"_s << u"Hollywood, cinemas and filmgoers"_s << u"diamond"_s << 7 << 7;
    QTest::addRow("plaintiffs") << 4 << u"plaintiffs"_s << u"Employees suing Sony and their lawyers"_s << u"plus"_s << 1 << 1;
    QTest::addRow("us-federal-government") << 5 << u"us-federal-government"_s << u"US government"_s << u"hexagon"_s << 17 << 16;
    QTest::addRow("us-politicians") << 6 << u"us-politicians"_s << u"US politicians outside the administration"_s << u"triangle-down"_s << 4 << 4;
    QTest::addRow("security-experts") << 7 << u"security-experts"_s << u"Security experts"_s << u"pentagon"_s << 9 << 9;
    QTest::addRow("russia") << 8 << u"russia"_s << u"Russia's government"_s << u"cross"_s << 1 << 1;
    QTest::addRow("south-korea-government") << 9 << u"south-korea-government"_s << u"South Korea's government"_s << u"star"_s << 1 << 1;
}

void TestCampGraph::shippedCamps()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, marker);
    QFETCH(int, members);
    QFETCH(int, inClaims);
    const CaseData &data = shippedCase();
    CampGraph camps(data);
    camps.update(BlameGraph(data));
    // Every actor of the case has a declared camp: no "Others".
    QCOMPARE(camps.camps().camps().size(), 10);
    QCOMPARE(camps.nodes().size(), 10);
    const CampSet::Camp &camp = camps.camps().camps().at(index);
    QCOMPARE(camp.id, id);
    QCOMPARE(camp.name, name);
    QCOMPARE(camp.marker, marker);
    QCOMPARE(camp.actors.size(), members);
    QVERIFY(camp.declared);
    const CampGraph::Node &node = camps.nodes().at(index);
    QCOMPARE(node.id, id);
    QCOMPARE(node.actors, inClaims);
}

void TestCampGraph::shippedEdges_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<int>("edgeCount");
    QTest::addColumn<QStringList>("top"); ///< the first edges, "from>to count stances attributions dominant"

    const QString nk = u"north-korea-state"_s, us = u"us-federal-government"_s;
    QTest::addRow("17 Dec 2014: US officials blame North Korea anonymously")
        << QDate(2014, 12, 17) << 20
        << QStringList{us + u'>' + nk + u" 3 blames=3 anonymous=3 blames"_s,
                       nk + u'>' + nk + u" 2 denies=2 anonymous=1,state-media=1 denies"_s,
                       u"hackers>sony 2 threatens=2 anonymous=2 threatens"_s,
                       u"hollywood>sony 2 blames=1,criticises=1 institutional=1,named=1 blames"_s,
                       u"hollywood>hollywood 2 criticises=2 named=2 criticises"_s,
                       u"us-politicians>sony 2 criticises=1,urges=1 named=2 criticises"_s,
                       u"security-experts>"_s + nk + u" 2 blames=2 named=2 blames"_s};
    QTest::addRow("21 Dec 2014: on the record, and North Korea answers")
        << QDate(2014, 12, 21) << 22
        << QStringList{us + u'>' + nk + u" 8 blames=8 anonymous=3,institutional=1,named=4 blames"_s,
                       nk + u'>' + us + u" 6 blames=1,denies=2,threatens=3 state-media=6 threatens"_s,
                       nk + u'>' + nk + u" 3 denies=3 anonymous=1,named=1,state-media=1 denies"_s};
    QTest::addRow("7 Jan 2015: the sceptics") << QDate(2015, 1, 7) << 26
                                              << QStringList{us + u'>' + nk + u" 14 blames=14 anonymous=3,institutional=1,named=10 blames"_s,
                                                             nk + u'>' + us + u" 9 blames=2,denies=4,threatens=3 state-media=9 denies"_s,
                                                             u"security-experts>"_s + us + u" 4 doubts=4 named=4 doubts"_s};
}

void TestCampGraph::shippedEdges()
{
    QFETCH(QDate, cutoff);
    QFETCH(int, edgeCount);
    QFETCH(QStringList, top);
    const CaseData &data = shippedCase();
    BlameGraph actors(data);
    actors.setCutoff(cutoff);
    CampGraph camps(data);
    camps.update(actors);
    const QStringList edges = edgeSummaries(camps);
    QCOMPARE(edges.size(), edgeCount);
    QCOMPARE(edges.mid(0, top.size()), top);
    // One edge per direction: no pair of camps twice.
    QSet<std::pair<int, int>> pairs;
    for (const CampGraph::Edge &e : camps.edges()) {
        QVERIFY(!pairs.contains({e.from, e.to}));
        pairs.insert({e.from, e.to});
    }
}

void TestCampGraph::shippedDrillDown()
{
    const CaseData &data = shippedCase();
    BlameGraph actors(data);
    actors.setCutoff(QDate(2014, 12, 17));
    CampGraph camps(data);
    camps.setOpenCamp(u"us-federal-government"_s);
    camps.update(actors);
    // 9 camps and the 16 actors of the open camp that take part in claims, in the camp's order.
    QCOMPARE(camps.nodes().size(), 9 + 16);
    QCOMPARE(camps.nodes().at(5).id, u"us-government"_s);
    QCOMPARE(camps.nodes().at(6).id, u"white-house"_s);
    QCOMPARE(camps.nodes().at(7).id, u"state-department"_s); // the NSC makes and receives no claim
    QCOMPARE(camps.nodes().at(21).id, u"us-politicians"_s);
    const int anonymous = camps.actorNode(u"us-officials-anonymous"_s);
    const int nk = camps.campNode(u"north-korea-state"_s);
    const auto edge = std::find_if(camps.edges().cbegin(), camps.edges().cend(), [&](const CampGraph::Edge &e) { return e.from == anonymous && e.to == nk; });
    QVERIFY(edge != camps.edges().cend());
    QCOMPARE(edge->claimIds, (QStringList{u"c16"_s, u"c17"_s, u"c18"_s}));
    QCOMPARE(camps.nodes().at(anonymous).outgoing, 3);
    QCOMPARE(camps.nodes().at(anonymous).name, u"Unnamed US officials and briefed sources"_s);
    QCOMPARE(camps.nodes().at(anonymous).marker, u"hexagon"_s);
}

QTEST_GUILESS_MAIN(TestCampGraph)
#include "tst_campgraph.moc"
