// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blame/blameview.h"
#include "blame/campitemmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

/// Where the camps view draws its cards, arrows and counts, for one view of
/// a given size and font size.
///
/// Camp cards sit in their ring slots (BlameView::campSlot()), as wide as
/// their names need; the actors of an open camp fill the inside of the ring.
/// Each arrow bends towards the middle of the ring, more or the other way
/// until it passes under no card but its own two; its count slides along it
/// to the first place clear of every card and every count placed before it,
/// the larger arrows first.
class CampLayout : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(BlameView *view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(qreal width READ width WRITE setWidth NOTIFY geometryChanged)
    Q_PROPERTY(qreal height READ height WRITE setHeight NOTIFY geometryChanged)
    /// Cards and counts use the application font, bold, at this pixel size.
    Q_PROPERTY(int fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY geometryChanged)
    /// fontPixelSize, or less where the cards would not hold every camp's name whole (never below 12 px).
    Q_PROPERTY(int labelPixelSize READ labelPixelSize NOTIFY layoutChanged)
    Q_PROPERTY(int markerSize READ markerSize NOTIFY layoutChanged)
    /// Between a card's border and its marker and name.
    Q_PROPERTY(qreal padding READ padding CONSTANT)
    Q_PROPERTY(CampItemModel *cards READ cards CONSTANT)
    Q_PROPERTY(CampItemModel *arrows READ arrows CONSTANT)

public:
    static constexpr qreal Gap = 12;
    static constexpr qreal Padding = 6;
    static constexpr int SmallestPixelSize = 12;

    explicit CampLayout(QObject *parent = nullptr);

    /// An arrow's stroke width for `count` claims.
    Q_INVOKABLE static qreal strokeWidth(int count);

    BlameView *view() const { return m_view; }
    void setView(BlameView *view);
    qreal width() const { return m_size.width(); }
    void setWidth(qreal width);
    qreal height() const { return m_size.height(); }
    void setHeight(qreal height);
    int fontPixelSize() const { return m_font.pixelSize(); }
    void setFontPixelSize(int pixelSize);
    int labelPixelSize() const { return m_labelPixelSize; }
    int markerSize() const { return m_markerSize; }
    static qreal padding() { return Padding; }
    CampItemModel *cards() { return &m_cards; }
    CampItemModel *arrows() { return &m_arrows; }

Q_SIGNALS:
    void viewChanged();
    void geometryChanged();
    void layoutChanged();

private:
    void relayout();

    QPointer<BlameView> m_view;
    QSizeF m_size;
    QFont m_font = QGuiApplication::font();
    int m_labelPixelSize = SmallestPixelSize;
    int m_markerSize = SmallestPixelSize;
    CampItemModel m_cards;
    CampItemModel m_arrows;
};
