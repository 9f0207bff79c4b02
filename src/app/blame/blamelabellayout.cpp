// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/blamelabellayout.h"
#include "blame/blameview.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// Labels keep this much air between each other.
constexpr qreal Padding = 2;
// Nodes this close to the vertical axis (|cos| of the outward direction from
// it, roughly: the share of the direction that is horizontal) get a centred
// label above or below instead of one to the side.
constexpr qreal CentredShare = 0.3;

bool intersectsCircle(const QRectF &rect, const QPointF &centre, qreal radius)
{
    const qreal nx = std::clamp(centre.x(), rect.left(), rect.right());
    const qreal ny = std::clamp(centre.y(), rect.top(), rect.bottom());
    return std::hypot(centre.x() - nx, centre.y() - ny) < radius;
}

} // namespace

BlameLabelLayout::BlameLabelLayout(QObject *parent)
    : QObject(parent)
{
}

qreal BlameLabelLayout::nodeDiameter(int claims)
{
    return 16 + std::min(12.0, std::max(0, claims) * 1.5);
}

QList<BlameLabelLayout::Placement> BlameLabelLayout::place(const QList<Request> &requests, const QRectF &bounds, const TextWidth &textWidth, qreal lineHeight)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests.at(i).wantsLabel && !requests.at(i).text.isEmpty())
            order << i;
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return requests.at(a).priority > requests.at(b).priority; });

    QList<Placement> placed;
    const auto fits = [&](const QRectF &rect) {
        if (!bounds.contains(rect))
            return false;
        const QRectF padded = rect.adjusted(-Padding, -Padding, Padding, Padding);
        for (const Placement &p : std::as_const(placed)) {
            if (padded.intersects(p.rect))
                return false;
        }
        for (const Request &r : requests) {
            if (intersectsCircle(rect, r.centre, r.diameter / 2 + Padding))
                return false;
        }
        return true;
    };

    const qreal h = lineHeight;
    for (const qsizetype i : std::as_const(order)) {
        const Request &r = requests.at(i);
        const qreal radius = r.diameter / 2;
        const qreal full = textWidth(r.text);
        const qreal length = std::hypot(r.outward.x(), r.outward.y());
        const qreal share = length > 0 ? std::abs(r.outward.x()) / length : 0;
        QList<QRectF> candidates;
        Qt::Alignment alignment;
        if (share < CentredShare) {
            // Above a node at the top, below one at the bottom; nudged
            // sideways if needed to stay inside.
            alignment = Qt::AlignHCenter;
            const qreal w = std::min(full, bounds.width());
            const qreal y = r.outward.y() < 0 ? r.centre.y() - radius - Gap - h : r.centre.y() + radius + Gap;
            const qreal x = std::clamp(r.centre.x() - w / 2, bounds.left(), bounds.right() - w);
            candidates << QRectF(x, y, w, h);
        } else {
            // To the side, vertically centred on the node, else shifted by
            // up to half a line (still level with the node).
            const bool left = r.outward.x() < 0;
            alignment = left ? Qt::AlignRight : Qt::AlignLeft;
            const qreal room = left ? r.centre.x() - radius - Gap - bounds.left() : bounds.right() - (r.centre.x() + radius + Gap);
            const qreal w = std::min(full, room);
            if (w < std::min(full, MinLabelWidth))
                continue;
            const qreal x = left ? r.centre.x() - radius - Gap - w : r.centre.x() + radius + Gap;
            // Prefer the shift away from the ellipse's horizontal axis.
            const qreal away = r.outward.y() < 0 ? -1 : 1;
            for (const qreal shift : {0.0, away * h / 2, -away * h / 2})
                candidates << QRectF(x, r.centre.y() - h / 2 + shift, w, h);
        }
        for (const QRectF &rect : std::as_const(candidates)) {
            if (fits(rect)) {
                placed << Placement{int(i), rect, alignment};
                break;
            }
        }
    }
    return placed;
}

qreal BlameLabelLayout::badgePosition(const QPointF &p0,
                                      const QPointF &control,
                                      const QPointF &p2,
                                      qreal size,
                                      const QList<Request> &nodes,
                                      const QList<Placement> &labels)
{
    const auto at = [&](qreal t) { return (1 - t) * (1 - t) * p0 + 2 * t * (1 - t) * control + t * t * p2; };
    for (const qreal t : {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74}) {
        const QRectF badge(at(t) - QPointF(size / 2, size / 2), QSizeF(size, size));
        const bool onLabel = std::any_of(labels.cbegin(), labels.cend(), [&](const Placement &p) { return badge.intersects(p.rect); });
        const bool onNode =
            std::any_of(nodes.cbegin(), nodes.cend(), [&](const Request &r) { return intersectsCircle(badge, r.centre, r.diameter / 2 + Padding); });
        if (!onLabel && !onNode)
            return t;
    }
    return 0.5;
}

qreal BlameLabelLayout::badgePosition(qreal x1, qreal y1, qreal cx, qreal cy, qreal x2, qreal y2, qreal size) const
{
    return badgePosition(QPointF(x1, y1), QPointF(cx, cy), QPointF(x2, y2), size, m_requests, m_placements);
}

QList<BlameLabelLayout::Request> BlameLabelLayout::requests(const BlameNodeModel *nodes, const QSizeF &size, const QPointF &margins)
{
    QList<Request> list;
    if (!nodes)
        return list;
    const qreal plotWidth = size.width() - 2 * margins.x();
    const qreal plotHeight = size.height() - 2 * margins.y();
    for (int row = 0; row < nodes->rowCount(); ++row) {
        const QModelIndex index = nodes->index(row);
        const qreal x = index.data(BlameNodeModel::XRole).toReal();
        const qreal y = index.data(BlameNodeModel::YRole).toReal();
        const int claims = index.data(BlameNodeModel::OutgoingRole).toInt() + index.data(BlameNodeModel::IncomingRole).toInt();
        Request r;
        r.text = index.data(BlameNodeModel::NameRole).toString();
        r.centre = QPointF(margins.x() + x * plotWidth, margins.y() + y * plotHeight);
        r.outward = QPointF(x - 0.5, y - 0.5);
        r.diameter = nodeDiameter(claims);
        r.priority = claims;
        r.wantsLabel = index.data(BlameNodeModel::ActiveRole).toBool();
        list << r;
    }
    return list;
}

void BlameLabelLayout::setView(BlameView *view)
{
    if (view == m_view)
        return;
    if (m_view)
        disconnect(m_view, nullptr, this, nullptr);
    m_view = view;
    if (view) {
        connect(view, &BlameView::cutoffChanged, this, &BlameLabelLayout::relayout);
        connect(view, &BlameView::caseChanged, this, &BlameLabelLayout::relayout);
    }
    Q_EMIT viewChanged();
    relayout();
}

void BlameLabelLayout::setWidth(qreal width)
{
    if (qFuzzyCompare(width, m_size.width()))
        return;
    m_size.setWidth(width);
    Q_EMIT geometryChanged();
    relayout();
}

void BlameLabelLayout::setHeight(qreal height)
{
    if (qFuzzyCompare(height, m_size.height()))
        return;
    m_size.setHeight(height);
    Q_EMIT geometryChanged();
    relayout();
}

void BlameLabelLayout::setMarginX(qreal margin)
{
    if (qFuzzyCompare(margin, m_margins.x()))
        return;
    m_margins.setX(margin);
    Q_EMIT geometryChanged();
    relayout();
}

void BlameLabelLayout::setMarginY(qreal margin)
{
    if (qFuzzyCompare(margin, m_margins.y()))
        return;
    m_margins.setY(margin);
    Q_EMIT geometryChanged();
    relayout();
}

void BlameLabelLayout::setFontPixelSize(int pixelSize)
{
    if (pixelSize <= 0 || pixelSize == m_font.pixelSize())
        return;
    m_font.setPixelSize(pixelSize);
    Q_EMIT fontChanged();
    relayout();
}

void BlameLabelLayout::relayout()
{
    QList<BlameLabel> labels;
    QList<int> rows;
    m_requests.clear();
    m_placements.clear();
    if (m_view && m_size.width() > 0 && m_size.height() > 0) {
        const QFontMetricsF metrics(m_font);
        m_requests = requests(m_view->nodes(), m_size, m_margins);
        const auto measure = [&](const QString &text) { return std::ceil(metrics.horizontalAdvance(text)) + 1; };
        m_placements = place(m_requests, QRectF(QPointF(0, 0), m_size), measure, std::ceil(metrics.height()));
        for (const Placement &p : std::as_const(m_placements)) {
            rows << p.request;
            labels << BlameLabel{p.request, m_requests.at(p.request).text, p.rect.x(), p.rect.y(), p.rect.width(), p.rect.height(), int(p.alignment)};
        }
    }
    // Always notify: node sizes (and so badge positions) may change while
    // the labels stay.
    m_labels = labels;
    m_rows = rows;
    Q_EMIT labelsChanged();
}
