// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <QAbstractListModel>
#include <QQmlEngine>

/// The articles of the open case, in date order.
class ArticleModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CaseLibrary")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< article id
        OutletRole,                ///< "The Guardian"
        OutletKindRole,            ///< "newspaper", "wire-copy", …
        OutletInferredRole,        ///< the outlet is deduced, not shown by the source
        HeadlineRole,
        BylineRole,
        DateRole,     ///< QDate of publication
        DateTextRole, ///< "≈ 18 Dec 2014"
        UrlRole,
        ProvenanceRole, ///< "AP copy", …
        CopyrightRole,
        ParagraphsRole, ///< QStringList
        AnnotationCountRole,
    };
    Q_ENUM(Role)

    explicit ArticleModel(QObject *parent = nullptr);

    void setArticles(const QList<Claimscope::Article> &articles);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Row of the article with this id, or -1.
    Q_INVOKABLE int indexOf(const QString &id) const;
    /// Id of the article in row `row`, or "".
    Q_INVOKABLE QString idAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Claimscope::Article> m_articles;
};
