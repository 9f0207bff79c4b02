// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/knownnow.h"
#include "common/vocabularystyle.h"
#include "coverage/claimcardlist.h"
#include "coverage/coverageseries.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>

#include <memory>

/// One phase of the coverage, placed on the scrubber's days.
struct CoveragePhase
{
    Q_GADGET
    QML_VALUE_TYPE(coveragePhase)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QString framing MEMBER framing CONSTANT)
    Q_PROPERTY(int startIndex MEMBER startIndex CONSTANT)
    Q_PROPERTY(int endIndex MEMBER endIndex CONSTANT)
    Q_PROPERTY(QString datesText MEMBER datesText CONSTANT)
    Q_PROPERTY(int total MEMBER total CONSTANT)
    Q_PROPERTY(int eventCount MEMBER eventCount CONSTANT)
    Q_PROPERTY(QString dominantStance MEMBER dominantStance CONSTANT)
    Q_PROPERTY(QString dominantStanceLabel MEMBER dominantStanceLabel CONSTANT)
    Q_PROPERTY(bool reached MEMBER reached CONSTANT)
    Q_PROPERTY(QStringList headlineExamples MEMBER headlineExamples CONSTANT)

public:
    QString id; ///< "" for no phase
    QString title;
    QString framing;
    int startIndex = 0, endIndex = 0; ///< scrubber days
    QString datesText;                ///< "24 Nov – 16 Dec 2014"
    int total = 0;                    ///< claims
    int eventCount = 0;
    QString dominantStance;
    QString dominantStanceLabel;
    bool reached = false; ///< it starts on or before the cutoff
    QStringList headlineExamples;

    friend bool operator==(const CoveragePhase &, const CoveragePhase &) = default;
};

/// How the coverage shifted, for the coverage page: a day scrubber, the
/// phases with their framing, what was claimed by then and what was later
/// established, and the stacked per-day chart's data.
class CoverageView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CaseLibrary")
    Q_PROPERTY(QDate cutoff READ cutoff WRITE setCutoff NOTIFY cutoffChanged)
    Q_PROPERTY(int dayIndex READ dayIndex WRITE setDayIndex NOTIFY cutoffChanged)
    Q_PROPERTY(int dayCount READ dayCount NOTIFY caseChanged)
    Q_PROPERTY(QString cutoffText READ cutoffText NOTIFY cutoffChanged)
    /// The claims per day up to the date in one sentence, for a screen reader.
    Q_PROPERTY(QString chartSummary READ chartSummary NOTIFY cutoffChanged)
    Q_PROPERTY(QDate firstDate READ firstDate NOTIFY caseChanged)
    Q_PROPERTY(QDate lastDate READ lastDate NOTIFY caseChanged)
    Q_PROPERTY(QList<CoveragePhase> phases READ phases NOTIFY phasesChanged)
    Q_PROPERTY(int currentPhase READ currentPhase NOTIFY cutoffChanged)
    /// The phase of the cutoff. On a day of no phase its id is empty and its
    /// title says where the day stands: "Before the first phase", "Between
    /// phases", "After the last phase" (or "No phase on this date" in a case
    /// without phases).
    Q_PROPERTY(CoveragePhase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(QList<DatedCard> recentEvents READ recentEvents NOTIFY recentEventsChanged)
    Q_PROPERTY(QList<ClaimCard> thenVsNow READ thenVsNow NOTIFY thenVsNowChanged)
    /// The same cards as a model that changes a few rows at a time, for the list view.
    Q_PROPERTY(ClaimCardList *thenVsNowList READ thenVsNowList CONSTANT)
    /// "Known as of 29 Nov 2026" for the "known now" texts, or "" when the case gives no date.
    Q_PROPERTY(QString knownAsOfText READ knownAsOfText NOTIFY caseChanged)
    Q_PROPERTY(QList<VocabularyCount> attributionTotals READ attributionTotals NOTIFY attributionTotalsChanged)
    /// Days (from firstDate) with an event or a claim.
    Q_PROPERTY(QList<int> eventDays READ eventDays NOTIFY caseChanged)
    /// The most claims dated on one day of the case, for the chart's y range.
    Q_PROPERTY(int peakDayClaims READ peakDayClaims NOTIFY caseChanged)

public:
    explicit CoverageView(QObject *parent = nullptr);
    ~CoverageView() override;

    void setCase(const Claimscope::CaseData *data);

    QDate cutoff() const { return m_cutoff; }
    void setCutoff(const QDate &cutoff);
    int dayIndex() const;
    void setDayIndex(int index);
    int dayCount() const;
    QString cutoffText() const;
    QString chartSummary() const;
    QDate firstDate() const;
    QDate lastDate() const;
    // The lists below change on some days only; each has its own signal,
    // emitted when its content changed, so that views bound to them are
    // not rebuilt at every step of the scrubber.
    QList<CoveragePhase> phases() const { return m_phases; }
    int currentPhase() const;
    CoveragePhase phase() const { return m_phase; }
    QList<DatedCard> recentEvents() const { return m_recentEvents; }
    QList<ClaimCard> thenVsNow() const { return m_thenVsNow; }
    ClaimCardList *thenVsNowList() { return &m_thenVsNowList; }
    QString knownAsOfText() const;
    QList<VocabularyCount> attributionTotals() const { return m_attributionTotals; }
    QList<int> eventDays() const;
    int peakDayClaims() const { return m_peakDayClaims; }
    /// Claims per day up to the cutoff, for the chart; null without a case.
    const Claimscope::CoverageSeries *series() const { return m_series.get(); }

    /// Moves to the next/previous day on which something happened.
    Q_INVOKABLE bool stepToNextEvent();
    Q_INVOKABLE bool stepToPreviousEvent();

    /// The chart's keys, bottom first: stances, or attributions when `byAttribution`.
    Q_INVOKABLE static QList<VocabularyEntry> legend(bool byAttribution);

Q_SIGNALS:
    void cutoffChanged();
    void caseChanged();
    void phasesChanged();
    void phaseChanged();
    void recentEventsChanged();
    void thenVsNowChanged();
    void attributionTotalsChanged();

private:
    /// The lists and sentences written again after a change of language.
    void refreshTexts();
    /// Recomputes the lists for the cutoff and signals those that changed.
    void updateLists();
    QList<CoveragePhase> computePhases() const;
    /// The phase of the cutoff, or the day's place among the phases.
    CoveragePhase computePhase() const;
    QList<DatedCard> computeRecentEvents() const;
    QList<ClaimCard> computeThenVsNow() const;
    QList<VocabularyCount> computeAttributionTotals() const;

    const Claimscope::CaseData *m_data = nullptr;
    std::unique_ptr<Claimscope::CoverageSeries> m_series;
    QList<QDate> m_eventDays; ///< sorted days with an event or a claim
    QList<const Claimscope::Event *> m_eventsNewestFirst;
    QList<const Claimscope::Claim *> m_claimsNewestFirst;
    QDate m_cutoff;
    int m_peakDayClaims = 0;
    QDate m_start; ///< the scrubber's first day: the start of the first phase (earlier events count, off the scale)
    QList<CoveragePhase> m_phases;
    CoveragePhase m_phase;
    QList<DatedCard> m_recentEvents;
    QList<ClaimCard> m_thenVsNow;
    ClaimCardList m_thenVsNowList{this};
    QList<VocabularyCount> m_attributionTotals;
};
