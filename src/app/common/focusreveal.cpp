// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/focusreveal.h"

#include <QQuickItem>

#include <algorithm>

namespace {
/// The new content position along one axis: the least scroll that shows [start, end).
qreal scrolledTo(qreal view, qreal viewSize, qreal origin, qreal contentSize, qreal start, qreal end, qreal margin)
{
    qreal target = view;
    if (end - start + 2 * margin > viewSize || start - margin < view)
        target = start - margin;
    else if (end + margin > view + viewSize)
        target = end + margin - viewSize;
    return std::clamp(target, origin, origin + std::max(0.0, contentSize - viewSize));
}
} // namespace

FocusReveal::FocusReveal(QObject *parent)
    : QObject(parent)
{
}

void FocusReveal::setWindow(QQuickWindow *window)
{
    if (window == m_window)
        return;
    disconnect(m_connection);
    m_window = window;
    if (m_window)
        m_connection = connect(m_window, &QQuickWindow::activeFocusItemChanged, this, &FocusReveal::revealFocus);
    Q_EMIT windowChanged();
}

void FocusReveal::setMargin(qreal margin)
{
    if (qFuzzyCompare(margin, m_margin))
        return;
    m_margin = margin;
    Q_EMIT marginChanged();
}

void FocusReveal::revealFocus() const
{
    if (m_window)
        reveal(m_window->activeFocusItem());
}

void FocusReveal::reveal(QQuickItem *item) const
{
    if (!item)
        return;
    // Inner Flickables first, so that the outer ones then show the inner one's new view.
    for (QQuickItem *ancestor = item->parentItem(); ancestor; ancestor = ancestor->parentItem()) {
        // QQuickFlickable is private; its properties are public.
        if (!ancestor->inherits("QQuickFlickable"))
            continue;
        auto *content = ancestor->property("contentItem").value<QQuickItem *>();
        if (!content || !content->isAncestorOf(item))
            continue;
        const QRectF rect = item->mapRectToItem(content, item->boundingRect());
        // The view shows contentItem's [contentY, contentY + height); the content starts at originY.
        const qreal x = ancestor->property("contentX").toReal();
        const qreal y = ancestor->property("contentY").toReal();
        const qreal newY = scrolledTo(
            y, ancestor->height(), ancestor->property("originY").toReal(), ancestor->property("contentHeight").toReal(), rect.top(), rect.bottom(), m_margin);
        const qreal newX = scrolledTo(
            x, ancestor->width(), ancestor->property("originX").toReal(), ancestor->property("contentWidth").toReal(), rect.left(), rect.right(), m_margin);
        if (!qFuzzyCompare(newY, y))
            ancestor->setProperty("contentY", newY);
        if (!qFuzzyCompare(newX, x))
            ancestor->setProperty("contentX", newX);
    }
}
