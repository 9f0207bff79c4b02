// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <QMap>

namespace Claimscope {

/// How the coverage shifted: claims per day and per phase, counted by stance
/// and by attribution, with a cutoff for "what was known then".
///
/// A claim or event counts on its (first) date, also when that date is
/// approximate or starts a span. The series copies what it needs from the
/// case: it does not keep a reference to the CaseData it was built from.
class CoverageSeries
{
public:
    struct Day
    {
        QDate date;
        int total = 0;
        QMap<QString, int> byStance;      ///< stance → claims that day
        QMap<QString, int> byAttribution; ///< named / anonymous / institutional / state-media → claims
    };

    struct PhaseSummary
    {
        QString phaseId;
        QString title;
        QString framing; ///< the phase's dominant framing, from the case
        QDate start, end;
        int total = 0; ///< claims dated inside the phase (up to the cutoff)
        QMap<QString, int> byStance;
        QMap<QString, int> byAttribution;
        QString dominantStance; ///< most frequent stance, ties by Vocabulary order; "" if none
        int eventCount = 0;     ///< events of this phase dated up to the cutoff
    };

    explicit CoverageSeries(const CaseData &data);

    /// First and last dates of the scrubber: the case's whole timeline
    /// (TimeAxis::caseRange(): its period, claims, events and phases), so
    /// that nothing dated in the case falls before or after it.
    [[nodiscard]] QDate firstDate() const { return m_first; }
    [[nodiscard]] QDate lastDate() const { return m_last; }

    /// Counts only claims and events dated on or before `cutoff`
    /// (invalid: everything).
    void setCutoff(const QDate &cutoff);
    [[nodiscard]] QDate cutoff() const { return m_cutoff; }

    /// One entry per calendar day from firstDate() to lastDate() inclusive;
    /// days after the cutoff have zero counts.
    [[nodiscard]] const QList<Day> &days() const { return m_days; }
    /// One entry per phase of the case, in the case's order.
    [[nodiscard]] const QList<PhaseSummary> &phases() const { return m_phases; }
    /// Index of the first phase whose [start, end] contains `date`, or -1.
    [[nodiscard]] int phaseAt(const QDate &date) const;
    /// Claims dated on or before the cutoff, by attribution, in total.
    [[nodiscard]] QMap<QString, int> totalsByAttribution() const { return m_totalsByAttribution; }
    /// Claims dated on or before the cutoff, by stance, in total.
    [[nodiscard]] QMap<QString, int> totalsByStance() const { return m_totalsByStance; }

private:
    QDate m_first, m_last, m_cutoff;
    QList<Day> m_days;
    QList<PhaseSummary> m_phases;
    QMap<QString, int> m_totalsByAttribution, m_totalsByStance;

    // Precomputed in the constructor so that setCutoff() is one pass over integers.
    QList<Day> m_fullDays;                 ///< every day with all its claims
    QList<qint64> m_claimDay;              ///< Julian day per claim, sorted; undated claims last
    QList<int> m_claimStance;              ///< index into m_stanceLabels, per sorted claim
    QList<int> m_claimAttribution;         ///< index into m_attributionLabels, per sorted claim
    QList<int> m_claimPhaseStart;          ///< per sorted claim, first entry in m_claimPhases (size + 1 entries)
    QList<int> m_claimPhases;              ///< indexes of the phases each claim falls in
    QList<QList<qint64>> m_phaseEventDays; ///< per phase, the Julian days of its events, sorted
    QStringList m_stanceLabels, m_attributionLabels;
};

} // namespace Claimscope
