// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The camps view of the blame page: camp slots on the ring, the camps and
// arrows of the default case at several dates, the headline, the claims in
// focus, and the blame steps' mode and focus as the lesson hands them on.
#include "blame/blameview.h"
#include "case/caselibrary.h"
#include "case/vocabulary.h"
#include "lesson/lessonmodel.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCampView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void campSlots_data();
    void campSlots();
    void dashes();
    void camps_data();
    void camps();
    void openCamp();
    void quietDaysRebuildNothing();
    void claimsOf_data();
    void claimsOf();
    void headline_data();
    void headline();
    void stepFocus_data();
    void stepFocus();
    void plurals_data();
    void plurals();

private:
    CaseLibrary m_library;
};

void TestCampView::initTestCase()
{
    QVERIFY(m_library.openDefault());
}

void TestCampView::campSlots_data()
{
    QTest::addColumn<int>("count");
    for (const int n : {1, 2, 3, 4, 5, 7, 8, 10, 12, 14})
        QTest::addRow("%d camps", n) << n;
}

void TestCampView::campSlots()
{
    QFETCH(int, count);
    QSet<std::pair<qreal, qreal>> seen;
    for (int i = 0; i < count; ++i) {
        const QPointF p = BlameView::campSlot(i, count);
        QVERIFY2(p.x() >= 0 && p.x() <= 1 && p.y() >= 0 && p.y() <= 1, qPrintable(u"slot %1 at %2,%3"_s.arg(i).arg(p.x()).arg(p.y())));
        // On the ring: every slot on an edge of the unit square.
        QVERIFY(p.x() == 0 || p.x() == 1 || p.y() == 0 || p.y() == 1);
        QVERIFY2(!seen.contains({p.x(), p.y()}), "two camps share a slot");
        seen.insert({p.x(), p.y()});
    }
    // The first camp is at the top; the order runs clockwise, so the second is not left of it.
    QCOMPARE(BlameView::campSlot(0, count).y(), 0.0);
    if (count > 1 && BlameView::campSlot(1, count).y() == 0)
        QVERIFY(BlameView::campSlot(1, count).x() > BlameView::campSlot(0, count).x());
    QCOMPARE(BlameView::campSlot(count, count), QPointF(0.5, 0.5));
}

void TestCampView::dashes()
{
    // Each stance has its own dash, so colour is never the only mark; "blames" is solid.
    QSet<QList<qreal>> seen;
    for (const QString &stance : Claimscope::Vocabulary::stances()) {
        const QList<qreal> dash = BlameView::dashPattern(stance);
        QVERIFY2(!seen.contains(dash), qPrintable(stance));
        seen.insert(dash);
    }
    QVERIFY(BlameView::dashPattern(u"blames"_s).isEmpty());
}

void TestCampView::camps_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<int>("claims");
    QTest::addRow("17 Dec 2014") << QDate(2014, 12, 17) << 29;
    QTest::addRow("21 Dec 2014") << QDate(2014, 12, 21) << 46;
    QTest::addRow("7 Jan 2015") << QDate(2015, 1, 7) << 64;
}

void TestCampView::camps()
{
    QFETCH(QDate, cutoff);
    QFETCH(int, claims);
    BlameView *view = m_library.blame();
    view->setOpenCamp(QString());
    view->setCutoff(cutoff);
    QCOMPARE(view->claimCount(), claims);
    const QList<CampNode> nodes = view->campNodes();
    QVERIFY(!nodes.isEmpty());
    QVERIFY2(nodes.size() <= 12, "few enough camps to label each");
    QSet<QString> ids;
    for (const CampNode &n : nodes) {
        QVERIFY(!n.isActor && !n.isOpen);
        QVERIFY(!n.marker.isEmpty());
        QVERIFY(n.label.contains(n.name));
        ids.insert(n.id);
    }
    const QList<BlameEdge> edges = view->campEdges();
    QVERIFY(!edges.isEmpty());
    QSet<std::pair<QString, QString>> pairs;
    int total = 0;
    for (const BlameEdge &e : edges) {
        QVERIFY(ids.contains(e.from) && ids.contains(e.to));
        QVERIFY2(!pairs.contains({e.from, e.to}), "one arrow per direction");
        pairs.insert({e.from, e.to});
        QCOMPARE(e.claimIds.size(), e.count);
        QCOMPARE(e.dashPattern, BlameView::dashPattern(e.stance));
        // An arrow names both camps; claims within one camp name it once, "about itself".
        QVERIFY2(e.label.contains(e.from == e.to ? u" about itself: "_s : u"→"_s) && e.label.contains(u"%1 claim"_s.arg(e.count)), qPrintable(e.label));
        total += e.count;
    }
    QVERIFY(edges.first().count >= edges.last().count);
    QVERIFY(total >= edges.size());
    // The positions do not follow the date.
    view->setCutoff(view->lastDate());
    const QList<CampNode> later = view->campNodes();
    QCOMPARE(later.size(), nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i)
        QCOMPARE(QPointF(later.at(i).x, later.at(i).y), QPointF(nodes.at(i).x, nodes.at(i).y));
}

void TestCampView::openCamp()
{
    BlameView *view = m_library.blame();
    view->setCutoff(QDate(2014, 12, 21));
    view->setOpenCamp(QString());
    const QList<CampNode> closed = view->campNodes();
    const QString camp = closed.first().id;
    view->setOpenCamp(camp);
    QCOMPARE(view->openCamp(), camp);
    const QList<CampNode> open = view->campNodes();
    QVERIFY(open.size() > closed.size());
    // The other camps keep their places; the open one stays as a header in its place.
    for (const CampNode &c : closed) {
        const auto it = std::find_if(open.cbegin(), open.cend(), [&](const CampNode &n) { return n.id == c.id && !n.isActor; });
        QVERIFY(it != open.cend());
        QCOMPARE(QPointF(it->x, it->y), QPointF(c.x, c.y));
        QCOMPARE(it->isOpen, c.id == camp);
    }
    for (const CampNode &n : open) {
        if (n.isActor) {
            QCOMPARE(n.campId, camp);
            QCOMPARE(view->campOf(n.id), camp);
        }
    }
    for (const BlameEdge &e : view->campEdges())
        QVERIFY2(e.from != camp && e.to != camp, "arrows go to the open camp's actors");
    view->setOpenCamp(u"no-such-camp"_s);
    QCOMPARE(view->openCamp(), QString());
    QCOMPARE(view->campNodes(), closed);
}

// Playing the timeline: a day that adds no claim leaves the camps view as it
// is, so QML rebuilds nothing (only the headline's date moves); a day with
// claims updates it.
void TestCampView::quietDaysRebuildNothing()
{
    BlameView *view = m_library.blame();
    view->setOpenCamp(QString());
    const QList<int> days = view->claimDays();
    qsizetype at = -1;
    for (qsizetype i = 0; i + 1 < days.size() && at < 0; ++i) {
        if (days[i + 1] - days[i] >= 3)
            at = i; // a claim day followed by at least two quiet days
    }
    QVERIFY2(at >= 0, "the case has a quiet stretch after a claim day");
    view->setDayIndex(days[at]);
    const QList<BlameEdge> before = view->campEdges();
    QSignalSpy camps(view, &BlameView::campsChanged);
    view->setDayIndex(days[at] + 1);
    view->setDayIndex(days[at] + 2);
    QCOMPARE(view->dayIndex(), days[at] + 2);
    QCOMPARE(camps.count(), 0);
    QCOMPARE(view->campEdges(), before);
    view->setDayIndex(days[at + 1]);
    QCOMPARE(camps.count(), 1);
    QVERIFY(view->campEdges() != before);
}

void TestCampView::claimsOf_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("made");     // claims made by it count
    QTest::addColumn<bool>("received"); // claims about it count
    QTest::addRow("about an actor") << u"about"_s << u"north-korea"_s << false << true;
    QTest::addRow("an actor") << u"actor"_s << u"north-korea"_s << true << true;
    QTest::addRow("a camp") << u"camp"_s << u"us-federal-government"_s << true << true;
}

void TestCampView::claimsOf()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(bool, made);
    QFETCH(bool, received);
    BlameView *view = m_library.blame();
    const QDate cutoff(2014, 12, 17);
    view->setCutoff(cutoff);
    const QStringList ids = view->claimsOf(kind, id);
    QVERIFY(!ids.isEmpty());
    const auto in = [&](const QString &actor) { return kind == u"camp"_s ? view->campOf(actor) == id : actor == id; };
    int expected = 0;
    for (const Claimscope::Claim &c : m_library.caseData().claims) {
        if (c.date.date > cutoff)
            continue;
        const bool by = made && in(c.claimant);
        const bool about = received && std::any_of(c.targets.cbegin(), c.targets.cend(), in);
        if (by || about) {
            ++expected;
            QVERIFY2(ids.contains(c.id), qPrintable(c.id));
        }
    }
    QCOMPARE(ids.size(), expected);
    view->setCutoff(view->lastDate());
    QVERIFY(view->claimsOf(kind, id).size() >= ids.size());
    QVERIFY(view->claimsOf(kind, u"no-such-id"_s).isEmpty());
}

void TestCampView::headline_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("contains");
    QTest::addRow("most blamed, 17 Dec") << QDate(2014, 12, 17) << QString() << QString() << u"By 17 Dec 2014"_s;
    QTest::addRow("a camp, 21 Dec") << QDate(2014, 12, 21) << u"camp"_s << u"us-federal-government"_s << u"US government"_s;
    QTest::addRow("before every claim") << QDate(2014, 1, 1) << QString() << QString() << u"no claim had been made yet"_s;
}

void TestCampView::headline()
{
    QFETCH(QDate, cutoff);
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(QString, contains);
    BlameView *view = m_library.blame();
    view->setHeadlineSubject(kind, id);
    view->setCutoff(cutoff);
    QVERIFY2(view->headline().contains(contains), qPrintable(view->headline()));
    view->setHeadlineSubject(QString(), QString());
}

void TestCampView::stepFocus_data()
{
    QTest::addColumn<QString>("stepId");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("focusKind");
    QTest::addColumn<QString>("focusId");
    QTest::addRow("17 December") << u"blame-dec17"_s << u"camps"_s << u"about"_s << u"north-korea"_s;
    QTest::addRow("after the FBI") << u"blame-dec21"_s << u"camps"_s << u"camp"_s << u"us-federal-government"_s;
}

void TestCampView::stepFocus()
{
    QFETCH(QString, stepId);
    QFETCH(QString, mode);
    QFETCH(QString, focusKind);
    QFETCH(QString, focusId);
    LessonModel *lesson = m_library.lesson();
    int row = -1;
    for (int i = 0; i < lesson->rowCount(); ++i) {
        if (lesson->step(i).stepId == stepId)
            row = i;
    }
    QVERIFY2(row >= 0, qPrintable(stepId));
    const StepInfo step = lesson->step(row);
    QCOMPARE(step.blameMode, mode);
    QCOMPARE(step.focusKind, focusKind);
    QCOMPARE(step.focusId, focusId);
    const QModelIndex index = lesson->index(row);
    QCOMPARE(index.data(LessonModel::BlameModeRole).toString(), mode);
    QCOMPARE(index.data(LessonModel::FocusKindRole).toString(), focusKind);
    QCOMPARE(index.data(LessonModel::FocusIdRole).toString(), focusId);
    QVERIFY(lesson->step(0).focusKind.isEmpty() || lesson->step(0).kind == u"blame"_s);
}

void TestCampView::plurals_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::addRow("one") << 1 << u"1 claim selected"_s;
    QTest::addRow("two") << 2 << u"2 claims selected"_s;
    QTest::addRow("none") << 0 << u"0 claims selected"_s;
}

void TestCampView::plurals()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QCOMPARE(BlameView::selectedText(count), expected);
    for (const BlameEdge &e : m_library.blame()->edges())
        QVERIFY2(!e.label.contains(u"(s)"_s), qPrintable(e.label));
}

QTEST_MAIN(TestCampView)
#include "tst_campview.moc"
