// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "claims/knownnow.h"

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>
#include <QSet>

/// One source of a claim, as the claim list shows it.
struct ClaimSource
{
    Q_GADGET
    QML_VALUE_TYPE(claimSource)
    Q_PROPERTY(QString articleId MEMBER articleId CONSTANT)
    Q_PROPERTY(QString quote MEMBER quote CONSTANT)
    Q_PROPERTY(QString outlet MEMBER outlet CONSTANT)
    Q_PROPERTY(QString url MEMBER url CONSTANT)
    Q_PROPERTY(QString dateText MEMBER dateText CONSTANT)

public:
    QString articleId; ///< the article of the case that carries it, or ""
    QString quote;     ///< the words in that article, or ""
    QString outlet;
    QString url;
    QString dateText; ///< "8 Dec 2014", or "" when the source is undated

    friend bool operator==(const ClaimSource &, const ClaimSource &) = default;
};

/// The claims of the open case, filtered by date cutoff, claimant, target,
/// stance, attribution and evidence (an empty filter matches everything).
class ClaimModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CaseLibrary")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QDate cutoff READ cutoff WRITE setCutoff NOTIFY filterChanged)
    Q_PROPERTY(QString claimant READ claimant WRITE setClaimant NOTIFY filterChanged)
    Q_PROPERTY(QString target READ target WRITE setTarget NOTIFY filterChanged)
    Q_PROPERTY(QString stance READ stance WRITE setStance NOTIFY filterChanged)
    Q_PROPERTY(QString attribution READ attribution WRITE setAttribution NOTIFY filterChanged)
    Q_PROPERTY(QString evidence READ evidence WRITE setEvidence NOTIFY filterChanged)
    /// Only these claims, when not empty (a camp's claims or an arrow's between camps).
    Q_PROPERTY(QStringList ids READ ids WRITE setIds NOTIFY filterChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< claim id
        DateRole,                  ///< QDate
        DateTextRole,              ///< "≈ 8 Dec 2014"
        ClaimantRole,              ///< actor id
        ClaimantNameRole,
        TargetNamesRole, ///< the targets' names, comma-separated
        StanceRole,
        AttributionRole,
        EvidenceRole,
        ParaphraseRole,
        SourcesRole, ///< QList<ClaimSource>
        ArticleRole, ///< first article of the case that carries the claim, or ""
        QuoteRole,   ///< the quote in that article, or ""
        StatusRole,  ///< established.status
        StatusNoteRole,
        OutcomeRole,          ///< ClaimOutcome: status label and description, note, "Since then", "Known as of"
        StanceLabelRole,      ///< from VocabularyStyle
        AttributionLabelRole, ///< from VocabularyStyle
        EvidenceLabelRole,    ///< from VocabularyStyle
    };
    Q_ENUM(Role)

    explicit ClaimModel(QObject *parent = nullptr);
    void setCase(const Claimscope::CaseData *data);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int totalCount() const;
    QDate cutoff() const { return m_cutoff; }
    void setCutoff(const QDate &cutoff);
    QString claimant() const { return m_claimant; }
    void setClaimant(const QString &v);
    QString target() const { return m_target; }
    void setTarget(const QString &v);
    QString stance() const { return m_stance; }
    void setStance(const QString &v);
    QString attribution() const { return m_attribution; }
    void setAttribution(const QString &v);
    QString evidence() const { return m_evidence; }
    void setEvidence(const QString &v);
    QStringList ids() const { return m_ids; }
    void setIds(const QStringList &ids);

    Q_INVOKABLE void clearFilters();
    /// Only the claims `ids` up to `cutoff`, other filters cleared, in one change.
    Q_INVOKABLE void show(const QStringList &ids, const QDate &cutoff);

Q_SIGNALS:
    void countChanged();
    void filterChanged();

private:
    /// Only `ids` (all when empty) up to `cutoff`, every other filter cleared.
    void setFilters(const QStringList &ids, const QDate &cutoff);
    void refilter();
    bool matches(const Claimscope::Claim &c) const;

    const Claimscope::CaseData *m_data = nullptr;
    QList<const Claimscope::Claim *> m_rows;
    QDate m_cutoff;
    QString m_claimant, m_target, m_stance, m_attribution, m_evidence;
    QStringList m_ids;
    QSet<QString> m_idSet; ///< m_ids, for the per-claim test
};
