// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Where the camps view draws: rows that keep their identity from day to day
// (so that delegates are updated, not rebuilt), and a layout whose cards,
// arrows and counts stay inside the view and clear of one another, for the
// shipped case and the minimal example at projector and desktop sizes.
#include "blame/campitemmodel.h"
#include "blame/camplayout.h"
#include "case/caselibrary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QList<CampItem> itemsOf(const QString &keys, int value = 0)
{
    QList<CampItem> items;
    for (const QChar key : keys) {
        CampItem item;
        item.key = key;
        item.countText = QString::number(value);
        items << item;
    }
    return items;
}

QString keysOf(const CampItemModel &model)
{
    QString keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys += model.items().at(row).key;
    return keys;
}

/// How many of an arrow's points run under the middle of a card it does not
/// join (its count and the cards' corners aside: there an arrow may pass
/// below a card without seeming to end at it).
int samplesUnderCards(const CampItem &arrow, const QList<CampItem> &cards)
{
    int under = 0;
    for (qreal t = 0.05; t < 0.96; t += 0.01) {
        const QPointF p = (1 - t) * (1 - t) * arrow.start + 2 * t * (1 - t) * arrow.control + t * t * arrow.end;
        for (const CampItem &card : cards) {
            if (card.node.isOpen || card.node.id == arrow.edge.from || card.node.id == arrow.edge.to)
                continue;
            const QRectF middle = card.box.adjusted(card.box.width() / 5, card.box.height() / 5, -card.box.width() / 5, -card.box.height() / 5);
            if (middle.contains(p) && !arrow.box.contains(p))
                ++under;
        }
    }
    return under;
}

} // namespace

class TestCampLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowKeys_data();
    void rowsFollowKeys();
    void onlyChangedRolesReported();
    void layout_data();
    void layout();
    void claimDaysKeepRows();
    void openCampActorsFit_data();
    void openCampActorsFit();
};

void TestCampLayout::rowsFollowKeys_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("moved");
    QTest::addRow("same") << u"abc"_s << u"abc"_s << 0 << 0 << 0;
    QTest::addRow("from nothing") << u""_s << u"abc"_s << 3 << 0 << 0;
    QTest::addRow("to nothing") << u"abc"_s << u""_s << 0 << 3 << 0;
    QTest::addRow("one added in the middle") << u"abd"_s << u"abcd"_s << 1 << 0 << 0;
    QTest::addRow("one gone") << u"abcd"_s << u"acd"_s << 0 << 1 << 0;
    QTest::addRow("one moves ahead") << u"abcd"_s << u"dabc"_s << 0 << 0 << 1;
    QTest::addRow("reversed") << u"abcd"_s << u"dcba"_s << 0 << 0 << 3;
    QTest::addRow("all at once") << u"abcde"_s << u"fdbgc"_s << 2 << 2 << 1;
}

void TestCampLayout::rowsFollowKeys()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, moved);
    CampItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(itemsOf(before));
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setItems(itemsOf(after));
    QCOMPARE(keysOf(model), after);
    QCOMPARE(inserts.size(), inserted);
    QCOMPARE(removes.size(), removed);
    QCOMPARE(moves.size(), moved);
    QCOMPARE(resets.size(), 0);
}

void TestCampLayout::onlyChangedRolesReported()
{
    CampItemModel model;
    model.setItems(itemsOf(u"abc"_s));
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setItems(itemsOf(u"abc"_s));
    QCOMPARE(changes.size(), 0);

    QList<CampItem> items = itemsOf(u"abc"_s);
    items[1].box = QRectF(1, 2, 3, 4);
    model.setItems(items);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changes.at(0).at(2).value<QList<int>>(), QList<int>{CampItemModel::BoxRole});
    QCOMPARE(model.data(model.index(1), CampItemModel::BoxRole).toRectF(), QRectF(1, 2, 3, 4));
}

void TestCampLayout::layout_data()
{
    QTest::addColumn<QString>("casePath");
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<QString>("openCamp");
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<int>("fontPixelSize");
    // The view's size on the audience screen at 1024×768 and 1280×720, and on a desktop window.
    const QList<std::tuple<const char *, QSizeF, int>> sizes{
        {"projector 4:3", QSizeF(600, 430), 22}, {"projector 16:9", QSizeF(760, 420), 22}, {"desktop", QSizeF(1100, 640), 16}};
    for (const auto &[name, size, font] : sizes) {
        for (const QDate date : {QDate(2014, 12, 17), QDate(2014, 12, 21), QDate(2015, 2, 5)})
            QTest::addRow("shipped case, %s, %s", qPrintable(date.toString(Qt::ISODate)), name) << QString() << date << QString() << size << font;
        // Camps opened inside the ring: what does not fit is one card.
        for (const QString &camp : {u"us-federal-government"_s, u"security-experts"_s, u"north-korea-state"_s, u"sony"_s})
            QTest::addRow("shipped case, %s open, %s", qPrintable(camp), name) << QString() << QDate(2015, 2, 5) << camp << size << font;
        QTest::addRow("minimal example, %s", name) << QStringLiteral(DOCS_DIR "/examples/minimal-case") << QDate() << QString() << size << font;
    }
}

void TestCampLayout::layout()
{
    QFETCH(QString, casePath);
    QFETCH(QDate, cutoff);
    QFETCH(QString, openCamp);
    QFETCH(QSizeF, size);
    QFETCH(int, fontPixelSize);
    CaseLibrary library;
    QVERIFY(casePath.isEmpty() ? library.openDefault() : library.open(casePath));
    BlameView *view = library.blame();
    view->setCutoff(cutoff.isValid() ? cutoff : view->lastDate());
    view->setOpenCamp(openCamp);
    QCOMPARE(view->openCamp(), openCamp);
    CampLayout layout;
    layout.setView(view);
    layout.setWidth(size.width());
    layout.setHeight(size.height());
    layout.setFontPixelSize(fontPixelSize);

    const QRectF bounds(QPointF(0, 0), size);
    const QList<CampItem> &cards = layout.cards()->items();
    const QList<CampItem> &arrows = layout.arrows()->items();
    // Every node has its card, but for the actors of an open camp drawn as one.
    const auto grouped = std::find_if(cards.cbegin(), cards.cend(), [](const CampItem &c) { return !c.node.members.isEmpty(); });
    QCOMPARE(cards.size() + (grouped == cards.cend() ? 0 : grouped->node.members.size() - 1), view->campNodes().size());
    QVERIFY(!arrows.isEmpty());
    QVERIFY2(layout.labelPixelSize() >= CampLayout::SmallestPixelSize && layout.labelPixelSize() <= fontPixelSize,
             qPrintable(QString::number(layout.labelPixelSize())));
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const CampItem &card = cards.at(i);
        QVERIFY2(bounds.contains(card.box), qPrintable(card.node.name));
        for (qsizetype j = i + 1; j < cards.size(); ++j) {
            if (!card.node.isOpen && !cards.at(j).node.isOpen)
                QVERIFY2(!card.box.intersects(cards.at(j).box), qPrintable(card.node.name + u" and "_s + cards.at(j).node.name));
        }
    }
    if (qEnvironmentVariableIsSet("CAMPLAYOUT_DUMP")) {
        for (const CampItem &c : cards)
            qDebug() << c.node.name << c.box;
        for (const CampItem &a : arrows)
            qDebug() << a.edge.from << a.edge.to << a.box << a.loop;
    }
    int underCards = 0, arrowsUnderCards = 0;
    for (qsizetype i = 0; i < arrows.size(); ++i) {
        const CampItem &arrow = arrows.at(i);
        const QString name = arrow.edge.label;
        // Every count is inside the view, on no card and on no other count.
        QVERIFY2(bounds.contains(arrow.box), qPrintable(name));
        QVERIFY(!arrow.countText.isEmpty());
        // A count of claims within a camp may sit on its own card's border; with a camp
        // open and the ring crowded, a count may touch the cards its arrow joins.
        // Between two actors of the open camp, whose cards stand close in the ring, a count may touch a third one's.
        const auto isActor = [&](const QString &id) {
            return std::any_of(cards.cbegin(), cards.cend(), [&](const CampItem &c) { return c.node.isActor && c.node.id == id; });
        };
        const bool withinOpenCamp = isActor(arrow.edge.from) && isActor(arrow.edge.to);
        for (const CampItem &card : cards) {
            const bool joined = card.node.id == arrow.edge.from || card.node.id == arrow.edge.to;
            if (!card.node.isOpen && !(joined && (arrow.loop || !openCamp.isEmpty())) && !(withinOpenCamp && card.node.isActor))
                QVERIFY2(!arrow.box.intersects(card.box), qPrintable(name + u" on "_s + card.node.name));
        }
        for (qsizetype j = i + 1; j < arrows.size(); ++j)
            QVERIFY2(!arrow.box.intersects(arrows.at(j).box), qPrintable(name + u" on "_s + arrows.at(j).edge.label));
        if (!arrow.loop) {
            for (qreal t = 0; t <= 1; t += 0.05)
                QVERIFY2(bounds.contains((1 - t) * (1 - t) * arrow.start + 2 * t * (1 - t) * arrow.control + t * t * arrow.end), qPrintable(name));
            const int under = samplesUnderCards(arrow, cards);
            // Where cards crowd one side of the ring, an arrow may have no way round:
            // then it passes under a card for a short stretch at most.
            QVERIFY2(!openCamp.isEmpty() || under <= 18, qPrintable(name + u" runs under a card at %1 of 91 points"_s.arg(under)));
            arrowsUnderCards += under > 0 ? 1 : 0;
            underCards += under;
        }
    }
    // Hardly an arrow runs under the middle of a card it does not join; with a camp
    // open, its actors fill the ring and arrows to the far side must cross some of them.
    if (openCamp.isEmpty())
        QVERIFY2(arrowsUnderCards <= 2, qPrintable(u"%1 arrows, %2 points"_s.arg(arrowsUnderCards).arg(underCards)));
}

void TestCampLayout::openCampActorsFit_data()
{
    QTest::addColumn<QString>("camp");
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<int>("fontPixelSize");
    QTest::addColumn<bool>("grouped");
    QTest::addColumn<int>("minimumShown"); ///< actors on cards of their own, at least
    // 17 actors do not fit inside the ring at any of these sizes; 3 long names fit on a desktop only.
    QTest::newRow("17 actors, projector 4:3") << u"us-federal-government"_s << QSizeF(600, 430) << 22 << true << 1;
    QTest::newRow("17 actors, projector 16:9") << u"us-federal-government"_s << QSizeF(760, 420) << 22 << true << 1;
    QTest::newRow("17 actors, desktop") << u"us-federal-government"_s << QSizeF(1100, 640) << 16 << true << 3;
    // The most involved expert's name is too long for the card at 4:3: a shorter one is shown.
    QTest::newRow("9 actors, projector 4:3") << u"security-experts"_s << QSizeF(600, 430) << 22 << true << 1;
    QTest::newRow("9 actors, projector 16:9") << u"security-experts"_s << QSizeF(760, 420) << 22 << true << 1;
    QTest::newRow("3 actors, projector 16:9") << u"sony"_s << QSizeF(760, 420) << 22 << true << 1;
    QTest::newRow("3 actors, desktop") << u"sony"_s << QSizeF(1100, 640) << 16 << false << 3;
}

void TestCampLayout::openCampActorsFit()
{
    QFETCH(QString, camp);
    QFETCH(QSizeF, size);
    QFETCH(int, fontPixelSize);
    QFETCH(bool, grouped);
    QFETCH(int, minimumShown);
    CaseLibrary library;
    QVERIFY(library.openDefault());
    BlameView *view = library.blame();
    view->setCutoff(view->lastDate());
    view->setOpenCamp(camp);
    CampLayout layout;
    layout.setView(view);
    layout.setWidth(size.width());
    layout.setHeight(size.height());
    layout.setFontPixelSize(fontPixelSize);

    QList<CampNode> actors;
    for (const CampNode &n : view->campNodes()) {
        if (n.isActor)
            actors << n;
    }
    QList<CampItem> shown;
    const CampItem *group = nullptr;
    for (const CampItem &c : layout.cards()->items()) {
        if (c.node.isActor)
            shown << c;
        if (!c.node.members.isEmpty())
            group = &c;
    }
    QCOMPARE(group != nullptr, grouped);

    // Each name is whole on its card at the cards' size, in at most two lines.
    QFont font = QGuiApplication::font();
    font.setBold(true);
    font.setPixelSize(layout.labelPixelSize());
    const QFontMetricsF metrics(font);
    for (const CampItem &c : std::as_const(shown)) {
        const qreal room = c.box.width() - 2 * CampLayout::Padding - 6 - std::round(layout.labelPixelSize() * 0.7);
        const QRectF text = metrics.boundingRect(QRectF(0, 0, room, 1e6), Qt::TextWordWrap, c.node.name);
        QVERIFY2(text.width() <= room && text.height() <= c.box.height() - 2 * CampLayout::Padding, qPrintable(c.node.name));
        QVERIFY2(text.height() <= 2 * metrics.lineSpacing() + 0.5, qPrintable(c.node.name));
    }
    if (!grouped) {
        QCOMPARE(shown.size(), actors.size());
        return;
    }

    // The others are one card, after the shown ones, named by its count: every actor is drawn once.
    QCOMPARE(shown.last().node.id, group->node.id);
    QVERIFY(group->node.members.size() >= 2);
    QCOMPARE(group->node.name, u"%1 more"_s.arg(group->node.members.size()));
    // It belongs to the camp, as its actors do.
    QCOMPARE(view->campOf(group->node.id), camp);
    QStringList drawn = group->node.members;
    for (const CampItem &c : std::as_const(shown)) {
        if (&c != &shown.last())
            drawn << c.node.id;
    }
    QCOMPARE(drawn.size(), actors.size());
    for (const CampNode &a : std::as_const(actors))
        QVERIFY2(drawn.contains(a.id), qPrintable(a.name));
    // The shown actors are the most involved up to the date; where only one is
    // shown, those more involved have names that do not fit on its card.
    const auto involvement = [&](const QString &id) {
        const auto a = std::find_if(actors.cbegin(), actors.cend(), [&](const CampNode &n) { return n.id == id; });
        return a->outgoing + a->incoming;
    };
    const auto fitsOn = [&](const QString &name, const QRectF &box) {
        const qreal room = box.width() - 2 * CampLayout::Padding - 6 - std::round(layout.labelPixelSize() * 0.7);
        const QRectF text = metrics.boundingRect(QRectF(0, 0, room, 1e6), Qt::TextWordWrap, name);
        return text.width() <= room && text.height() <= box.height() - 2 * CampLayout::Padding;
    };
    for (const CampItem &c : std::as_const(shown)) {
        if (&c == &shown.last())
            continue;
        for (const QString &id : group->node.members) {
            if (involvement(id) <= involvement(c.node.id))
                continue;
            QVERIFY2(shown.size() == 2, qPrintable(view->nameOf(id) + u" left out for "_s + c.node.name));
            QVERIFY2(!fitsOn(view->nameOf(id), c.box), qPrintable(view->nameOf(id) + u" would fit"_s));
        }
    }
    QVERIFY2(shown.size() - 1 >= minimumShown, qPrintable(QString::number(shown.size() - 1)));
    // Its screen-reader name lists them.
    for (const QString &id : group->node.members)
        QVERIFY2(group->node.label.contains(view->nameOf(id)), qPrintable(group->node.label));

    // No claim is lost or counted twice: the arrows carry the same claims, those of the hidden actors summed.
    // (With a camp open, only the arrows of its actors are drawn.)
    QStringList before, after, groupMade, groupReceived;
    const auto ofOpenCamp = [&](const QString &id) { return std::any_of(actors.cbegin(), actors.cend(), [&](const CampNode &n) { return n.id == id; }); };
    for (const BlameEdge &e : view->campEdges()) {
        if (ofOpenCamp(e.from) || ofOpenCamp(e.to))
            before << e.claimIds;
        if (group->node.members.contains(e.from))
            groupMade << e.claimIds;
        if (group->node.members.contains(e.to))
            groupReceived << e.claimIds;
    }
    for (const CampItem &a : layout.arrows()->items()) {
        after << a.edge.claimIds;
        QCOMPARE(a.edge.count, a.edge.claimIds.size());
        QVERIFY2(!group->node.members.contains(a.edge.from) && !group->node.members.contains(a.edge.to), qPrintable(a.edge.label));
    }
    const auto distinct = [](QStringList list) {
        list.sort();
        list.removeDuplicates();
        return list;
    };
    QCOMPARE(distinct(after), distinct(before));
    QCOMPARE(group->node.outgoing, distinct(groupMade).size());
    QCOMPARE(group->node.incoming, distinct(groupReceived).size());
    QVERIFY(group->node.outgoing + group->node.incoming > 0);
    // An arrow of the card holds each of its claims once, and its name names the card.
    for (const CampItem &a : layout.arrows()->items()) {
        if (a.edge.from != group->node.id && a.edge.to != group->node.id)
            continue;
        QCOMPARE(distinct(a.edge.claimIds).size(), a.edge.claimIds.size());
        QVERIFY2(a.edge.label.contains(group->node.name), qPrintable(a.edge.label));
    }
}

void TestCampLayout::claimDaysKeepRows()
{
    CaseLibrary library;
    QVERIFY(library.openDefault());
    BlameView *view = library.blame();
    view->setCutoff(QDate(2014, 12, 16));
    CampLayout layout;
    layout.setView(view);
    layout.setWidth(760);
    layout.setHeight(420);
    layout.setFontPixelSize(22);
    CampItemModel *arrows = layout.arrows();
    QAbstractItemModelTester tester(arrows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(arrows, &QAbstractItemModel::modelReset);
    QSignalSpy cardResets(layout.cards(), &QAbstractItemModel::modelReset);
    QSignalSpy cardChanges(layout.cards(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(arrows, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(arrows, &QAbstractItemModel::rowsRemoved);
    const int before = arrows->rowCount();
    // Days that add claims: the arrows there already stay rows of the model.
    while (view->stepToNextClaimDay()) { }
    QCOMPARE(resets.size(), 0);
    QCOMPARE(cardResets.size(), 0);
    QVERIFY(inserts.size() > 0);
    // Claims only accumulate: no arrow goes, one row per new arrow.
    QCOMPARE(removes.size(), 0);
    QCOMPARE(arrows->rowCount(), before + inserts.size());
    // A day without claims changes nothing.
    int quiet = view->dayIndex() + 1;
    while (view->claimDays().contains(quiet))
        ++quiet;
    cardChanges.clear();
    QSignalSpy arrowChanges(arrows, &QAbstractItemModel::dataChanged);
    view->setDayIndex(quiet);
    QVERIFY(view->claimCount() > 0);
    QCOMPARE(arrowChanges.size(), 0);
    QCOMPARE(cardChanges.size(), 0);
}

QTEST_MAIN(TestCampLayout)
#include "tst_camplayout.moc"
