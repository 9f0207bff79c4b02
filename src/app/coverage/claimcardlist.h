// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/knownnow.h"

#include <QAbstractListModel>
#include <QQmlEngine>

/// Claim cards for a list view that changes a few at a time, as the
/// coverage's "said then" list does while the scrubber plays: cards that
/// come in at the top or fall off at either end are inserted and removed,
/// so the cards already shown keep their delegates; any other change resets.
class ClaimCardList : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CoverageView")

public:
    enum Role { CardRole = Qt::UserRole + 1 };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<ClaimCard> &cards() const { return m_cards; }
    void setCards(const QList<ClaimCard> &cards);

private:
    QList<ClaimCard> m_cards;
};
