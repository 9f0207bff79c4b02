// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/campitemmodel.h"

#include <QSet>

using namespace Qt::StringLiterals;

void CampItemModel::setItems(const QList<CampItem> &items)
{
    QSet<QString> keys;
    for (const CampItem &item : items)
        keys.insert(item.key);
    for (qsizetype i = m_items.size() - 1; i >= 0; --i) {
        if (keys.contains(m_items.at(i).key))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_items.removeAt(i);
        endRemoveRows();
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const CampItem &next = items.at(i);
        if (i >= m_items.size() || m_items.at(i).key != next.key) {
            qsizetype from = -1;
            for (qsizetype j = i + 1; j < m_items.size() && from < 0; ++j)
                from = m_items.at(j).key == next.key ? j : -1;
            if (from < 0) {
                beginInsertRows({}, int(i), int(i));
                m_items.insert(i, next);
                endInsertRows();
                continue;
            }
            beginMoveRows({}, int(from), int(from), {}, int(i));
            m_items.move(from, i);
            endMoveRows();
        }
        const QList<int> roles = changedRoles(m_items.at(i), next);
        if (roles.isEmpty())
            continue;
        m_items[i] = next;
        Q_EMIT dataChanged(index(int(i)), index(int(i)), roles);
    }
}

QList<int> CampItemModel::changedRoles(const CampItem &a, const CampItem &b)
{
    QList<int> roles;
    const auto check = [&](bool same, Role role) {
        if (!same)
            roles << role;
    };
    check(a.node == b.node, NodeRole);
    check(a.edge == b.edge, EdgeRole);
    check(a.box == b.box, BoxRole);
    check(a.dimmed == b.dimmed, DimmedRole);
    check(a.start == b.start, StartRole);
    check(a.control == b.control, ControlRole);
    check(a.end == b.end, EndRole);
    check(a.loop == b.loop, LoopRole);
    check(a.countText == b.countText, CountTextRole);
    return roles;
}

int CampItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CampItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampItem &item = m_items.at(index.row());
    switch (role) {
    case NodeRole: return QVariant::fromValue(item.node);
    case EdgeRole: return QVariant::fromValue(item.edge);
    case BoxRole: return item.box;
    case DimmedRole: return item.dimmed;
    case StartRole: return item.start;
    case ControlRole: return item.control;
    case EndRole: return item.end;
    case LoopRole: return item.loop;
    case CountTextRole: return item.countText;
    default: return {};
    }
}

QHash<int, QByteArray> CampItemModel::roleNames() const
{
    return {{NodeRole, "node"},
            {EdgeRole, "edge"},
            {BoxRole, "box"},
            {DimmedRole, "dimmed"},
            {StartRole, "start"},
            {ControlRole, "control"},
            {EndRole, "end"},
            {LoopRole, "loop"},
            {CountTextRole, "countText"}};
}
