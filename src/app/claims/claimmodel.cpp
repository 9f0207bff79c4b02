// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claims/claimmodel.h"
#include "claims/knownnow.h"
#include "common/datetext.h"
#include "common/localenotifier.h"
#include "common/vocabularystyle.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

ClaimModel::ClaimModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // The dates (and the words the roles translate) are read again in the new language.
    connect(LocaleNotifier::instance(), &LocaleNotifier::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    });
}

void ClaimModel::setCase(const CaseData *data)
{
    m_data = data;
    refilter();
}

bool ClaimModel::matches(const Claim &c) const
{
    if (m_cutoff.isValid() && c.date.date > m_cutoff)
        return false;
    if (!m_ids.isEmpty() && !m_idSet.contains(c.id))
        return false;
    if (!m_claimant.isEmpty() && c.claimant != m_claimant)
        return false;
    if (!m_target.isEmpty() && !c.targets.contains(m_target))
        return false;
    if (!m_stance.isEmpty() && c.stance != m_stance)
        return false;
    if (!m_attribution.isEmpty() && c.attribution != m_attribution)
        return false;
    return m_evidence.isEmpty() || c.evidence == m_evidence;
}

void ClaimModel::refilter()
{
    QList<const Claim *> rows;
    if (m_data) {
        for (const Claim &c : m_data->claims) {
            if (matches(c))
                rows.append(&c);
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Claim *a, const Claim *b) { return a->date.date < b->date.date; });
    }
    if (rows == m_rows)
        return;
    // Rows are in date order, so moving the cutoff adds or removes rows at the end:
    // views keep the delegates they have instead of building them all again.
    const qsizetype common = std::mismatch(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend()).first - rows.cbegin();
    if (common == m_rows.size()) {
        beginInsertRows({}, int(common), int(rows.size() - 1));
        m_rows = std::move(rows);
        endInsertRows();
    } else if (common == rows.size()) {
        beginRemoveRows({}, int(common), int(m_rows.size() - 1));
        m_rows = std::move(rows);
        endRemoveRows();
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT countChanged();
}

int ClaimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClaimModel::totalCount() const
{
    return m_data ? static_cast<int>(m_data->claims.size()) : 0;
}

QVariant ClaimModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Claim &c = *m_rows.at(index.row());
    const auto firstInCorpus = [&]() -> const SourceRef * {
        for (const SourceRef &s : c.sources) {
            if (!s.article.isEmpty())
                return &s;
        }
        return nullptr;
    };
    switch (static_cast<Role>(role)) {
    case IdRole: return c.id;
    case DateRole: return c.date.date;
    case DateTextRole: return c.date.display();
    case ClaimantRole: return c.claimant;
    case ClaimantNameRole: {
        const Actor *a = m_data->actor(c.claimant);
        return a ? a->name : c.claimant;
    }
    case TargetNamesRole: {
        QStringList names;
        for (const QString &t : c.targets) {
            const Actor *a = m_data->actor(t);
            names << (a ? a->name : t);
        }
        return names.join(u", "_s);
    }
    case StanceRole: return c.stance;
    case AttributionRole: return c.attribution;
    case EvidenceRole: return c.evidence;
    case ParaphraseRole: return c.paraphrase;
    case SourcesRole: {
        QList<ClaimSource> list;
        for (const SourceRef &ref : c.sources) {
            ClaimSource s{ref.article, ref.quote, {}, {}, {}};
            for (const Source &src : m_data->sources) {
                if (src.id == ref.source) {
                    s.outlet = src.outlet;
                    s.url = src.url;
                    s.dateText = src.date.isValid() ? DateText::day(src.date) : QString();
                }
            }
            list.append(s);
        }
        return QVariant::fromValue(list);
    }
    case ArticleRole: {
        const SourceRef *s = firstInCorpus();
        return s ? s->article : QString();
    }
    case QuoteRole: {
        const SourceRef *s = firstInCorpus();
        return s ? s->quote : QString();
    }
    case StatusRole: return c.established.status;
    case StatusNoteRole: return c.established.note;
    case OutcomeRole: return QVariant::fromValue(KnownNow::outcome(*m_data, c));
    case StanceLabelRole: return VocabularyStyle::label(VocabularyStyle::Kind::Stance, c.stance);
    case AttributionLabelRole: return VocabularyStyle::label(VocabularyStyle::Kind::Attribution, c.attribution);
    case EvidenceLabelRole: return VocabularyStyle::label(VocabularyStyle::Kind::Evidence, c.evidence);
    }
    return {};
}

QHash<int, QByteArray> ClaimModel::roleNames() const
{
    return {{IdRole, "claimId"},
            {DateRole, "date"},
            {DateTextRole, "dateText"},
            {ClaimantRole, "claimant"},
            {ClaimantNameRole, "claimantName"},
            {TargetNamesRole, "targetNames"},
            {StanceRole, "stance"},
            {AttributionRole, "attribution"},
            {EvidenceRole, "evidence"},
            {ParaphraseRole, "paraphrase"},
            {SourcesRole, "sources"},
            {ArticleRole, "articleId"},
            {QuoteRole, "quote"},
            {StatusRole, "status"},
            {StatusNoteRole, "statusNote"},
            {OutcomeRole, "outcome"},
            {StanceLabelRole, "stanceLabel"},
            {AttributionLabelRole, "attributionLabel"},
            {EvidenceLabelRole, "evidenceLabel"}};
}

void ClaimModel::show(const QStringList &ids, const QDate &cutoff)
{
    // An empty list would mean "no filter": a focus without claims lists none.
    setFilters(ids.isEmpty() ? QStringList{QString()} : ids, cutoff);
}

void ClaimModel::clearFilters()
{
    setFilters({}, {});
}

void ClaimModel::setFilters(const QStringList &ids, const QDate &cutoff)
{
    m_claimant.clear();
    m_target.clear();
    m_stance.clear();
    m_attribution.clear();
    m_evidence.clear();
    m_ids = ids;
    m_idSet = QSet<QString>(ids.cbegin(), ids.cend());
    m_cutoff = cutoff;
    refilter();
    Q_EMIT filterChanged();
}

#define CLAIMSCOPE_FILTER_SETTER(Name, member)                                                                                                                 \
    void ClaimModel::Name(const QString &v)                                                                                                                    \
    {                                                                                                                                                          \
        if (member == v)                                                                                                                                       \
            return;                                                                                                                                            \
        member = v;                                                                                                                                            \
        refilter();                                                                                                                                            \
        Q_EMIT filterChanged();                                                                                                                                \
    }
CLAIMSCOPE_FILTER_SETTER(setClaimant, m_claimant)
CLAIMSCOPE_FILTER_SETTER(setTarget, m_target)
CLAIMSCOPE_FILTER_SETTER(setStance, m_stance)
CLAIMSCOPE_FILTER_SETTER(setAttribution, m_attribution)
CLAIMSCOPE_FILTER_SETTER(setEvidence, m_evidence)
#undef CLAIMSCOPE_FILTER_SETTER

void ClaimModel::setIds(const QStringList &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    m_idSet = QSet<QString>(ids.cbegin(), ids.cend());
    refilter();
    Q_EMIT filterChanged();
}

void ClaimModel::setCutoff(const QDate &cutoff)
{
    if (cutoff == m_cutoff)
        return;
    m_cutoff = cutoff;
    refilter();
    Q_EMIT filterChanged();
}
