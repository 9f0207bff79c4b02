// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Label placement in the blame network: no two labels overlap, none leaves
// the item or covers a node, the most involved actors are labelled first.
#include "blame/blamelabellayout.h"
#include "blame/blameview.h"
#include "case/caselibrary.h"

#include <QFontMetricsF>
#include <QSignalSpy>
#include <QTest>

#include <numbers>

using namespace Qt::StringLiterals;

namespace {

// An approximate text width: about what a 15 px sans font needs, a little
// generous.
qreal approxWidth(const QString &text)
{
    return 8.5 * qreal(text.size());
}

} // namespace

class TestBlameLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void collisions_data();
    void collisions();
    void defaultCase_data();
    void defaultCase();
    void layoutObjectFollowsCutoff();
    void badges_data();
    void badges();

private:
    CaseLibrary m_library;
};

void TestBlameLabels::initTestCase()
{
    QVERIFY(m_library.openDefault());
}

using Requests = QList<BlameLabelLayout::Request>;
Q_DECLARE_METATYPE(BlameLabelLayout::Request)

void TestBlameLabels::collisions_data()
{
    QTest::addColumn<Requests>("requests");
    QTest::addColumn<QList<int>>("labelled"); // request indices, in placement order
    QTest::addColumn<QList<int>>("alignments");

    // In an 800x400 item with 20 px lines. Left-hand nodes 10 px apart: only the more involved one is labelled.
    QTest::addRow("left neighbours") << Requests{{u"Barack Obama"_s, {200, 200}, {-1, 0}, 20, 3}, {u"John McCain"_s, {200, 210}, {-1, 0.1}, 20, 5}}
                                     << QList<int>{1} << QList<int>{int(Qt::AlignRight)};
    QTest::addRow("far apart, both sides") << Requests{{u"Sony Pictures"_s, {200, 200}, {-1, 0}, 20, 3}, {u"FBI"_s, {600, 200}, {1, 0}, 20, 5}}
                                           << QList<int>{1, 0} << QList<int>{int(Qt::AlignLeft), int(Qt::AlignRight)};
    QTest::addRow("top centred") << Requests{{u"Guardians of Peace"_s, {400, 60}, {0, -1}, 24, 9}} << QList<int>{0} << QList<int>{int(Qt::AlignHCenter)};
    // A label may not cover another node, even one not asking for a label.
    QTest::addRow("node in the way") << Requests{{u"The White House"_s, {600, 200}, {1, 0}, 20, 4}, {u"x"_s, {650, 200}, {1, 0}, 20, 0, false}} << QList<int>{}
                                     << QList<int>{};
    // No room to the left edge: not even a short elided label fits.
    QTest::addRow("no room at the edge") << Requests{{u"North American cinemas"_s, {30, 200}, {-1, 0}, 20, 4}} << QList<int>{} << QList<int>{};
    // Equal involvement: the order of the requests decides.
    QTest::addRow("tie keeps order") << Requests{{u"A long name here"_s, {400, 340}, {0.1, 1}, 20, 2}, {u"Another long name"_s, {420, 340}, {0.1, 1}, 20, 2}}
                                     << QList<int>{0} << QList<int>{int(Qt::AlignHCenter)};
}

void TestBlameLabels::collisions()
{
    QFETCH(Requests, requests);
    QFETCH(QList<int>, labelled);
    QFETCH(QList<int>, alignments);
    const auto placed = BlameLabelLayout::place(requests, QRectF(0, 0, 800, 400), approxWidth, 20);
    QList<int> got, gotAlign;
    for (const auto &p : placed) {
        got << p.request;
        gotAlign << int(p.alignment);
    }
    QCOMPARE(got, labelled);
    QCOMPARE(gotAlign, alignments);
}

void TestBlameLabels::defaultCase_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<bool>("fontMetrics"); // real font metrics, else the approximate width

    // Network item sizes: small window, 1280x720 (window and audience),
    // 1920x1080.
    const QList<QSizeF> sizes{{640, 360}, {880, 470}, {1180, 560}, {1300, 760}, {1860, 900}};
    const QList<QDate> cutoffs{QDate(2014, 11, 24), QDate(2014, 12, 17), QDate(2014, 12, 19), QDate(2015, 1, 7), QDate()};
    for (const QDate &cutoff : cutoffs) {
        for (const QSizeF &size : sizes) {
            for (const bool metrics : {true, false}) {
                QTest::addRow("%s %dx%d %s",
                              cutoff.isValid() ? qPrintable(cutoff.toString(Qt::ISODate)) : "all",
                              int(size.width()),
                              int(size.height()),
                              metrics ? "font" : "approx")
                    << cutoff << size << metrics;
            }
        }
    }
}

void TestBlameLabels::defaultCase()
{
    QFETCH(QDate, cutoff);
    QFETCH(QSizeF, size);
    QFETCH(bool, fontMetrics);

    BlameView *blame = m_library.blame();
    blame->setCutoff(cutoff.isValid() ? cutoff : blame->lastDate());
    QFont font;
    font.setPixelSize(15);
    const QFontMetricsF metrics(font);
    const BlameLabelLayout::TextWidth width = fontMetrics ? BlameLabelLayout::TextWidth([&](const QString &t) { return metrics.horizontalAdvance(t) + 1; })
                                                          : BlameLabelLayout::TextWidth(approxWidth);
    const qreal lineHeight = fontMetrics ? std::ceil(metrics.height()) : 20;

    const QPointF margins(170, 30);
    const QRectF bounds(QPointF(0, 0), size);
    const auto requests = BlameLabelLayout::requests(blame->nodes(), size, margins);
    QVERIFY(requests.size() > 20);
    const auto placed = BlameLabelLayout::place(requests, bounds, width, lineHeight);

    int active = 0, mostInvolved = -1;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (!requests.at(i).wantsLabel)
            continue;
        ++active;
        if (mostInvolved < 0 || requests.at(i).priority > requests.at(mostInvolved).priority)
            mostInvolved = int(i);
    }
    QVERIFY(active > 0);
    QCOMPARE(placed.value(0).request, mostInvolved);
    // Enough labels to be useful: at least half the active actors, up to 8.
    QVERIFY2(placed.size() >= std::min(8, (active + 1) / 2), qPrintable(u"%1 labels for %2 active actors"_s.arg(placed.size()).arg(active)));

    for (qsizetype a = 0; a < placed.size(); ++a) {
        const auto &p = placed.at(a);
        QVERIFY(requests.at(p.request).wantsLabel);
        QVERIFY2(bounds.contains(p.rect), qPrintable(requests.at(p.request).text));
        QVERIFY(p.rect.width() >= std::min(BlameLabelLayout::MinLabelWidth, width(requests.at(p.request).text)) - 0.01);
        for (qsizetype b = a + 1; b < placed.size(); ++b) {
            QVERIFY2(!p.rect.intersects(placed.at(b).rect), qPrintable(requests.at(p.request).text + u" overlaps "_s + requests.at(placed.at(b).request).text));
        }
        for (const auto &node : requests) {
            const QRectF square(node.centre - QPointF(node.diameter / 2, node.diameter / 2), QSizeF(node.diameter, node.diameter));
            // The node's inscribed square is inside its circle.
            const qreal inset = node.diameter / 2 * (1 - 1 / std::numbers::sqrt2);
            QVERIFY2(!p.rect.intersects(square.adjusted(inset, inset, -inset, -inset)),
                     qPrintable(requests.at(p.request).text + u" covers the node of "_s + node.text));
        }
        // Beside its own node: the label is level with it, or right above/below it.
        const auto &own = requests.at(p.request);
        if (p.alignment == Qt::AlignHCenter) {
            QVERIFY(std::abs(p.rect.center().y() - own.centre.y()) < own.diameter / 2 + BlameLabelLayout::Gap + lineHeight);
        } else {
            QVERIFY(p.rect.top() <= own.centre.y() && p.rect.bottom() >= own.centre.y());
            const qreal gap = p.alignment == Qt::AlignRight ? own.centre.x() - p.rect.right() : p.rect.left() - own.centre.x();
            QCOMPARE(gap, own.diameter / 2 + BlameLabelLayout::Gap);
        }
    }
}

void TestBlameLabels::layoutObjectFollowsCutoff()
{
    BlameView *blame = m_library.blame();
    blame->setCutoff(blame->lastDate());
    BlameLabelLayout layout;
    QSignalSpy changed(&layout, &BlameLabelLayout::labelsChanged);
    layout.setFontPixelSize(15);
    layout.setMarginX(170);
    layout.setMarginY(30);
    layout.setWidth(880);
    layout.setHeight(470);
    QVERIFY(layout.labels().isEmpty()); // no view yet
    layout.setView(blame);
    const QList<BlameLabel> all = layout.labels();
    QVERIFY(all.size() >= 8);
    QCOMPARE(layout.labelledRows().size(), all.size());
    const BlameLabel first = all.first();
    QCOMPARE(first.row, layout.labelledRows().first());
    QCOMPARE(first.text, blame->nodes()->index(first.row).data(BlameNodeModel::NameRole).toString());

    changed.clear();
    blame->setCutoff(QDate(2014, 11, 24));
    QCOMPARE(changed.size(), 1);
    QVERIFY(layout.labels().size() < all.size());
    for (const int row : layout.labelledRows())
        QVERIFY(blame->nodes()->index(row).data(BlameNodeModel::ActiveRole).toBool());

    changed.clear();
    layout.setWidth(1300);
    layout.setHeight(760);
    QVERIFY(changed.size() >= 1);
    blame->setCutoff(blame->lastDate());
    QVERIFY(layout.labels().size() >= all.size());
}

void TestBlameLabels::badges_data()
{
    QTest::addColumn<QList<QRectF>>("labels");
    QTest::addColumn<qreal>("t");

    // A straight edge from (0, 100) to (400, 100); badges are 26 px.
    QTest::addRow("clear middle") << QList<QRectF>{} << 0.5;
    QTest::addRow("label on the middle") << QList<QRectF>{{185, 90, 30, 20}} << 0.42;
    QTest::addRow("labels on the middle and before") << QList<QRectF>{{140, 90, 70, 20}} << 0.58;
    QTest::addRow("nowhere clear") << QList<QRectF>{{0, 90, 400, 20}} << 0.5;
}

void TestBlameLabels::badges()
{
    QFETCH(QList<QRectF>, labels);
    QFETCH(qreal, t);
    const Requests nodes{{u"A"_s, {0, 100}, {-1, 0}, 20, 1}, {u"B"_s, {400, 100}, {1, 0}, 20, 1}};
    QList<BlameLabelLayout::Placement> placed;
    for (const QRectF &rect : std::as_const(labels))
        placed << BlameLabelLayout::Placement{0, rect, Qt::AlignLeft};
    QCOMPARE(BlameLabelLayout::badgePosition({0, 100}, {200, 100}, {400, 100}, 26, nodes, placed), t);
}

QTEST_MAIN(TestBlameLabels)
#include "tst_blamelabels.moc"
