// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/blamematrix.h"
#include "case/caselibrary.h"
#include "common/vocabularystyle.h"

#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using namespace TestSupport;

namespace {

QJsonObject readJson(const QString &name)
{
    QFile file(QStringLiteral(CONTENT_DIR "/sony-hack/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The shipped matrix worked out from the JSON files alone: node id of the
/// claimant → node id of the target → claim ids, with "" for the totals.
/// Actors of `open` are nodes of their own; the others are their camp.
struct Expected
{
    QSet<QString> nodes;
    QHash<QString, QHash<QString, QSet<QString>>> cells;
};

Expected expectedFromFiles(const QString &cutoff, const QString &open)
{
    QHash<QString, QString> nodeOf;
    const QJsonObject actors = readJson(u"actors.json"_s);
    for (const QJsonValue &camp : actors.value("camps"_L1).toArray()) {
        const QString id = camp["id"_L1].toString();
        for (const QJsonValue &actor : camp["actors"_L1].toArray())
            nodeOf.insert(actor.toString(), id == open ? actor.toString() : id);
    }
    Expected e;
    for (const QJsonValue &v : readJson(u"claims.json"_s).value("claims"_L1).toArray()) {
        const QJsonObject claim = v.toObject();
        const QString from = nodeOf.value(claim["claimant"_L1].toString(), u"-others"_s);
        e.nodes.insert(from);
        for (const QJsonValue &t : claim["targets"_L1].toArray()) {
            const QString to = nodeOf.value(t.toString(), u"-others"_s);
            e.nodes.insert(to);
            // ISO dates compare as text.
            if (claim["date"_L1].toString() > cutoff)
                continue;
            const QString id = claim["id"_L1].toString();
            for (const QString &row : {from, QString()}) {
                for (const QString &column : {to, QString()})
                    e.cells[row][column].insert(id);
            }
        }
    }
    return e;
}

QString isolated(const QString &s)
{
    return QChar(0x2068) + s + QChar(0x2069);
}

/// Three actors, no camps (so one camp per kind), claims years apart. k2
/// names both governments (one claim in one cell), k3 names a government and
/// the company (once in its row's total), k5 has no target.
CaseData yearsCase()
{
    CaseData data;
    data.actors = {
        Actor{u"g1"_s, u"Ruritania"_s, u"government"_s, u"RU"_s},
        Actor{u"g2"_s, u"Elbonia"_s, u"government"_s, u"EL"_s},
        Actor{u"co"_s, u"Acme"_s, u"company"_s, u"RU"_s},
    };
    data.claims = {
        makeClaim(u"k1"_s, {2019, 3, 1}, u"co"_s, {u"g1"_s}, u"blames"_s, u"named"_s),
        makeClaim(u"k2"_s, {2021, 6, 1}, u"co"_s, {u"g1"_s, u"g2"_s}, u"doubts"_s, u"named"_s),
        makeClaim(u"k3"_s, {2023, 1, 1}, u"g1"_s, {u"g2"_s, u"co"_s}, u"denies"_s, u"institutional"_s),
        makeClaim(u"k4"_s, {2023, 9, 1}, u"g2"_s, {u"g1"_s}, u"denies"_s, u"institutional"_s),
        makeClaim(u"k5"_s, {2020, 1, 1}, u"g2"_s, {}, u"neutral"_s, u"named"_s),
    };
    return data;
}

QVariant at(const BlameMatrixModel &m, const QString &from, const QString &to, int role)
{
    const int row = from.isEmpty() ? m.nodeCount() : m.nodeIndex(from);
    const int column = to.isEmpty() ? m.nodeCount() : m.nodeIndex(to);
    if (row < 0 || column < 0)
        return QVariant();
    return m.index(row, column).data(role);
}

} // namespace

class TestBlameMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedMatchesFiles_data();
    void shippedMatchesFiles();
    void shippedCells_data();
    void shippedCells();
    void shippedText();
    void years_data();
    void years();
    void yearsHeaders();
    void drillDown();
    void signals_();
    void followsLibrary();
};

void TestBlameMatrix::shippedMatchesFiles_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<QString>("open");
    QTest::addRow("before the hack") << QDate(2014, 6, 30) << QString();
    QTest::addRow("1 December") << QDate(2014, 12, 1) << QString();
    QTest::addRow("19 December") << QDate(2014, 12, 19) << QString();
    QTest::addRow("19 December, US government open") << QDate(2014, 12, 19) << u"us-federal-government"_s;
    QTest::addRow("the end, experts open") << QDate(2015, 12, 31) << u"security-experts"_s;
    QTest::addRow("the end") << QDate(2015, 12, 31) << QString();
}

// Every cell and every total equals what the JSON files give, counted here
// without the engine.
void TestBlameMatrix::shippedMatchesFiles()
{
    QFETCH(QDate, cutoff);
    QFETCH(QString, open);
    BlameMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCase(&shippedCase());
    model.setExpandedCamp(open);
    model.setCutoff(cutoff);
    QCOMPARE(model.expandedCamp(), open);
    const Expected e = expectedFromFiles(cutoff.toString(Qt::ISODate), open);

    QSet<QString> nodes;
    for (int i = 0; i < model.nodeCount(); ++i)
        nodes.insert(model.nodeId(i));
    QCOMPARE(nodes, e.nodes);
    QCOMPARE(model.rowCount(), int(e.nodes.size()) + 1);
    QCOMPARE(model.columnCount(), model.rowCount());

    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const QSet<QString> want = e.cells.value(model.nodeId(row)).value(model.nodeId(column));
            const QStringList ids = index.data(BlameMatrixModel::ClaimIdsRole).toStringList();
            QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), want);
            QCOMPARE(index.data(BlameMatrixModel::CountRole).toInt(), int(want.size()));
            QCOMPARE(index.data(BlameMatrixModel::StanceRole).toString().isEmpty(), want.isEmpty());
        }
    }
    QCOMPARE(model.claimCount(), int(e.cells.value(QString()).value(QString()).size()));
}

void TestBlameMatrix::shippedCells_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<QString>("from"); // "" for the totals
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("stance");
    QTest::addColumn<int>("kind");
    // Counted by hand from claims.json.
    QTest::addRow("June: the one threat") << QDate(2014, 6, 30) << u"north-korea-state"_s << u"us-federal-government"_s << 1 << u"threatens"_s
                                          << int(BlameMatrixModel::Pair);
    QTest::addRow("June: nothing back") << QDate(2014, 6, 30) << u"us-federal-government"_s << u"north-korea-state"_s << 0 << QString()
                                        << int(BlameMatrixModel::Pair);
    QTest::addRow("June: all") << QDate(2014, 6, 30) << QString() << QString() << 1 << u"threatens"_s << int(BlameMatrixModel::GrandTotal);
    QTest::addRow("19 Dec: government blames") << QDate(2014, 12, 19) << u"us-federal-government"_s << u"north-korea-state"_s << 6 << u"blames"_s
                                               << int(BlameMatrixModel::Pair);
    QTest::addRow("19 Dec: a camp about itself") << QDate(2014, 12, 19) << u"north-korea-state"_s << u"north-korea-state"_s << 3 << u"denies"_s
                                                 << int(BlameMatrixModel::Pair);
    QTest::addRow("19 Dec: a tie goes to the earlier stance")
        << QDate(2014, 12, 19) << u"sony"_s << u"sony"_s << 2 << u"defends"_s << int(BlameMatrixModel::Pair);
    QTest::addRow("19 Dec: government's row") << QDate(2014, 12, 19) << u"us-federal-government"_s << QString() << 8 << u"blames"_s
                                              << int(BlameMatrixModel::RowTotal);
    QTest::addRow("19 Dec: claims about the state") << QDate(2014, 12, 19) << QString() << u"north-korea-state"_s << 12 << u"blames"_s
                                                    << int(BlameMatrixModel::ColumnTotal);
    QTest::addRow("19 Dec: all") << QDate(2014, 12, 19) << QString() << QString() << 32 << QString() << int(BlameMatrixModel::GrandTotal);
    QTest::addRow("end: replies") << QDate(2015, 12, 31) << u"north-korea-state"_s << u"us-federal-government"_s << 10 << u"denies"_s
                                  << int(BlameMatrixModel::Pair);
    QTest::addRow("end: experts doubt") << QDate(2015, 12, 31) << u"security-experts"_s << u"us-federal-government"_s << 4 << u"doubts"_s
                                        << int(BlameMatrixModel::Pair);
    QTest::addRow("end: nobody targets the experts") << QDate(2015, 12, 31) << QString() << u"security-experts"_s << 0 << QString()
                                                     << int(BlameMatrixModel::ColumnTotal);
    QTest::addRow("end: all") << QDate(2015, 12, 31) << QString() << QString() << 59 << QString() << int(BlameMatrixModel::GrandTotal);
}

void TestBlameMatrix::shippedCells()
{
    QFETCH(QDate, cutoff);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, count);
    QFETCH(QString, stance);
    QFETCH(int, kind);
    BlameMatrixModel model;
    model.setCase(&shippedCase());
    model.setCutoff(cutoff);
    QCOMPARE(at(model, from, to, BlameMatrixModel::CountRole).toInt(), count);
    QCOMPARE(at(model, from, to, BlameMatrixModel::CellKindRole).toInt(), kind);
    QCOMPARE(at(model, from, to, BlameMatrixModel::ClaimantIdRole).toString(), from);
    QCOMPARE(at(model, from, to, BlameMatrixModel::TargetIdRole).toString(), to);
    if (!stance.isEmpty() || count == 0) {
        QCOMPARE(at(model, from, to, BlameMatrixModel::StanceRole).toString(), stance);
        QCOMPARE(at(model, from, to, BlameMatrixModel::StanceColorRole).toString(),
                 stance.isEmpty() ? QString() : VocabularyStyle::color(VocabularyStyle::Kind::Stance, stance));
        QCOMPARE(at(model, from, to, BlameMatrixModel::StanceMarkerRole).toString(),
                 stance.isEmpty() ? QString() : VocabularyStyle::entry(VocabularyStyle::Kind::Stance, stance).marker);
    }
}

void TestBlameMatrix::shippedText()
{
    BlameMatrixModel model;
    model.setCase(&shippedCase());
    model.setCutoff(QDate(2015, 12, 31));
    QCOMPARE(at(model, u"north-korea-state"_s, u"us-federal-government"_s, BlameMatrixModel::AccessibleTextRole).toString(),
             isolated(u"North Korea's government and state media"_s) + u" → "_s + isolated(u"US government"_s) + u": "_s +
                 isolated(u"10 claims, 2 blames, 5 denies, 3 threatens"_s));
    QCOMPARE(at(model, u"north-korea-state"_s, u"us-federal-government"_s, BlameMatrixModel::StancesRole).toString(), u"2 blames, 5 denies, 3 threatens"_s);
    const int us = model.nodeIndex(u"us-federal-government"_s);
    QCOMPARE(model.headerData(us, Qt::Horizontal, BlameMatrixModel::NameRole).toString(), u"US government"_s);
    QCOMPARE(model.headerData(us, Qt::Vertical, BlameMatrixModel::MarkerRole).toString(), u"hexagon"_s);
    QCOMPARE(model.headerData(us, Qt::Vertical, BlameMatrixModel::KeyRole).toString(), u"F"_s);
    QCOMPARE(model.headerData(model.nodeCount(), Qt::Horizontal, BlameMatrixModel::NameRole).toString(), u"Total"_s);
}

void TestBlameMatrix::years_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<QStringList>("rows"); // per claimant: counts towards each target, then the row's total
    QTest::addColumn<QStringList>("stances");
    QTest::addRow("2018: nothing yet") << QDate(2018, 12, 31) << QStringList{u"0 0 0"_s, u"0 0 0"_s, u"0 0 0"_s}
                                       << QStringList{u"- - -"_s, u"- - -"_s, u"- - -"_s};
    QTest::addRow("2020: one claim; one without a target")
        << QDate(2020, 12, 31) << QStringList{u"0 0 0"_s, u"1 0 1"_s, u"1 0 1"_s} << QStringList{u"- - -"_s, u"blames - blames"_s, u"blames - blames"_s};
    QTest::addRow("2021: two governments named once") << QDate(2021, 12, 31) << QStringList{u"0 0 0"_s, u"2 0 2"_s, u"2 0 2"_s}
                                                      << QStringList{u"- - -"_s, u"blames - blames"_s, u"blames - blames"_s};
    QTest::addRow("2023: two camps named, once in the total") << QDate(2023, 12, 31) << QStringList{u"2 1 2"_s, u"2 0 2"_s, u"4 1 4"_s}
                                                              << QStringList{u"denies denies denies"_s, u"blames - blames"_s, u"denies denies denies"_s};
    QTest::addRow("no cutoff: every claim") << QDate() << QStringList{u"2 1 2"_s, u"2 0 2"_s, u"4 1 4"_s}
                                            << QStringList{u"denies denies denies"_s, u"blames - blames"_s, u"denies denies denies"_s};
}

// A case of another shape: no camps (camps by kind), years apart.
void TestBlameMatrix::years()
{
    QFETCH(QDate, cutoff);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, stances);
    const CaseData data = yearsCase();
    BlameMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCase(&data);
    model.setCutoff(cutoff);
    QCOMPARE(model.nodeCount(), 2);
    QCOMPARE(model.nodeId(0), u"government"_s);
    QCOMPARE(model.nodeId(1), u"company"_s);
    QStringList seen, seenStances;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList counts, rowStances;
        for (int column = 0; column < model.columnCount(); ++column) {
            counts << model.index(row, column).data(BlameMatrixModel::CountRole).toString();
            const QString stance = model.index(row, column).data(BlameMatrixModel::StanceRole).toString();
            rowStances << (stance.isEmpty() ? u"-"_s : stance);
        }
        seen << counts.join(u' ');
        seenStances << rowStances.join(u' ');
    }
    QCOMPARE(seen, rows);
    QCOMPARE(seenStances, stances);
}

void TestBlameMatrix::yearsHeaders()
{
    const CaseData data = yearsCase();
    BlameMatrixModel model;
    model.setCase(&data);
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"Governments"_s);
    QCOMPARE(model.headerData(0, Qt::Horizontal, BlameMatrixModel::KeyRole).toString(), u"A"_s);
    QCOMPARE(model.headerData(1, Qt::Vertical, BlameMatrixModel::KeyRole).toString(), u"B"_s);
    QCOMPARE(model.headerData(0, Qt::Vertical, BlameMatrixModel::HeaderTextRole).toString(),
             isolated(u"A"_s) + u": "_s + isolated(u"Governments"_s) + u", a camp of 2 actors"_s);
    QCOMPARE(model.index(1, 0).data(BlameMatrixModel::AccessibleTextRole).toString(),
             isolated(u"Companies"_s) + u" → "_s + isolated(u"Governments"_s) + u": "_s + isolated(u"2 claims, 1 blames, 1 doubts"_s));
    QCOMPARE(model.index(0, 0).data(BlameMatrixModel::AccessibleTextRole).toString(),
             isolated(u"Governments"_s) + u" → "_s + isolated(u"Governments"_s) + u": "_s + isolated(u"2 claims, 2 denies"_s));
    model.setCutoff(QDate(2019, 1, 1));
    QCOMPARE(model.index(0, 1).data(BlameMatrixModel::AccessibleTextRole).toString(),
             isolated(u"Governments"_s) + u" → "_s + isolated(u"Companies"_s) + u": "_s + isolated(u"no claims"_s));
    QCOMPARE(model.index(0, 1).data(BlameMatrixModel::StanceColorRole).toString(), QString());
}

void TestBlameMatrix::drillDown()
{
    const CaseData data = yearsCase();
    BlameMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCase(&data);
    QVERIFY(model.toggleNode(0));
    QCOMPARE(model.expandedCamp(), u"government"_s);
    QCOMPARE(model.nodeCount(), 3);
    QStringList ids, keys;
    for (int i = 0; i <= model.nodeCount(); ++i) {
        ids << model.nodeId(i);
        keys << model.headerData(i, Qt::Horizontal, BlameMatrixModel::KeyRole).toString();
    }
    QCOMPARE(ids, (QStringList{u"g1"_s, u"g2"_s, u"company"_s, QString()}));
    QCOMPARE(keys, (QStringList{u"A1"_s, u"A2"_s, u"B"_s, u"Total"_s}));
    QCOMPARE(model.headerData(1, Qt::Vertical, BlameMatrixModel::IsActorRole).toBool(), true);
    QCOMPARE(model.headerData(1, Qt::Vertical, BlameMatrixModel::CampNameRole).toString(), u"Governments"_s);
    QCOMPARE(model.headerData(1, Qt::Vertical, BlameMatrixModel::HeaderTextRole).toString(),
             isolated(u"A2"_s) + u": "_s + isolated(u"Elbonia"_s) + u", of "_s + isolated(u"Governments"_s));
    // k2 names both: one claim in each actor's cell, once in the row's total.
    QCOMPARE(at(model, u"company"_s, u"g1"_s, BlameMatrixModel::CountRole).toInt(), 2);
    QCOMPARE(at(model, u"company"_s, u"g2"_s, BlameMatrixModel::CountRole).toInt(), 1);
    QCOMPARE(at(model, u"company"_s, QString(), BlameMatrixModel::CountRole).toInt(), 2);
    QCOMPARE(at(model, u"g1"_s, u"g2"_s, BlameMatrixModel::CountRole).toInt(), 1);
    QCOMPARE(at(model, u"g2"_s, u"g1"_s, BlameMatrixModel::ClaimIdsRole).toStringList(), QStringList{u"k4"_s});
    QCOMPARE(at(model, QString(), u"g1"_s, BlameMatrixModel::ClaimIdsRole).toStringList(), (QStringList{u"k1"_s, u"k2"_s, u"k4"_s}));
    QCOMPARE(model.claimIds(QString(), u"g1"_s), (QStringList{u"k1"_s, u"k2"_s, u"k4"_s}));
    QCOMPARE(model.claimIds(u"government"_s, u"g1"_s), QStringList());
    QCOMPARE(model.placeOf(u"government"_s), 0);
    QCOMPARE(model.placeOf(u"g2"_s), 1);
    QCOMPARE(model.placeOf(u"co"_s), 2);
    QCOMPARE(model.placeOf(u"nobody"_s), -1);
    // An actor's header closes its camp; the totals cannot be opened.
    QVERIFY(model.toggleNode(1));
    QCOMPARE(model.expandedCamp(), QString());
    QCOMPARE(model.nodeCount(), 2);
    QCOMPARE(model.placeOf(u"g2"_s), 0);
    QCOMPARE(model.placeOf(u"company"_s), 1);
    QVERIFY(!model.toggleNode(2));
    model.setExpandedCamp(u"no-such-camp"_s);
    QCOMPARE(model.expandedCamp(), QString());
}

void TestBlameMatrix::signals_()
{
    const CaseData data = yearsCase();
    BlameMatrixModel model;
    model.setCase(&data);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counts(&model, &BlameMatrixModel::countsChanged);
    QSignalSpy expanded(&model, &BlameMatrixModel::expandedCampChanged);
    model.setCutoff(QDate(2020, 1, 1));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.claimCount(), 1);
    model.setCutoff(QDate(2020, 1, 1));
    QCOMPARE(changed.size(), 1);
    model.setExpandedCamp(u"company"_s);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(expanded.size(), 1);
    model.setExpandedCamp(u"company"_s);
    QCOMPARE(reset.size(), 1);
    // Another case without the camp: nothing open, and said so.
    CaseData other = data;
    other.actors.removeLast();
    other.claims = {other.claims.at(3)};
    model.setCase(&other);
    QCOMPARE(model.expandedCamp(), QString());
    QCOMPARE(expanded.size(), 2);
    model.setCase(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.claimCount(), 0);
}

void TestBlameMatrix::followsLibrary()
{
    CaseLibrary library;
    BlameMatrixModel model;
    model.setCaseLibrary(&library);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy nodes(&model, &BlameMatrixModel::nodesChanged);
    QVERIFY(library.openDefault());
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(model.nodeCount(), 10);
    QCOMPARE(model.claimCount(), 59);
}

QTEST_MAIN(TestBlameMatrix)
#include "tst_blamematrix.moc"
