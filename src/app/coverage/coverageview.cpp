// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverage/coverageview.h"
#include "common/localenotifier.h"

#include "case/vocabulary.h"
#include "claims/knownnow.h"
#include "common/datetext.h"
#include "common/plural.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace Claimscope;

CoverageView::CoverageView(QObject *parent)
    : QObject(parent)
{
    connect(LocaleNotifier::instance(), &LocaleNotifier::changed, this, &CoverageView::refreshTexts);
}

void CoverageView::refreshTexts()
{
    // The dates and sentences of every list, written again in the new language.
    if (!m_series)
        return;
    m_phases = computePhases();
    Q_EMIT phasesChanged();
    m_phase = computePhase();
    Q_EMIT phaseChanged();
    m_recentEvents = computeRecentEvents();
    Q_EMIT recentEventsChanged();
    m_thenVsNow = computeThenVsNow();
    m_thenVsNowList.setCards(m_thenVsNow);
    Q_EMIT thenVsNowChanged();
    m_attributionTotals = computeAttributionTotals();
    Q_EMIT attributionTotalsChanged();
    Q_EMIT caseChanged();
    Q_EMIT cutoffChanged();
}

CoverageView::~CoverageView() = default;

void CoverageView::setCase(const CaseData *data)
{
    m_data = data;
    m_series = data ? std::make_unique<CoverageSeries>(*data) : nullptr;
    m_eventDays.clear();
    m_eventsNewestFirst.clear();
    m_claimsNewestFirst.clear();
    if (data) {
        // Newest first, in the case's order within a day: the lists below take their heads.
        for (const Event &e : data->events)
            m_eventsNewestFirst.append(&e);
        std::stable_sort(m_eventsNewestFirst.begin(), m_eventsNewestFirst.end(), [](const Event *a, const Event *b) { return a->date.date > b->date.date; });
        for (const Claim &c : data->claims)
            m_claimsNewestFirst.append(&c);
        std::stable_sort(m_claimsNewestFirst.begin(), m_claimsNewestFirst.end(), [](const Claim *a, const Claim *b) { return a->date.date > b->date.date; });
        QSet<QDate> days;
        for (const Event &e : data->events)
            days.insert(e.date.date);
        for (const Claim &c : data->claims)
            days.insert(c.date.date);
        m_eventDays = QList<QDate>(days.cbegin(), days.cend());
        std::sort(m_eventDays.begin(), m_eventDays.end());
    }
    m_start = m_series ? m_series->firstDate() : QDate(); // the whole timeline: nothing dated before a phase is cut off
    m_cutoff = m_series ? m_series->lastDate() : QDate();
    m_peakDayClaims = 0;
    if (m_series) {
        m_series->setCutoff(m_cutoff); // the last day: every claim counts
        for (const CoverageSeries::Day &d : m_series->days())
            m_peakDayClaims = std::max(m_peakDayClaims, d.total);
    }
    Q_EMIT caseChanged();
    Q_EMIT cutoffChanged();
    updateLists();
}

void CoverageView::updateLists()
{
    auto update = [this](auto &list, auto fresh, void (CoverageView::*changed)()) {
        if (fresh == list)
            return;
        list = std::move(fresh);
        Q_EMIT(this->*changed)();
    };
    update(m_phases, computePhases(), &CoverageView::phasesChanged);
    update(m_phase, computePhase(), &CoverageView::phaseChanged);
    update(m_recentEvents, computeRecentEvents(), &CoverageView::recentEventsChanged);
    update(m_thenVsNow, computeThenVsNow(), &CoverageView::thenVsNowChanged);
    m_thenVsNowList.setCards(m_thenVsNow);
    update(m_attributionTotals, computeAttributionTotals(), &CoverageView::attributionTotalsChanged);
}

void CoverageView::setCutoff(const QDate &cutoff)
{
    if (!m_series || !cutoff.isValid())
        return;
    const QDate clamped = std::clamp(cutoff, m_start, m_series->lastDate());
    if (clamped == m_cutoff)
        return;
    m_cutoff = clamped;
    m_series->setCutoff(m_cutoff);
    Q_EMIT cutoffChanged();
    updateLists();
}

int CoverageView::dayIndex() const
{
    return m_series ? static_cast<int>(m_start.daysTo(m_cutoff)) : 0;
}

void CoverageView::setDayIndex(int index)
{
    if (m_series)
        setCutoff(m_start.addDays(index));
}

int CoverageView::dayCount() const
{
    return m_series ? static_cast<int>(m_start.daysTo(m_series->lastDate())) + 1 : 0;
}

QString CoverageView::cutoffText() const
{
    return m_cutoff.isValid() ? DateText::longDay(m_cutoff) : QString();
}

QString CoverageView::chartSummary() const
{
    if (!m_series)
        return {};
    int claims = 0, days = 0;
    const CoverageSeries::Day *busiest = nullptr;
    for (const CoverageSeries::Day &d : m_series->days()) {
        if (d.total == 0 || (m_cutoff.isValid() && d.date > m_cutoff))
            continue;
        claims += d.total;
        ++days;
        if (!busiest || d.total > busiest->total)
            busiest = &d;
    }
    //: %1 and %2 are dates.
    const QString range = tr("From %1 to %2").arg(DateText::longDay(m_start), cutoffText());
    if (!busiest)
        return tr("%1: no claims yet.").arg(range);
    //: %1 is "From <date> to <date>", %2 "N claims", %3 "on N days", %4 a date, %5 "N claims"
    return tr("%1: %2 %3; the busiest day was %4, with %5.")
        .arg(range,
             translateCount("CoverageView", QT_TRANSLATE_N_NOOP("CoverageView", "%Ln claim(s)"), claims),
             translateCount("CoverageView", QT_TRANSLATE_N_NOOP("CoverageView", "on %Ln day(s)"), days),
             DateText::longDay(busiest->date),
             translateCount("CoverageView", QT_TRANSLATE_N_NOOP("CoverageView", "%Ln claim(s)"), busiest->total));
}

QDate CoverageView::firstDate() const
{
    return m_start;
}
QDate CoverageView::lastDate() const
{
    return m_series ? m_series->lastDate() : QDate();
}

QList<CoveragePhase> CoverageView::computePhases() const
{
    QList<CoveragePhase> list;
    if (!m_series)
        return list;
    const QDate first = m_start;
    for (qsizetype i = 0; i < m_series->phases().size(); ++i) {
        const CoverageSeries::PhaseSummary &p = m_series->phases().at(i);
        QStringList examples;
        for (const Phase &ph : m_data->phases) {
            if (ph.id == p.phaseId)
                examples = ph.headlineExamples;
        }
        list.append(CoveragePhase{p.phaseId,
                                  p.title,
                                  p.framing,
                                  static_cast<int>(first.daysTo(p.start)),
                                  static_cast<int>(first.daysTo(p.end)),
                                  DateText::range(p.start, p.end),
                                  p.total,
                                  p.eventCount,
                                  p.dominantStance,
                                  VocabularyStyle::label(VocabularyStyle::Kind::Stance, p.dominantStance),
                                  p.start <= m_cutoff,
                                  examples});
    }
    return list;
}

CoveragePhase CoverageView::computePhase() const
{
    const int current = currentPhase();
    if (current >= 0)
        return m_phases.value(current);
    // A day of no phase: words of no case, only where the day stands.
    CoveragePhase none;
    const auto reached = std::count_if(m_phases.cbegin(), m_phases.cend(), [](const CoveragePhase &p) { return p.reached; });
    const int day = dayIndex();
    if (m_phases.isEmpty())
        none.title = tr("No phase on this date");
    else if (reached == 0)
        none.title = tr("Before the first phase");
    else if (std::all_of(m_phases.cbegin(), m_phases.cend(), [day](const CoveragePhase &p) { return p.endIndex < day; }))
        none.title = tr("After the last phase");
    else
        none.title = tr("Between phases");
    return none;
}

int CoverageView::currentPhase() const
{
    return m_series ? m_series->phaseAt(m_cutoff) : -1;
}

QList<DatedCard> CoverageView::computeRecentEvents() const
{
    QList<DatedCard> list;
    // Newest first: those after the cutoff lead the list, skip them.
    auto it = std::partition_point(m_eventsNewestFirst.cbegin(), m_eventsNewestFirst.cend(), [this](const Event *e) { return e->date.date > m_cutoff; });
    for (; it != m_eventsNewestFirst.cend() && list.size() < 4; ++it)
        list.append(DatedCard{(*it)->date.display(), (*it)->title, (*it)->description});
    return list;
}

QList<ClaimCard> CoverageView::computeThenVsNow() const
{
    QList<ClaimCard> list;
    if (!m_data || !m_series)
        return list;
    const int phase = currentPhase();
    const QDate from = phase >= 0 ? m_series->phases().at(phase).start : m_series->firstDate();
    const auto first =
        std::partition_point(m_claimsNewestFirst.cbegin(), m_claimsNewestFirst.cend(), [this](const Claim *c) { return c->date.date > m_cutoff; });
    // The phase's claims up to the cutoff; in a quiet phase, what had been claimed by then.
    const bool quiet = first == m_claimsNewestFirst.cend() || (*first)->date.date < from;
    for (auto it = first; it != m_claimsNewestFirst.cend() && list.size() < 20 && (quiet || (*it)->date.date >= from); ++it)
        list.append(KnownNow::card(*m_data, **it));
    return list;
}

QString CoverageView::knownAsOfText() const
{
    return m_data ? KnownNow::knownAsOfText(m_data->info) : QString();
}

QList<VocabularyCount> CoverageView::computeAttributionTotals() const
{
    QList<VocabularyCount> list;
    if (!m_series)
        return list;
    const QMap<QString, int> totals = m_series->totalsByAttribution();
    for (const VocabularyEntry &a : VocabularyStyle::attributions())
        list.append(VocabularyCount::of(a, totals.value(a.id)));
    return list;
}

QList<int> CoverageView::eventDays() const
{
    QList<int> list;
    if (!m_series)
        return list;
    for (const QDate &d : m_eventDays) {
        if (d >= m_start)
            list.append(static_cast<int>(m_start.daysTo(d)));
    }
    return list;
}

bool CoverageView::stepToNextEvent()
{
    const auto it = std::upper_bound(m_eventDays.cbegin(), m_eventDays.cend(), m_cutoff);
    if (it == m_eventDays.cend())
        return false;
    setCutoff(*it);
    return true;
}

bool CoverageView::stepToPreviousEvent()
{
    const auto it = std::lower_bound(m_eventDays.cbegin(), m_eventDays.cend(), m_cutoff);
    if (it == m_eventDays.cbegin())
        return false;
    setCutoff(*std::prev(it));
    return true;
}

QList<VocabularyEntry> CoverageView::legend(bool byAttribution)
{
    return byAttribution ? VocabularyStyle::attributions() : VocabularyStyle::stances();
}
