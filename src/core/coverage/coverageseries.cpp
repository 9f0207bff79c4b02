// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverage/coverageseries.h"

#include "case/labelindex.h"
#include "case/vocabulary.h"
#include "common/timeaxis.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

using namespace Aggregation;

/// Counts per label index → label → count, leaving out zeros.
QMap<QString, int> toMap(const QStringList &labels, const int *counts)
{
    QMap<QString, int> map;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (counts[i] > 0)
            map.insert(labels.at(i), counts[i]);
    }
    return map;
}

/// The most frequent label; ties go to the earlier label (vocabulary order).
QString dominant(const QStringList &labels, const int *counts)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
            best = i;
    }
    return best < 0 ? QString() : labels.at(best);
}

} // namespace

CoverageSeries::CoverageSeries(const CaseData &data)
{
    std::tie(m_first, m_last) = TimeAxis::caseRange(data);

    QList<int> order(data.claims.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return dayOf(data.claims.at(a).date.date) < dayOf(data.claims.at(b).date.date); });

    m_stanceLabels = Vocabulary::stances();
    m_attributionLabels = Vocabulary::attributions();
    QHash<QString, int> stanceIndex = indexOf(m_stanceLabels);
    QHash<QString, int> attributionIndex = indexOf(m_attributionLabels);
    for (const int i : std::as_const(order)) {
        const Claim &claim = data.claims.at(i);
        m_claimDay << dayOf(claim.date.date);
        m_claimStance << intern(m_stanceLabels, stanceIndex, claim.stance);
        m_claimAttribution << intern(m_attributionLabels, attributionIndex, claim.attribution);
        m_claimPhaseStart << int(m_claimPhases.size());
        for (qsizetype p = 0; p < data.phases.size(); ++p) {
            const Phase &phase = data.phases.at(p);
            if (claim.date.date.isValid() && phase.start.isValid() && phase.end.isValid() && phase.start <= claim.date.date && claim.date.date <= phase.end)
                m_claimPhases << int(p);
        }
    }
    m_claimPhaseStart << int(m_claimPhases.size());

    QHash<QString, qsizetype> phaseById;
    for (qsizetype p = 0; p < data.phases.size(); ++p) {
        const Phase &phase = data.phases.at(p);
        phaseById.insert(phase.id, p);
        PhaseSummary summary;
        summary.phaseId = phase.id;
        summary.title = phase.title;
        summary.framing = phase.framing;
        summary.start = phase.start;
        summary.end = phase.end;
        m_phases << summary;
    }
    m_phaseEventDays.resize(m_phases.size());
    for (const Event &event : data.events) {
        if (const auto it = phaseById.constFind(event.phase); it != phaseById.cend())
            m_phaseEventDays[*it] << dayOf(event.date.date);
    }
    for (QList<qint64> &days : m_phaseEventDays)
        std::sort(days.begin(), days.end());

    // Each day's full counts: a day is either wholly before the cutoff or not.
    if (m_first.isValid()) {
        const qint64 first = m_first.toJulianDay();
        const qsizetype dayCount = qsizetype(m_last.toJulianDay() - first + 1);
        const qsizetype stances = m_stanceLabels.size(), attributions = m_attributionLabels.size();
        QList<int> stanceCounts(dayCount * stances, 0), attributionCounts(dayCount * attributions, 0);
        m_fullDays.resize(dayCount);
        for (qsizetype d = 0; d < dayCount; ++d)
            m_fullDays[d].date = m_first.addDays(d);
        for (qsizetype pos = 0; pos < m_claimDay.size() && m_claimDay.at(pos) != NoDay; ++pos) {
            const qsizetype d = qsizetype(m_claimDay.at(pos) - first);
            ++m_fullDays[d].total;
            ++stanceCounts[d * stances + m_claimStance.at(pos)];
            ++attributionCounts[d * attributions + m_claimAttribution.at(pos)];
        }
        for (qsizetype d = 0; d < dayCount; ++d) {
            m_fullDays[d].byStance = toMap(m_stanceLabels, stanceCounts.constData() + d * stances);
            m_fullDays[d].byAttribution = toMap(m_attributionLabels, attributionCounts.constData() + d * attributions);
        }
    }

    setCutoff(QDate());
}

void CoverageSeries::setCutoff(const QDate &cutoff)
{
    m_cutoff = cutoff;
    const qint64 limit = cutoff.isValid() ? cutoff.toJulianDay() : NoDay;

    // Days: full up to the cutoff, empty after it.
    m_days.clear();
    m_days.reserve(m_fullDays.size());
    for (const Day &day : std::as_const(m_fullDays)) {
        if (day.date.toJulianDay() <= limit) {
            m_days << day;
        } else {
            Day empty;
            empty.date = day.date;
            m_days << empty;
        }
    }

    // Claims are in date order, so those up to the cutoff are a prefix.
    const qsizetype end = cutoff.isValid() ? std::upper_bound(m_claimDay.cbegin(), m_claimDay.cend(), limit) - m_claimDay.cbegin() : m_claimDay.size();
    const qsizetype stances = m_stanceLabels.size(), attributions = m_attributionLabels.size();
    const qsizetype phases = m_phases.size();
    QList<int> totalStance(stances, 0), totalAttribution(attributions, 0);
    QList<int> phaseTotal(phases, 0), phaseStance(phases * stances, 0), phaseAttribution(phases * attributions, 0);
    for (qsizetype pos = 0; pos < end; ++pos) {
        const int stance = m_claimStance.at(pos), attribution = m_claimAttribution.at(pos);
        ++totalStance[stance];
        ++totalAttribution[attribution];
        for (int k = m_claimPhaseStart.at(pos), last = m_claimPhaseStart.at(pos + 1); k < last; ++k) {
            const qsizetype p = m_claimPhases.at(k);
            ++phaseTotal[p];
            ++phaseStance[p * stances + stance];
            ++phaseAttribution[p * attributions + attribution];
        }
    }
    m_totalsByStance = toMap(m_stanceLabels, totalStance.constData());
    m_totalsByAttribution = toMap(m_attributionLabels, totalAttribution.constData());

    for (qsizetype p = 0; p < phases; ++p) {
        PhaseSummary &summary = m_phases[p];
        const int *stanceCounts = phaseStance.constData() + p * stances;
        summary.total = phaseTotal.at(p);
        summary.byStance = toMap(m_stanceLabels, stanceCounts);
        summary.byAttribution = toMap(m_attributionLabels, phaseAttribution.constData() + p * attributions);
        summary.dominantStance = dominant(m_stanceLabels, stanceCounts);
        const QList<qint64> &events = m_phaseEventDays.at(p);
        summary.eventCount = cutoff.isValid() ? int(std::upper_bound(events.cbegin(), events.cend(), limit) - events.cbegin()) : int(events.size());
    }
}

int CoverageSeries::phaseAt(const QDate &date) const
{
    if (!date.isValid())
        return -1;
    for (qsizetype p = 0; p < m_phases.size(); ++p) {
        const PhaseSummary &phase = m_phases.at(p);
        if (phase.start.isValid() && phase.end.isValid() && phase.start <= date && date <= phase.end)
            return int(p);
    }
    return -1;
}

} // namespace Claimscope
