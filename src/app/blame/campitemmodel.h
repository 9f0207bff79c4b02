// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blame/blameedge.h"
#include "blame/campnode.h"

#include <QAbstractListModel>
#include <QPointF>
#include <QQmlEngine>
#include <QRectF>

/// One thing the camps view draws: a card (a camp or an actor) or an arrow
/// with its count, placed in the view's coordinates by CampLayout.
struct CampItem
{
    QString key; ///< stays the same while the card or arrow stays on screen
    CampNode node;
    BlameEdge edge;
    QRectF box; ///< a card's rectangle, or an arrow's count
    bool dimmed = false;
    /// An arrow: a quadratic curve from start over control to end.
    QPointF start, control, end;
    bool loop = false; ///< claims within one camp: a count with a loop sign, no curve
    QString countText;

    friend bool operator==(const CampItem &, const CampItem &) = default;
};

/// The cards or the arrows of the camps view. Rows keep their identity from
/// one date to the next, so that the view's delegates are updated in place
/// instead of being built again whenever a claim is added.
class CampItemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CampLayout")

public:
    enum Role {
        NodeRole = Qt::UserRole + 1,
        EdgeRole,
        BoxRole,
        DimmedRole,
        StartRole,
        ControlRole,
        EndRole,
        LoopRole,
        CountTextRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    /// Makes the rows `items`: rows whose key is gone are removed, new ones
    /// inserted, moved ones moved, and only the roles that changed reported.
    void setItems(const QList<CampItem> &items);
    const QList<CampItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static QList<int> changedRoles(const CampItem &a, const CampItem &b);

    QList<CampItem> m_items;
};
