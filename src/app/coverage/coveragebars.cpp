// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverage/coveragebars.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

CoverageBars::CoverageBars(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    connect(this, &CoverageBars::styleChanged, this, [this] { update(); });
}

void CoverageBars::setView(CoverageView *view)
{
    if (view == m_view)
        return;
    if (m_view)
        disconnect(m_view, nullptr, this, nullptr);
    m_view = view;
    if (m_view) {
        connect(m_view, &CoverageView::cutoffChanged, this, [this] { update(); });
        connect(m_view, &CoverageView::caseChanged, this, &CoverageBars::updateScale);
    }
    updateScale();
    Q_EMIT viewChanged();
}

void CoverageBars::setAxis(DayAxis *axis)
{
    if (axis == m_axis)
        return;
    if (m_axis)
        disconnect(m_axis, nullptr, this, nullptr);
    m_axis = axis;
    if (m_axis)
        connect(m_axis, &DayAxis::changed, this, [this] { update(); });
    update();
    Q_EMIT axisChanged();
}

void CoverageBars::setByAttribution(bool byAttribution)
{
    if (byAttribution == m_byAttribution)
        return;
    m_byAttribution = byAttribution;
    Q_EMIT styleChanged();
}

CoverageBars::Scale CoverageBars::scaleFor(int peak)
{
    const int top = std::max(1, peak);
    for (int magnitude = 1;; magnitude *= 10) {
        for (int unit : {1, 2, 5}) {
            const int step = unit * magnitude;
            if (top <= 6 * step)
                return Scale{(top + step - 1) / step * step, step};
        }
    }
}

void CoverageBars::updateScale()
{
    const Scale scale = scaleFor(m_view ? m_view->peakDayClaims() : 0);
    if (scale.max != m_scale.max || scale.step != m_scale.step) {
        m_scale = scale;
        Q_EMIT scaleChanged();
    }
    update();
}

void CoverageBars::paint(QPainter *painter)
{
    QFont font = painter->font();
    font.setPixelSize(m_fontPixelSize);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    painter->fillRect(boundingRect(), m_background);

    // The plot leaves room for the y labels on the left and the dates below.
    const qreal left = metrics.horizontalAdvance(QLocale().toString(m_scale.max)) + 8;
    const qreal top = metrics.height() / 2;
    const qreal bottom = height() - metrics.height() - 6;
    const qreal right = width() - 2;
    if (right - left < 10 || bottom - top < 10)
        return;
    const qreal perClaim = (bottom - top) / m_scale.max;

    for (int y = 0; y <= m_scale.max; y += m_scale.step) {
        const qreal py = std::round(bottom - y * perClaim) + 0.5;
        painter->setPen(QPen(y == 0 ? m_ink : m_line, 1));
        painter->drawLine(QPointF(left, py), QPointF(right, py));
        painter->setPen(m_ink);
        painter->drawText(QRectF(0, py - metrics.height() / 2, left - 6, metrics.height()), Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(y));
    }
    if (!m_view || !m_axis || !m_view->series())
        return;

    // A day is a bar centred on its position; the ends keep half a day inside the plot.
    const qreal dayWidth = std::min<qreal>((right - left) * m_axis->dayLength(), (right - left) / 2);
    const qreal x0 = left + dayWidth / 2, span = right - left - dayWidth;
    auto xOf = [&](qreal position) { return x0 + position * span; };
    const qreal barWidth = std::max<qreal>(1.5, dayWidth * 0.8);

    const QList<VocabularyEntry> keys = CoverageView::legend(m_byAttribution);
    QList<QColor> colors;
    for (const VocabularyEntry &k : keys)
        colors << QColor(k.color);
    const auto &days = m_view->series()->days();
    const QList<qreal> &positions = m_axis->positions();
    painter->setPen(Qt::NoPen);
    for (qsizetype i = 0; i < days.size() && i < positions.size(); ++i) {
        const auto &day = days.at(i);
        if (day.total == 0)
            continue;
        const qreal x = xOf(positions.at(i)) - barWidth / 2;
        qreal below = 0;
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const int count = (m_byAttribution ? day.byAttribution : day.byStance).value(keys.at(k).id);
            if (count == 0)
                continue;
            painter->fillRect(QRectF(x, bottom - (below + count) * perClaim, barWidth, count * perClaim), colors.at(k));
            below += count;
        }
    }

    // The cutoff, as a thin line; breaks as two slanted strokes across the baseline.
    const qreal cutoffX = std::round(xOf(m_axis->position(m_view->dayIndex()))) + 0.5;
    painter->setPen(QPen(m_ink, 1, Qt::DashLine));
    painter->drawLine(QPointF(cutoffX, top), QPointF(cutoffX, bottom));
    for (const DayAxisBreak &b : m_axis->breaks()) {
        const qreal x = xOf(b.position);
        painter->fillRect(QRectF(x - 4, bottom - 6, 8, 12), m_background);
        painter->setPen(QPen(m_ink, 1.5));
        painter->drawLine(QPointF(x - 5, bottom + 6), QPointF(x - 1, bottom - 6));
        painter->drawLine(QPointF(x + 1, bottom + 6), QPointF(x + 5, bottom - 6));
    }

    // Date labels, each centred on its day and kept inside the item.
    painter->setPen(m_ink);
    for (const DayAxisTick &t : m_axis->ticks()) {
        const qreal w = metrics.horizontalAdvance(t.label) + 2;
        const qreal x = std::max(0.0, std::min(xOf(t.position) - w / 2, width() - w));
        painter->drawText(QRectF(x, bottom + 4, w, metrics.height()), Qt::AlignCenter, t.label);
    }
}
