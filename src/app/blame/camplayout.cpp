// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/camplayout.h"

#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

/// A quadratic curve from start over control to end.
struct Curve
{
    QPointF start, control, end;

    QPointF at(qreal t) const { return (1 - t) * (1 - t) * start + 2 * t * (1 - t) * control + t * t * end; }
};

bool inside(const QPointF &p, const QRectF &r, qreal margin)
{
    return p.x() > r.x() - margin && p.x() < r.right() + margin && p.y() > r.y() - margin && p.y() < r.bottom() + margin;
}

bool meets(const QRectF &a, const QRectF &b)
{
    return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
}

/// Where the line from the centre of r towards `towards` leaves r (4 px out).
QPointF border(const QRectF &r, const QPointF &towards)
{
    const QPointF c = r.center();
    const qreal dx = towards.x() - c.x(), dy = towards.y() - c.y();
    const qreal s = std::min(dx == 0 ? 1e9 : (r.width() / 2 + 4) / std::abs(dx), dy == 0 ? 1e9 : (r.height() / 2 + 4) / std::abs(dy));
    return c + QPointF(dx, dy) * std::min<qreal>(1, s);
}

/// The sizes the view is laid out with, and the measures that follow from them.
class Geometry
{
public:
    Geometry(const QList<CampNode> &nodes, const QSizeF &size, const QFont &font)
        : m_nodes(nodes)
        , m_size(size)
        , m_font(font)
        , m_metrics(font)
    {
        int top = 0, side = 0;
        for (const CampNode &n : nodes) {
            if (n.isActor) {
                ++m_actorCount;
                continue;
            }
            top += n.y == 0 ? 1 : 0;
            side += n.x == 0 && n.y > 0 && n.y < 1 ? 1 : 0;
        }
        const int across = std::max(top, 3);
        m_maxCardWidth = std::min<qreal>(font.pixelSize() * 13, (size.width() - (across - 1) * CampLayout::Gap * 2) / across);
        m_cardHeight = (size.height() - (side + 1) * CampLayout::Gap) / (side + 2);
        m_labelPixelSize = fittingPixelSize();
        m_inner = QRectF(m_maxCardWidth + 2 * CampLayout::Gap,
                         m_cardHeight + CampLayout::Gap,
                         size.width() - 2 * m_maxCardWidth - 4 * CampLayout::Gap,
                         size.height() - 2 * m_cardHeight - 2 * CampLayout::Gap);
        m_actorColumns = m_actorCount <= 4 ? 1 : m_actorCount <= 12 ? 2 : 3;
        const int rows = (m_actorCount + m_actorColumns - 1) / std::max(1, m_actorColumns);
        m_actorHeight = m_actorCount == 0 ? 0 : std::min<qreal>(m_inner.height() / rows - 4, font.pixelSize() * 2.6);
    }

    /// Lays out the open camp's actor cards inside the ring with these names
    /// (in the order of the cards): in 1 to 3 columns, a name on one line or
    /// two, the first arrangement in which every name is whole. False where
    /// there is none.
    bool fitActors(const QStringList &names)
    {
        QFont font = m_font;
        font.setPixelSize(m_labelPixelSize);
        const QFontMetricsF metrics(font);
        const qreal marker = std::round(m_labelPixelSize * 0.7);
        const int count = int(names.size());
        for (int columns = 1; columns <= std::min(3, count); ++columns) {
            const int rows = (count + columns - 1) / columns;
            const qreal width = (m_inner.width() - (columns - 1) * CampLayout::Gap) / columns;
            // The name's room on the card: the card's padding, the marker and the space after it aside (CampNetwork.qml).
            const qreal room = width - 2 * CampLayout::Padding - 6 - marker - 2;
            for (int lines = 1; lines <= 2; ++lines) {
                const qreal height = lines * metrics.lineSpacing() + 2 * CampLayout::Padding + 4;
                if (room <= 0 || rows * (height + 4) > m_inner.height() + 4)
                    break;
                const bool whole = std::all_of(names.cbegin(), names.cend(), [&](const QString &name) {
                    const QRectF r = metrics.boundingRect(QRectF(0, 0, room, 1e6), Qt::TextWordWrap, name);
                    return r.width() <= room && r.height() <= lines * metrics.lineSpacing() + 0.5;
                });
                if (whole) {
                    m_actorCount = count;
                    m_actorColumns = columns;
                    m_actorHeight = height;
                    return true;
                }
            }
        }
        return false;
    }

    /// Where actor card `index` of the open camp sits, 0..1 inside the ring.
    QPointF actorCell(int index) const
    {
        const int rows = (m_actorCount + m_actorColumns - 1) / std::max(1, m_actorColumns);
        return {(index % m_actorColumns + 0.5) / m_actorColumns, (index / m_actorColumns + 0.5) / std::max(1, rows)};
    }

    int labelPixelSize() const { return m_labelPixelSize; }
    int markerSize() const { return int(std::round(m_labelPixelSize * 1.1)); }
    qreal textWidth(const QString &text) const { return m_metrics.horizontalAdvance(text); }

    QRectF rectOf(const CampNode &node) const
    {
        if (node.isActor) {
            const qreal w = (m_inner.width() - (m_actorColumns - 1) * CampLayout::Gap) / m_actorColumns;
            return {m_inner.x() + node.x * m_inner.width() - w / 2, m_inner.y() + node.y * m_inner.height() - m_actorHeight / 2, w, m_actorHeight};
        }
        // A camp's card is centred in its cell of the ring, the cells of the outer rows against the edges.
        const QRectF cell(node.x * (m_size.width() - m_maxCardWidth), node.y * (m_size.height() - m_cardHeight), m_maxCardWidth, m_cardHeight);
        const QSizeF s = cardSizeAt(node.name, m_labelPixelSize);
        const qreal h = std::min(m_cardHeight, s.height());
        const qreal x = node.x == 0 ? cell.x() : node.x == 1 ? cell.right() - s.width() : cell.x() + (cell.width() - s.width()) / 2;
        const qreal y = node.y == 0 ? cell.y() : node.y == 1 ? cell.bottom() - h : cell.y() + (cell.height() - h) / 2;
        return {x, y, s.width(), h};
    }

private:
    /// A camp card's size at a font size: its name on as few lines as the
    /// widest card allows (one line more where a word break may need it).
    /// Names are measured once at the view's size; other sizes scale.
    QSizeF cardSizeAt(const QString &name, int size) const
    {
        const qreal scale = qreal(size) / m_font.pixelSize();
        const qreal marker = std::round(size * 1.1);
        const qreal textRoom = m_maxCardWidth - marker - 3 * CampLayout::Padding;
        const qreal advance = m_metrics.horizontalAdvance(name) * scale + 2;
        const qreal ratio = advance / textRoom;
        const int lines = advance <= textRoom ? 1 : int(std::ceil(ratio)) + (ratio - std::floor(ratio) > 0.75 ? 1 : 0);
        return {std::min(m_maxCardWidth, advance + marker + 3 * CampLayout::Padding), lines * m_metrics.lineSpacing() * scale + 2 * CampLayout::Padding + 4};
    }

    int fittingPixelSize() const
    {
        for (int size = m_font.pixelSize(); size > CampLayout::SmallestPixelSize; --size) {
            if (std::all_of(
                    m_nodes.cbegin(), m_nodes.cend(), [&](const CampNode &n) { return n.isActor || cardSizeAt(n.name, size).height() <= m_cardHeight; }))
                return size;
        }
        return CampLayout::SmallestPixelSize;
    }

    const QList<CampNode> &m_nodes;
    QSizeF m_size;
    QFont m_font;
    QFontMetricsF m_metrics;
    qreal m_maxCardWidth = 0, m_cardHeight = 0, m_actorHeight = 0;
    int m_actorCount = 0, m_actorColumns = 1, m_labelPixelSize = CampLayout::SmallestPixelSize;
    QRectF m_inner;
};

/// The open camp's actors inside the ring: all of them where their names fit
/// whole, else the most involved up to the cutoff (ties in the camp's order)
/// and one card for the others, with their arrows summed
/// (BlameView::groupCampActors()). Where only one actor fits beside that
/// card, it is the most involved whose name fits. The cards keep the camp's order.
void placeActors(Geometry &geometry, const BlameView &view, QList<CampNode> &nodes, QList<BlameEdge> &edges)
{
    QList<const CampNode *> ranked;
    for (const CampNode &n : std::as_const(nodes)) {
        if (n.isActor)
            ranked << &n;
    }
    if (ranked.isEmpty())
        return;
    std::stable_sort(ranked.begin(), ranked.end(), [](const CampNode *a, const CampNode *b) { return a->outgoing + a->incoming > b->outgoing + b->incoming; });
    const auto actorNames = [](const QList<CampNode> &list) {
        QStringList names;
        for (const CampNode &n : list) {
            if (n.isActor)
                names << n.name;
        }
        return names;
    };
    // Lays out the cards with the actors for which `shown` holds (by rank) and one card for the others, if every name fits whole.
    const auto tryShown = [&](const std::function<bool(qsizetype)> &shown) {
        QStringList hidden;
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            if (!shown(i))
                hidden << ranked.at(i)->id;
        }
        BlameView::CampGrouping grouping = hidden.isEmpty() ? BlameView::CampGrouping{nodes, edges} : view.groupCampActors(hidden);
        if (!geometry.fitActors(actorNames(grouping.nodes)))
            return false;
        int index = 0;
        for (CampNode &n : grouping.nodes) {
            if (n.isActor) {
                const QPointF at = geometry.actorCell(index++);
                n.x = at.x();
                n.y = at.y();
            }
        }
        nodes = std::move(grouping.nodes);
        edges = std::move(grouping.edges);
        return true;
    };
    // As many cards as fit: all the actors, else the most involved and one card for the others, one card fewer each time.
    const qsizetype count = ranked.size();
    if (tryShown([](qsizetype) { return true; }))
        return;
    for (qsizetype cards = count - 1; cards >= 3; --cards) {
        if (tryShown([cards](qsizetype i) { return i < cards - 1; }))
            return;
    }
    // One actor beside that card: the most involved whose name fits.
    for (qsizetype alone = 0; count >= 3 && alone < count; ++alone) {
        if (tryShown([alone](qsizetype i) { return i == alone; }))
            return;
    }
    // Else that card alone; where not even it fits (a very small view), every actor as BlameView placed them.
    if (count >= 2)
        tryShown([](qsizetype) { return false; });
}

/// Bends an arrow from card a to card b: towards the middle of the ring, so
/// none leaves the view, `k` times the usual amount (negative: the other way).
Curve bent(const BlameEdge &edge, const QRectF &a, const QRectF &b, const QSizeF &view, qreal k)
{
    const QPointF pa = a.center(), pb = b.center();
    const qreal side = ((pb.y() - pa.y()) * (view.width() / 2 - pa.x()) - (pb.x() - pa.x()) * (view.height() / 2 - pa.y())) > 0 ? -1 : 1;
    // More between cards of one row or column (the line would run under the cards between), less across the ring.
    const bool alongEdge = (edge.x1 == edge.x2 && (edge.x1 == 0 || edge.x1 == 1)) || (edge.y1 == edge.y2 && (edge.y1 == 0 || edge.y1 == 1));
    // A→B and B→A bend by different amounts, so they stay apart.
    const qreal bend = k * (edge.from < edge.to ? 1 : 2) * (alongEdge ? 0.16 : 0.07);
    const QPointF control((pa.x() + pb.x()) / 2 - side * (pb.y() - pa.y()) * bend, (pa.y() + pb.y()) / 2 + side * (pb.x() - pa.x()) * bend);
    return {border(a, control), control, border(b, control)};
}

/// Where the count of claims within a camp goes beside its card `a`: below,
/// right, left or above it, else further along and further out, else on the
/// card's own border; the first place inside the view that covers no other
/// card and no count, else the one that covers least.
template<typename Within, typename Crowding>
QRectF loopSpot(const QRectF &a, const QSizeF &size, const Within &within, const Crowding &crowding)
{
    const qreal w = size.width(), h = size.height();
    QList<QPointF> spots{{a.center().x() - w / 2, a.bottom() + 4},
                         {a.right() + 4, a.center().y() - h / 2},
                         {a.x() - w - 4, a.center().y() - h / 2},
                         {a.center().x() - w / 2, a.y() - h - 4}};
    for (const qreal out : {4.0, h + 8, 2 * h + 12}) {
        for (qreal x = a.x() - w; x <= a.right(); x += w / 2)
            spots << QPointF(x, a.bottom() + out) << QPointF(x, a.y() - h - out);
        for (qreal y = a.y() - h; y <= a.bottom(); y += h / 2)
            spots << QPointF(a.right() + out, y) << QPointF(a.x() - w - out, y);
    }
    // Else on its own card's border: it covers only the camp it counts.
    for (qreal x = a.right() - w; x >= a.x(); x -= w / 2)
        spots << QPointF(x, a.bottom() - h / 2) << QPointF(x, a.y() - h / 2);
    for (qreal y = a.bottom() - h; y >= a.y(); y -= h / 2)
        spots << QPointF(a.right() - w / 2, y) << QPointF(a.x() - w / 2, y);
    QRectF best(spots.front(), size);
    int least = std::numeric_limits<int>::max();
    for (const QPointF &p : std::as_const(spots)) {
        const QRectF r(p, size);
        const int covered = within(r) ? crowding(r) : std::numeric_limits<int>::max();
        if (covered == 0)
            return r;
        if (covered < least) {
            least = covered;
            best = r;
        }
    }
    return best;
}

} // namespace

CampLayout::CampLayout(QObject *parent)
    : QObject(parent)
{
    m_font.setBold(true);
}

qreal CampLayout::strokeWidth(int count)
{
    return std::min(16.0, 2 + count * 1.2);
}

void CampLayout::setView(BlameView *view)
{
    if (m_view == view)
        return;
    if (m_view)
        disconnect(m_view, nullptr, this, nullptr);
    m_view = view;
    if (m_view) {
        connect(m_view, &BlameView::campsChanged, this, &CampLayout::relayout);
        connect(m_view, &QObject::destroyed, this, &CampLayout::relayout);
    }
    Q_EMIT viewChanged();
    relayout();
}

void CampLayout::setWidth(qreal width)
{
    if (m_size.width() == width)
        return;
    m_size.setWidth(width);
    Q_EMIT geometryChanged();
    relayout();
}

void CampLayout::setHeight(qreal height)
{
    if (m_size.height() == height)
        return;
    m_size.setHeight(height);
    Q_EMIT geometryChanged();
    relayout();
}

void CampLayout::setFontPixelSize(int pixelSize)
{
    if (pixelSize <= 0 || m_font.pixelSize() == pixelSize)
        return;
    m_font.setPixelSize(pixelSize);
    Q_EMIT geometryChanged();
    relayout();
}

void CampLayout::relayout()
{
    if (!m_view || m_size.width() <= 0 || m_size.height() <= 0) {
        m_cards.setItems({});
        m_arrows.setItems({});
        return;
    }
    QList<CampNode> nodes = m_view->campNodes();
    QList<BlameEdge> edges = m_view->campEdges();
    Geometry geometry(nodes, m_size, m_font);
    placeActors(geometry, *m_view, nodes, edges);
    if (geometry.labelPixelSize() != m_labelPixelSize || geometry.markerSize() != m_markerSize) {
        m_labelPixelSize = geometry.labelPixelSize();
        m_markerSize = geometry.markerSize();
        Q_EMIT layoutChanged();
    }

    // The cards; an open camp keeps its place but is no obstacle (its actors are drawn inside the ring).
    const QString openCamp = m_view->openCamp();
    const auto isActorId = [&](const QString &id) {
        return std::any_of(nodes.cbegin(), nodes.cend(), [&](const CampNode &n) { return n.isActor && n.id == id; });
    };
    QList<CampItem> cards;
    QList<QRectF> obstacles;
    for (const CampNode &n : nodes) {
        CampItem card;
        card.key = (n.isActor ? u"actor:"_s : n.isOpen ? u"open:"_s : u"camp:"_s) + n.id;
        card.node = n;
        card.box = geometry.rectOf(n);
        if (!openCamp.isEmpty() && !n.isActor && !n.isOpen) {
            // With a camp open, the camps that had nothing to do with its actors step back.
            card.dimmed = std::none_of(
                edges.cbegin(), edges.cend(), [&](const BlameEdge &e) { return (e.from == n.id && isActorId(e.to)) || (e.to == n.id && isActorId(e.from)); });
        } else {
            card.dimmed = !n.active;
        }
        if (!n.isOpen)
            obstacles << card.box;
        cards << card;
    }
    const auto rectOf = [&](const QString &id) {
        const bool actor = isActorId(id);
        for (const CampItem &c : std::as_const(cards)) {
            if (c.node.id == id && c.node.isActor == actor && !c.node.isOpen)
                return c.box;
        }
        return QRectF();
    };

    // The arrows, the larger first (campEdges' order): each count is placed clear of those before it.
    const QRectF view(QPointF(0, 0), m_size);
    const QFontMetricsF metrics(m_font);
    const qreal badgeHeight = m_font.pixelSize() + 12;
    const auto within = [&](const QRectF &r) { return inside(r.topLeft(), view, 0) && inside(r.bottomRight(), view, 0); };
    QList<QRectF> placed;
    // How much a count at r would cover: other counts weigh most, then cards.
    const auto crowding = [&](const QRectF &r) {
        int covered = 0;
        for (const QRectF &c : std::as_const(placed))
            covered += meets(r, c) ? 4 : 0;
        for (const QRectF &c : std::as_const(obstacles))
            covered += meets(r, c) ? 1 : 0;
        return covered;
    };
    QList<CampItem> arrows;
    for (const BlameEdge &edge : edges) {
        // With a camp open, the view is about its actors: arrows between two other camps wait until it closes.
        if (!openCamp.isEmpty() && !isActorId(edge.from) && !isActorId(edge.to))
            continue;
        const QRectF a = rectOf(edge.from), b = rectOf(edge.to);
        if (a.isEmpty() || b.isEmpty())
            continue;
        CampItem arrow;
        arrow.key = edge.from + u'>' + edge.to;
        arrow.edge = edge;
        if (edge.from == edge.to) {
            // Claims within a camp: a count with a loop sign beside its card, where it is clear.
            arrow.loop = true;
            arrow.countText = u"↺ "_s + QLocale().toString(edge.count);
            const qreal w = std::max(badgeHeight, metrics.horizontalAdvance(arrow.countText) + 14), h = badgeHeight;
            arrow.box = loopSpot(a, QSizeF(w, h), within, [&](const QRectF &r) { return crowding(r) - (meets(r, a) ? 1 : 0); });
            placed << arrow.box;
            arrows << arrow;
            continue;
        }
        QList<QRectF> others;
        for (const QRectF &r : std::as_const(obstacles)) {
            if (!meets(r, a) && !meets(r, b))
                others << r;
        }
        const qreal stroke = strokeWidth(edge.count);
        // The bends, those passing under fewer cards first (a stable sort keeps the smaller bends ahead).
        struct Candidate
        {
            Curve curve;
            int blocked = 0;
        };
        const auto candidate = [&](qreal k) {
            Candidate c{bent(edge, a, b, m_size, k)};
            for (qreal t = 0.04; t < 0.97; t += 0.02) {
                const QPointF p = c.curve.at(t);
                if (!inside(p, view, 0) || std::any_of(others.cbegin(), others.cend(), [&](const QRectF &r) { return inside(p, r, stroke / 2 + 2); }))
                    ++c.blocked;
            }
            return c;
        };
        QList<Candidate> candidates;
        for (const qreal k : {1.0, 1.7, 2.4, 3.2, -1.0, 4.0, -1.7, 5.0, -2.4})
            candidates << candidate(k);
        // Cards close together on one side of the ring: only a wider bend goes round the ones between.
        const auto widen = [&] {
            for (const qreal k : {6.0, 8.0, 10.0, 13.0, 16.0, -3.2, -4.0, -5.0})
                candidates << candidate(k);
        };
        const bool blocked = std::all_of(candidates.cbegin(), candidates.cend(), [](const Candidate &c) { return c.blocked > 0; });
        if (blocked)
            widen();
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) { return x.blocked < y.blocked; });
        arrow.countText = QLocale().toString(edge.count);
        const qreal w = std::max(badgeHeight, metrics.horizontalAdvance(arrow.countText) + 14);
        const auto badgeOn = [&](const Curve &c, qreal t) {
            const QPointF p = c.at(t);
            return QRectF(p.x() - w / 2, p.y() - badgeHeight / 2, w, badgeHeight);
        };
        // The first bend, among the clearest, whose count finds a free place.
        qsizetype chosen = -1;
        for (qsizetype i = 0; i < candidates.size() && chosen < 0; ++i) {
            if (candidates.at(i).blocked > candidates.front().blocked + 2)
                break;
            for (const qreal t : {0.45, 0.38, 0.52, 0.31, 0.59, 0.24, 0.66, 0.17, 0.73, 0.1, 0.8}) {
                const QRectF r = badgeOn(candidates.at(i).curve, t);
                if (within(r) && crowding(r.adjusted(-2, -2, 2, 2)) == 0) {
                    chosen = i;
                    arrow.box = r;
                    break;
                }
            }
        }
        // No clear place (two cards close together leave no room between them): bends up to
        // far out too, and the place that covers the fewest counts and cards, then the fewest samples under cards.
        if (chosen < 0) {
            if (!blocked)
                widen();
            int best = std::numeric_limits<int>::max();
            for (qsizetype i = 0; i < candidates.size(); ++i) {
                for (qreal t = 0.06; t < 0.95; t += 0.02) {
                    const QRectF r = badgeOn(candidates.at(i).curve, t);
                    if (!within(r))
                        continue;
                    const int cost = crowding(r.adjusted(-2, -2, 2, 2)) * 1000 + candidates.at(i).blocked;
                    if (cost < best) {
                        best = cost;
                        chosen = i;
                        arrow.box = r;
                    }
                }
            }
            if (chosen < 0) {
                chosen = 0;
                arrow.box = badgeOn(candidates.front().curve, 0.45);
            }
        }
        const Curve *curve = &candidates.at(chosen).curve;
        arrow.start = curve->start;
        arrow.control = curve->control;
        arrow.end = curve->end;
        placed << arrow.box;
        arrows << arrow;
    }
    m_cards.setItems(cards);
    m_arrows.setItems(arrows);
}
