// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include <utility>

namespace Claimscope {

struct CaseData;

/// A time axis that spends its length where things happen: dates map to
/// [0, 1], linearly through busy stretches, while each long quiet stretch
/// is squeezed to a short fixed length and recorded as a break, so that a
/// view can draw it as one (two slanted strokes) instead of hiding it.
/// The mapping is monotonic and has an inverse, for scrubbers.
///
/// Position is measured in days of the calendar: a stretch of quiet days
/// between two busy days is quiet when it is at least
/// max(minQuietDays, quietShare × the axis's days) long; it then takes
/// `breakDays` days' worth of length.
class TimeAxis
{
public:
    struct Options
    {
        int minQuietDays = 14;
        double quietShare = 0.05;
        double breakDays = 3.0;
    };

    /// A quiet stretch drawn short.
    struct Break
    {
        QDate first, last;     ///< the quiet days squeezed (no busy day among them)
        double start = 0.0;    ///< position of the busy day before `first`
        double end = 0.0;      ///< position of the busy day after `last`
        double position = 0.0; ///< where to draw the break: midway
    };

    TimeAxis() = default;
    /// An axis from `first` to `last` (swapped if given the wrong way round)
    /// with `busyDays` where claims or events are. Busy days outside the
    /// range are ignored; the two ends always count as busy.
    TimeAxis(const QDate &first, const QDate &last, const QList<QDate> &busyDays, const Options &options);
    TimeAxis(const QDate &first, const QDate &last, const QList<QDate> &busyDays);

    /// The case's timeline: from the first to the last day of its period,
    /// of its claims, events and phases, whichever is earlier or later, so
    /// that nothing dated in the case falls off it; busy where a claim or an
    /// event is dated (the first day of a span).
    [[nodiscard]] static TimeAxis forCase(const CaseData &data, const Options &options);
    [[nodiscard]] static TimeAxis forCase(const CaseData &data);
    /// The first and last day of forCase()'s axis; invalid dates for a case without any.
    [[nodiscard]] static std::pair<QDate, QDate> caseRange(const CaseData &data);

    [[nodiscard]] bool isValid() const { return m_first.isValid(); }
    [[nodiscard]] QDate first() const { return m_first; }
    [[nodiscard]] QDate last() const { return m_last; }
    /// Calendar days from first() to last(), both included.
    [[nodiscard]] int dayCount() const;

    /// 0 at first(), 1 at last(); dates outside are held to the ends.
    /// A one-day axis maps its day to 0.
    [[nodiscard]] double position(const QDate &date) const;
    /// The day whose position is nearest to `position` (held to [0, 1]).
    [[nodiscard]] QDate date(double position) const;

    /// Squeezed quiet stretches, in date order.
    [[nodiscard]] const QList<Break> &breaks() const { return m_breaks; }
    /// Whether the axis spans more than one year, so its labels need the year.
    [[nodiscard]] bool crossesYear() const;
    /// A label for a day of the axis: "17 Dec", or "17 Dec 2014" when the axis crosses a year.
    [[nodiscard]] QString label(const QDate &date) const;
    /// Days to label along the axis, in date order, at most `maxCount` and
    /// at least 1 / (maxCount − 1) apart in position so that labels of equal
    /// width do not collide: the two ends first, then the busy days on either
    /// side of each break (where the drawn axis jumps), then the first of
    /// January, of each month, the 15th, the 8th and 22nd, as room allows.
    [[nodiscard]] QList<QDate> tickDays(int maxCount) const;

private:
    /// A knot of the piecewise-linear map: a Julian day and its position.
    struct Knot
    {
        qint64 day = 0;
        double position = 0.0;
    };

    QDate m_first, m_last;
    QList<Knot> m_knots; ///< ascending in both day and position
    QList<Break> m_breaks;
};

} // namespace Claimscope
