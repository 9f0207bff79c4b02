// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blame/blameview.h"

#include <QFont>
#include <QGuiApplication>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QRectF>

#include <functional>

/// One name label of the blame network, in item coordinates.
struct BlameLabel
{
    Q_GADGET
    QML_VALUE_TYPE(blameLabel)
    Q_PROPERTY(int row MEMBER row CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)
    Q_PROPERTY(qreal x MEMBER x CONSTANT)
    Q_PROPERTY(qreal y MEMBER y CONSTANT)
    Q_PROPERTY(qreal width MEMBER width CONSTANT)
    Q_PROPERTY(qreal height MEMBER height CONSTANT)
    Q_PROPERTY(int alignment MEMBER alignment CONSTANT)

public:
    int row = -1; ///< the node model row it names
    QString text;
    qreal x = 0, y = 0, width = 0, height = 0;
    int alignment = 0; ///< Qt::AlignLeft, Qt::AlignRight or Qt::AlignHCenter

    friend bool operator==(const BlameLabel &, const BlameLabel &) = default;
};

/// Where the blame network draws its nodes and their name labels, for one
/// network item of a given size.
///
/// Each label sits radially outside its node: right-aligned to the left of
/// nodes on the left of the ellipse, left-aligned to the right of nodes on
/// the right, centred above or below nodes at the top and bottom. Labels are
/// accepted most involved actor first, and only where they stay inside the
/// item and overlap neither an accepted label nor any node; the other actors
/// keep their name in the node's tooltip and accessible name.
class BlameLabelLayout : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(BlameView *view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(qreal width READ width WRITE setWidth NOTIFY geometryChanged)
    Q_PROPERTY(qreal height READ height WRITE setHeight NOTIFY geometryChanged)
    Q_PROPERTY(qreal marginX READ marginX WRITE setMarginX NOTIFY geometryChanged)
    Q_PROPERTY(qreal marginY READ marginY WRITE setMarginY NOTIFY geometryChanged)
    /// Labels use the application font at this pixel size.
    Q_PROPERTY(int fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY fontChanged)
    /// The accepted labels.
    Q_PROPERTY(QList<BlameLabel> labels READ labels NOTIFY labelsChanged)
    /// Node model rows that have a label.
    Q_PROPERTY(QList<int> labelledRows READ labelledRows NOTIFY labelsChanged)

public:
    /// One node asking for a label.
    struct Request
    {
        QString text;
        QPointF centre;     ///< node centre, in item coordinates
        QPointF outward;    ///< direction from the ellipse's centre to the node
        qreal diameter = 0; ///< node diameter; every node is an obstacle for labels
        int priority = 0;   ///< involvement: higher is labelled first
        bool wantsLabel = true;
    };
    /// One accepted label.
    struct Placement
    {
        int request = -1; ///< index into the requests
        QRectF rect;
        Qt::Alignment alignment;
    };
    using TextWidth = std::function<qreal(const QString &)>;

    /// Gap between a node's edge and its label, and the smallest width a
    /// label may be elided to.
    static constexpr qreal Gap = 6;
    static constexpr qreal MinLabelWidth = 48;

    explicit BlameLabelLayout(QObject *parent = nullptr);

    /// Places labels for `requests` inside `bounds`. No two returned rects
    /// intersect, each lies inside `bounds` and none intersects a node.
    static QList<Placement> place(const QList<Request> &requests, const QRectF &bounds, const TextWidth &textWidth, qreal lineHeight);
    /// Whether node model row `row` has a label.
    Q_INVOKABLE bool isLabelled(int row) const { return m_rows.contains(row); }
    /// The node diameter (px) drawn for an actor involved in `claims` claims.
    Q_INVOKABLE static qreal nodeDiameter(int claims);
    /// The requests for the nodes of `nodes`, for an item of `size` whose
    /// ellipse leaves `margins` (x, y) on each side.
    static QList<Request> requests(const BlameNodeModel *nodes, const QSizeF &size, const QPointF &margins);

    /// Where along an edge drawn as a quadratic curve from (x1, y1) through
    /// control point (cx, cy) to (x2, y2) its count badge of `size` px goes:
    /// the curve parameter nearest the middle at which the badge covers no
    /// label and no node (0.5 when nowhere is clear).
    Q_INVOKABLE qreal badgePosition(qreal x1, qreal y1, qreal cx, qreal cy, qreal x2, qreal y2, qreal size) const;
    static qreal
    badgePosition(const QPointF &p0, const QPointF &control, const QPointF &p2, qreal size, const QList<Request> &nodes, const QList<Placement> &labels);

    BlameView *view() const { return m_view; }
    void setView(BlameView *view);
    qreal width() const { return m_size.width(); }
    void setWidth(qreal width);
    qreal height() const { return m_size.height(); }
    void setHeight(qreal height);
    qreal marginX() const { return m_margins.x(); }
    void setMarginX(qreal margin);
    qreal marginY() const { return m_margins.y(); }
    void setMarginY(qreal margin);
    int fontPixelSize() const { return m_font.pixelSize(); }
    void setFontPixelSize(int pixelSize);
    QList<BlameLabel> labels() const { return m_labels; }
    QList<int> labelledRows() const { return m_rows; }

Q_SIGNALS:
    void viewChanged();
    void geometryChanged();
    void fontChanged();
    void labelsChanged();

private:
    void relayout();

    QPointer<BlameView> m_view;
    QSizeF m_size;
    QPointF m_margins;
    QFont m_font = QGuiApplication::font();
    QList<Request> m_requests;
    QList<Placement> m_placements;
    QList<BlameLabel> m_labels;
    QList<int> m_rows;
};
