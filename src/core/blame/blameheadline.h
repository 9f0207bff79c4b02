// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blame/campset.h"

#include <QMap>

namespace Claimscope {

/// One plain sentence on who had been blamed by a date, to read before the
/// blame view: "By 17 Dec 2014, X had been blamed in 6 claims (3 from named
/// sources, 3 from unnamed sources) and had answered with 2 denials."
///
/// Blame from an actor's own side does not count, and denials are those its
/// side made. A side is the actor's camp when the case declares camps, and
/// the actor alone otherwise (camps by actor kind are no sides). Copies what
/// it needs from the case.
class BlameHeadline
{
public:
    /// Whose blame the sentence is about.
    struct Subject
    {
        enum class Kind {
            MostBlamed, ///< the camp (or, with no declared camps, the actor) blamed in the most claims; ties by camp or actor order
            Camp,
            Actor,
        };
        Kind kind = Kind::MostBlamed;
        QString id; ///< camp or actor id
    };

    /// What the sentence says, for a view that shows it differently.
    struct Figures
    {
        QString name;                     ///< the subject's name, from the case; "" when no one was blamed
        int claims = 0;                   ///< claims dated up to the date
        int blames = 0;                   ///< claims blaming the subject from outside its side
        QMap<QString, int> byAttribution; ///< attribution → those claims
        int denials = 0;                  ///< claims with the stance "denies" made by the subject's side
    };

    explicit BlameHeadline(const CaseData &data);

    /// Claims dated on or before `date` (an invalid date: every claim), about the most blamed.
    [[nodiscard]] Figures figures(const QDate &date) const;
    [[nodiscard]] Figures figures(const QDate &date, const Subject &subject) const;
    /// The sentence, translatable, with names from the case inserted as they are (direction-isolated).
    [[nodiscard]] QString text(const QDate &date) const;
    [[nodiscard]] QString text(const QDate &date, const Subject &subject) const;

private:
    struct ClaimInfo
    {
        QDate date;
        QString stance, attribution;
        int claimant = -1;  ///< index in m_actorIds
        QList<int> targets; ///< indexes in m_actorIds, each once
    };

    /// Side index of each actor: its camp's index, or (no declared camps) camps().size() + actor index.
    [[nodiscard]] int sideOf(int actor) const;
    [[nodiscard]] Subject mostBlamed(const QDate &date) const;

    CampSet m_camps;
    QStringList m_actorIds, m_actorNames;
    QList<int> m_actorCamp; ///< per actor, index in m_camps.camps()
    QList<ClaimInfo> m_claims;
};

} // namespace Claimscope
