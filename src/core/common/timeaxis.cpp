// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/timeaxis.h"

#include "case/casedata.h"
#include "common/datetext.h"

#include <algorithm>
#include <cmath>

namespace Claimscope {

TimeAxis::TimeAxis(const QDate &first, const QDate &last, const QList<QDate> &busyDays)
    : TimeAxis(first, last, busyDays, Options())
{
}

TimeAxis::TimeAxis(const QDate &first, const QDate &last, const QList<QDate> &busyDays, const Options &options)
{
    if (!first.isValid() || !last.isValid())
        return;
    m_first = std::min(first, last);
    m_last = std::max(first, last);
    const qint64 from = m_first.toJulianDay(), to = m_last.toJulianDay();
    QList<qint64> busy{from, to};
    for (const QDate &d : busyDays) {
        if (d.isValid() && d >= m_first && d <= m_last)
            busy << d.toJulianDay();
    }
    std::sort(busy.begin(), busy.end());
    busy.erase(std::unique(busy.begin(), busy.end()), busy.end());

    const double quiet = std::max(double(options.minQuietDays), std::ceil(options.quietShare * double(dayCount())));
    const double squeezed = std::max(options.breakDays, 0.5);
    // Lay the knots out in days of length, then scale to [0, 1].
    m_knots << Knot{busy.first(), 0.0};
    QList<qsizetype> squeezedAfter; // knot indexes that start a squeezed stretch
    for (qsizetype i = 1; i < busy.size(); ++i) {
        const qint64 days = busy.at(i) - busy.at(i - 1);
        const bool isQuiet = double(days - 1) >= quiet && squeezed < double(days);
        if (isQuiet)
            squeezedAfter << i - 1;
        m_knots << Knot{busy.at(i), m_knots.last().position + (isQuiet ? squeezed : double(days))};
    }
    const double length = m_knots.last().position;
    for (Knot &k : m_knots)
        k.position = length > 0.0 ? k.position / length : 0.0;
    m_knots.last().position = length > 0.0 ? 1.0 : 0.0;
    for (const qsizetype i : std::as_const(squeezedAfter)) {
        const Knot &a = m_knots.at(i), &b = m_knots.at(i + 1);
        m_breaks << Break{QDate::fromJulianDay(a.day + 1), QDate::fromJulianDay(b.day - 1), a.position, b.position, (a.position + b.position) / 2.0};
    }
}

std::pair<QDate, QDate> TimeAxis::caseRange(const CaseData &data)
{
    QDate first, last;
    auto take = [&](const QDate &d) {
        if (!d.isValid())
            return;
        first = first.isValid() ? std::min(first, d) : d;
        last = last.isValid() ? std::max(last, d) : d;
    };
    take(data.info.periodStart);
    take(data.info.periodEnd);
    for (const Claim &c : data.claims) {
        take(c.date.date);
        take(c.date.end);
    }
    for (const Event &e : data.events) {
        take(e.date.date);
        take(e.date.end);
    }
    for (const Phase &p : data.phases) {
        take(p.start);
        take(p.end);
    }
    return {first, last};
}

TimeAxis TimeAxis::forCase(const CaseData &data, const Options &options)
{
    QList<QDate> busy;
    busy.reserve(data.claims.size() + data.events.size());
    for (const Claim &c : data.claims)
        busy << c.date.date;
    for (const Event &e : data.events)
        busy << e.date.date;
    const auto [first, last] = caseRange(data);
    return TimeAxis(first, last, busy, options);
}

TimeAxis TimeAxis::forCase(const CaseData &data)
{
    return forCase(data, Options());
}

int TimeAxis::dayCount() const
{
    return isValid() ? int(m_first.daysTo(m_last)) + 1 : 0;
}

double TimeAxis::position(const QDate &date) const
{
    if (m_knots.size() < 2 || !date.isValid())
        return 0.0;
    const qint64 day = std::clamp(date.toJulianDay(), m_knots.first().day, m_knots.last().day);
    const auto after = std::lower_bound(m_knots.cbegin(), m_knots.cend(), day, [](const Knot &k, qint64 d) { return k.day < d; });
    if (after->day == day)
        return after->position;
    const Knot &b = *after, &a = *std::prev(after);
    return a.position + (b.position - a.position) * double(day - a.day) / double(b.day - a.day);
}

QDate TimeAxis::date(double position) const
{
    if (m_knots.size() < 2)
        return m_first;
    const double p = std::clamp(position, 0.0, 1.0);
    const auto after = std::lower_bound(m_knots.cbegin(), m_knots.cend(), p, [](const Knot &k, double q) { return k.position < q; });
    if (after == m_knots.cbegin())
        return m_first;
    const Knot &b = *after, &a = *std::prev(after);
    const double day = double(a.day) + double(b.day - a.day) * (p - a.position) / (b.position - a.position);
    return QDate::fromJulianDay(std::llround(day));
}

bool TimeAxis::crossesYear() const
{
    return DateText::crossesYear(m_first, m_last);
}

QString TimeAxis::label(const QDate &date) const
{
    return DateText::day(date, crossesYear());
}

QList<QDate> TimeAxis::tickDays(int maxCount) const
{
    QList<QDate> ticks;
    if (!isValid() || maxCount < 1)
        return ticks;
    QList<double> taken;
    const double gap = maxCount > 1 ? 1.0 / double(maxCount - 1) : 2.0;
    auto offer = [&](const QDate &d) {
        if (d < m_first || d > m_last || qsizetype(ticks.size()) >= maxCount)
            return;
        const double p = position(d);
        // A hair under the gap, so that exactly maxCount evenly spread days fit.
        if (std::any_of(taken.cbegin(), taken.cend(), [&](double q) { return std::abs(p - q) < gap - 1e-9; }))
            return;
        taken << p;
        ticks << d;
    };
    offer(m_first);
    offer(m_last);
    for (const Break &b : m_breaks) {
        offer(b.first.addDays(-1));
        offer(b.last.addDays(1));
    }
    for (int y = m_first.year() + 1; y <= m_last.year(); ++y)
        offer(QDate(y, 1, 1));
    const QDate firstMonth(m_first.year(), m_first.month(), 1);
    for (int dayOfMonth : {1, 15, 8, 22}) {
        for (QDate m = firstMonth; m <= m_last; m = m.addMonths(1))
            offer(QDate(m.year(), m.month(), dayOfMonth));
    }
    std::sort(ticks.begin(), ticks.end());
    return ticks;
}

} // namespace Claimscope
