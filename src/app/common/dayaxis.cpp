// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/dayaxis.h"
#include "common/datetext.h"
#include "common/localenotifier.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

DayAxis::DayAxis(QObject *parent)
    : QObject(parent)
{
    // The labels and the breaks' sentences, in the new language.
    connect(LocaleNotifier::instance(), &LocaleNotifier::changed, this, &DayAxis::rebuild);
}

void DayAxis::setFirstDate(const QDate &date)
{
    if (date == m_firstDate)
        return;
    m_firstDate = date;
    rebuild();
    Q_EMIT inputChanged();
}

void DayAxis::setDayCount(int count)
{
    if (count == m_dayCount)
        return;
    m_dayCount = count;
    rebuild();
    Q_EMIT inputChanged();
}

void DayAxis::setBusyDays(const QList<int> &days)
{
    if (days == m_busyDays)
        return;
    m_busyDays = days;
    rebuild();
    Q_EMIT inputChanged();
}

void DayAxis::setTickCount(int count)
{
    if (count == m_tickCount)
        return;
    m_tickCount = count;
    rebuild();
    Q_EMIT inputChanged();
}

void DayAxis::rebuild()
{
    // Without a first date the days still need a calendar: any will do, the labels stay empty.
    const QDate first = m_firstDate.isValid() ? m_firstDate : QDate(2000, 1, 1);
    QList<QDate> busy;
    busy.reserve(m_busyDays.size());
    for (int d : std::as_const(m_busyDays))
        busy << first.addDays(d);
    m_axis = m_dayCount > 0 ? TimeAxis(first, first.addDays(m_dayCount - 1), busy) : TimeAxis();

    m_positions.clear();
    m_positions.reserve(m_dayCount);
    for (int i = 0; i < m_dayCount; ++i)
        m_positions << m_axis.position(first.addDays(i));
    // A busy day's length is the largest step between neighbours; squeezed days are shorter.
    qreal longest = m_dayCount > 1 ? 0 : 1;
    for (qsizetype i = 1; i < m_positions.size(); ++i)
        longest = std::max(longest, m_positions.at(i) - m_positions.at(i - 1));
    m_dayLength = longest;

    m_breaks.clear();
    for (const TimeAxis::Break &b : m_axis.breaks())
        m_breaks << DayAxisBreak{b.position, m_firstDate.isValid() ? tr("No claims or events %1").arg(DateText::range(b.first, b.last)) : QString()};
    m_ticks.clear();
    if (m_firstDate.isValid()) {
        for (const QDate &d : m_axis.tickDays(m_tickCount))
            m_ticks << DayAxisTick{static_cast<int>(first.daysTo(d)), m_axis.position(d), m_axis.label(d)};
    }
    Q_EMIT changed();
}

qreal DayAxis::position(int index) const
{
    return m_positions.isEmpty() ? 0.0 : m_positions.at(std::clamp<qsizetype>(index, 0, m_positions.size() - 1));
}

int DayAxis::indexAt(qreal position) const
{
    if (!m_axis.isValid())
        return 0;
    return static_cast<int>(m_axis.first().daysTo(m_axis.date(position)));
}

QString DayAxis::label(int index) const
{
    return m_firstDate.isValid() && m_axis.isValid() ? m_axis.label(m_firstDate.addDays(index)) : QString();
}
