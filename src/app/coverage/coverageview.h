// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/vocabularystyle.h"
#include "coverage/coverageseries.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>

#include <memory>

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
    Q_PROPERTY(QDate firstDate READ firstDate NOTIFY caseChanged)
    Q_PROPERTY(QDate lastDate READ lastDate NOTIFY caseChanged)
    Q_PROPERTY(QVariantList phases READ phases NOTIFY phasesChanged)
    Q_PROPERTY(int currentPhase READ currentPhase NOTIFY cutoffChanged)
    Q_PROPERTY(QVariantList recentEvents READ recentEvents NOTIFY recentEventsChanged)
    Q_PROPERTY(QVariantList thenVsNow READ thenVsNow NOTIFY thenVsNowChanged)
    /// "Known as of 29 Nov 2026" for the "known now" texts, or "" when the case gives no date.
    Q_PROPERTY(QString knownAsOfText READ knownAsOfText NOTIFY caseChanged)
    Q_PROPERTY(QVariantList attributionTotals READ attributionTotals NOTIFY attributionTotalsChanged)
    Q_PROPERTY(QVariantList eventDays READ eventDays NOTIFY caseChanged)

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
    QDate firstDate() const;
    QDate lastDate() const;
    // The lists below change on some days only; each has its own signal,
    // emitted when its content changed, so that views bound to them are
    // not rebuilt at every step of the scrubber.
    QVariantList phases() const { return m_phases; }
    int currentPhase() const;
    QVariantList recentEvents() const { return m_recentEvents; }
    QVariantList thenVsNow() const { return m_thenVsNow; }
    QString knownAsOfText() const;
    QVariantList attributionTotals() const { return m_attributionTotals; }
    QVariantList eventDays() const;

    /// Moves to the next/previous day on which something happened.
    Q_INVOKABLE bool stepToNextEvent();
    Q_INVOKABLE bool stepToPreviousEvent();

    /// Fills stacked area series (one per stance, or per attribution when
    /// `byAttribution`), given in the order of the legend, with claims per
    /// day up to the cutoff: each area reaches from zero to the running total
    /// of its key and those before it, so the caller draws the last key at
    /// the back. Points are set in one go, never appended one by one, and
    /// a series whose points did not change is left alone (no repaint).
    Q_INVOKABLE void fillStackedChart(const QVariantList &areaSeries, bool byAttribution) const;
    /// The keys of fillStackedChart(), in its order.
    Q_INVOKABLE static QList<VocabularyEntry> legend(bool byAttribution);

Q_SIGNALS:
    void cutoffChanged();
    void caseChanged();
    void phasesChanged();
    void recentEventsChanged();
    void thenVsNowChanged();
    void attributionTotalsChanged();

private:
    /// Recomputes the lists for the cutoff and signals those that changed.
    void updateLists();
    QVariantList computePhases() const;
    QVariantList computeRecentEvents() const;
    QVariantList computeThenVsNow() const;
    QVariantList computeAttributionTotals() const;

    const Claimscope::CaseData *m_data = nullptr;
    std::unique_ptr<Claimscope::CoverageSeries> m_series;
    QList<QDate> m_eventDays; ///< sorted days with an event or a claim
    QDate m_cutoff;
    QDate m_start; ///< the scrubber's first day: the start of the first phase (earlier events count, off the scale)
    QVariantList m_phases, m_recentEvents, m_thenVsNow, m_attributionTotals;
};
