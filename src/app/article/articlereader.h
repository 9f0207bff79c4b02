// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/articleinfo.h"
#include "case/casedata.h"
#include "common/vocabularystyle.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QSet>

/// One article of the open case, read with switchable annotation layers.
/// The model's rows are the annotations of the enabled layers, in text order;
/// `blocks` is the article text as rich text with those annotations marked.
class ArticleReader : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CaseLibrary")
    Q_PROPERTY(QString articleId READ articleId WRITE setArticleId NOTIFY articleChanged)
    Q_PROPERTY(ArticleInfo article READ article NOTIFY articleChanged)
    Q_PROPERTY(QList<VocabularyCount> layers READ layers NOTIFY layersChanged)
    Q_PROPERTY(QList<ArticleBlock> blocks READ blocks NOTIFY blocksChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY layersChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedChanged)
    Q_PROPERTY(AnnotationNote selected READ selected NOTIFY selectedChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< annotation id
        LayerRole,                 ///< layer id ("factual-slip", …)
        LayerLabelRole,            ///< "Factual slip"
        ColorRole,                 ///< the layer's highlight colour
        QuoteRole,                 ///< the exact words annotated
        NoteRole,                  ///< why it matters
        ClaimIdRole,               ///< the claim it belongs to, or ""
        CorrectionRole,            ///< for slips: the correction, or ""
        BlockRole,                 ///< index into `blocks` where the quote stands
    };
    Q_ENUM(Role)

    explicit ArticleReader(QObject *parent = nullptr);

    void setCase(const Claimscope::CaseData *data);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString articleId() const { return m_articleId; }
    void setArticleId(const QString &id);
    ArticleInfo article() const;
    QList<VocabularyCount> layers() const;
    QList<ArticleBlock> blocks() const { return m_blocks; }
    QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);
    AnnotationNote selected() const;

    Q_INVOKABLE void setLayerEnabled(const QString &layer, bool enabled);
    Q_INVOKABLE void showAllLayers();
    /// Selects the annotation of `claimId` in this article, or else the one
    /// whose quote contains `quote`; returns its row, or -1.
    Q_INVOKABLE int focusClaim(const QString &claimId, const QString &quote);
    Q_INVOKABLE int rowOf(const QString &annotationId) const;
    Q_INVOKABLE QString idAtRow(int row) const;

Q_SIGNALS:
    void articleChanged();
    void layersChanged();
    void blocksChanged();
    void selectedChanged();

private:
    struct Placed
    {
        const Claimscope::Annotation *annotation = nullptr;
        qsizetype start = -1; ///< in Article::fullText()
        int block = -1;
    };
    void rebuild();
    const Claimscope::Article *current() const;

    const Claimscope::CaseData *m_data = nullptr;
    QString m_articleId;
    QSet<QString> m_enabled;
    QList<Placed> m_rows;
    QList<ArticleBlock> m_blocks;
    QString m_selectedId;
};
