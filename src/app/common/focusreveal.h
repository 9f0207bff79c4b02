// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickWindow>

class QQuickItem;

/// Keeps keyboard focus where it can be seen: when the window's focus moves
/// to an item inside a Flickable (a page, a side list, a column of check
/// boxes), every Flickable around it scrolls just enough to show it whole.
/// One of these per window: `FocusReveal { window: root }`.
class FocusReveal : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickWindow *window READ window WRITE setWindow NOTIFY windowChanged FINAL)
    /// Room left between the focused item and the Flickable's edge.
    Q_PROPERTY(qreal margin READ margin WRITE setMargin NOTIFY marginChanged FINAL)

public:
    explicit FocusReveal(QObject *parent = nullptr);

    QQuickWindow *window() const { return m_window; }
    void setWindow(QQuickWindow *window);
    qreal margin() const { return m_margin; }
    void setMargin(qreal margin);

    /// Scrolls every Flickable around item so that it shows whole (or its top
    /// left when it is larger than the Flickable).
    Q_INVOKABLE void reveal(QQuickItem *item) const;

Q_SIGNALS:
    void windowChanged();
    void marginChanged();

private:
    void revealFocus() const;

    QPointer<QQuickWindow> m_window;
    QMetaObject::Connection m_connection;
    qreal m_margin = 8;
};
