// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/articlemodel.h"

using namespace Claimscope;

ArticleModel::ArticleModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ArticleModel::setArticles(const QList<Article> &articles)
{
    beginResetModel();
    m_articles = articles;
    endResetModel();
    Q_EMIT countChanged();
}

int ArticleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_articles.size());
}

QVariant ArticleModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Article &a = m_articles.at(index.row());
    switch (static_cast<Role>(role)) {
    case IdRole: return a.id;
    case OutletRole: return a.outlet;
    case OutletKindRole: return a.outletKind;
    case OutletInferredRole: return a.outletInferred;
    case HeadlineRole: return a.headline;
    case BylineRole: return a.byline;
    case DateRole: return a.date.date;
    case DateTextRole: return a.date.display();
    case UrlRole: return a.url;
    case ProvenanceRole: return a.provenance;
    case CopyrightRole: return a.copyright;
    case ParagraphsRole: return a.paragraphs;
    case AnnotationCountRole: return static_cast<int>(a.annotations.size());
    }
    return {};
}

QHash<int, QByteArray> ArticleModel::roleNames() const
{
    return {
        {IdRole, "articleId"},
        {OutletRole, "outlet"},
        {OutletKindRole, "outletKind"},
        {OutletInferredRole, "outletInferred"},
        {HeadlineRole, "headline"},
        {BylineRole, "byline"},
        {DateRole, "date"},
        {DateTextRole, "dateText"},
        {UrlRole, "url"},
        {ProvenanceRole, "provenance"},
        {CopyrightRole, "copyright"},
        {ParagraphsRole, "paragraphs"},
        {AnnotationCountRole, "annotationCount"},
    };
}

int ArticleModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        if (m_articles[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString ArticleModel::idAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? m_articles.at(row).id : QString();
}
