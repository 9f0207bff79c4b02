// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverage/claimcardlist.h"

#include <algorithm>

int ClaimCardList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

QVariant ClaimCardList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size() || role != CardRole)
        return {};
    return QVariant::fromValue(m_cards.at(index.row()));
}

QHash<int, QByteArray> ClaimCardList::roleNames() const
{
    return {{CardRole, "card"}};
}

namespace {

/// Whether `inner` stands in `outer` from `at` on, as far as `outer` goes.
bool runsOn(const QList<ClaimCard> &outer, qsizetype at, const QList<ClaimCard> &inner)
{
    const qsizetype n = std::min(outer.size() - at, inner.size());
    return std::equal(inner.cbegin(), inner.cbegin() + n, outer.cbegin() + at);
}

} // namespace

void ClaimCardList::setCards(const QList<ClaimCard> &cards)
{
    if (cards == m_cards)
        return;
    const qsizetype newFirstInOld = cards.isEmpty() ? -1 : m_cards.indexOf(cards.first());
    const qsizetype oldFirstInNew = m_cards.isEmpty() ? -1 : cards.indexOf(m_cards.first());
    if (oldFirstInNew > 0 && runsOn(cards, oldFirstInNew, m_cards)) {
        // Newer cards on top (the scrubber moved on): insert them, then trim or extend the bottom.
        beginInsertRows({}, 0, static_cast<int>(oldFirstInNew - 1));
        m_cards = cards.first(oldFirstInNew) + m_cards;
        endInsertRows();
    } else if (newFirstInOld > 0 && runsOn(m_cards, newFirstInOld, cards)) {
        // The top cards went (the scrubber moved back): remove them.
        beginRemoveRows({}, 0, static_cast<int>(newFirstInOld - 1));
        m_cards.remove(0, newFirstInOld);
        endRemoveRows();
    } else if (!runsOn(cards, 0, m_cards) || m_cards.isEmpty()) {
        beginResetModel();
        m_cards = cards;
        endResetModel();
        return;
    }
    // Now one list starts the other: the rest is at the bottom.
    if (m_cards.size() > cards.size()) {
        beginRemoveRows({}, static_cast<int>(cards.size()), static_cast<int>(m_cards.size() - 1));
        m_cards.resize(cards.size());
        endRemoveRows();
    } else if (m_cards.size() < cards.size()) {
        beginInsertRows({}, static_cast<int>(m_cards.size()), static_cast<int>(cards.size() - 1));
        m_cards += cards.mid(m_cards.size());
        endInsertRows();
    }
    Q_ASSERT(m_cards == cards);
}
