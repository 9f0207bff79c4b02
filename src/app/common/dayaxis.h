// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeaxis.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>

/// A squeezed quiet stretch of a DayAxis, for drawing its break.
struct DayAxisBreak
{
    Q_GADGET
    QML_VALUE_TYPE(dayAxisBreak)
    Q_PROPERTY(qreal position MEMBER position CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)

public:
    qreal position = 0; ///< where to draw it, in [0, 1]
    QString text;       ///< "No claims or events 26 Jun – 20 Nov 2014"

    friend bool operator==(const DayAxisBreak &, const DayAxisBreak &) = default;
};

/// A labelled day of a DayAxis.
struct DayAxisTick
{
    Q_GADGET
    QML_VALUE_TYPE(dayAxisTick)
    Q_PROPERTY(int index MEMBER index CONSTANT)
    Q_PROPERTY(qreal position MEMBER position CONSTANT)
    Q_PROPERTY(QString label MEMBER label CONSTANT)

public:
    int index = 0;
    qreal position = 0;
    QString label; ///< "17 Dec", with the year when the axis crosses one

    friend bool operator==(const DayAxisTick &, const DayAxisTick &) = default;
};

/// A scrubber's or chart's days (indexes from firstDate) laid out by a
/// Claimscope::TimeAxis: busy stretches get the length, quiet ones are
/// squeezed into breaks. Set firstDate, dayCount and busyDays; read
/// positions[index] in [0, 1], indexAt() for the inverse, and the ticks
/// for at most tickCount labels.
class DayAxis : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QDate firstDate READ firstDate WRITE setFirstDate NOTIFY inputChanged)
    Q_PROPERTY(int dayCount READ dayCount WRITE setDayCount NOTIFY inputChanged)
    /// Day indexes with a claim or an event; the rest may be squeezed.
    Q_PROPERTY(QList<int> busyDays READ busyDays WRITE setBusyDays NOTIFY inputChanged)
    /// At most this many labels, e.g. the drawn length over a label's width.
    Q_PROPERTY(int tickCount READ tickCount WRITE setTickCount NOTIFY inputChanged)
    /// Per day index, its position in [0, 1].
    Q_PROPERTY(QList<qreal> positions READ positions NOTIFY changed)
    /// How long one day of a busy stretch is, in [0, 1] (1 for one day).
    Q_PROPERTY(qreal dayLength READ dayLength NOTIFY changed)
    Q_PROPERTY(QList<DayAxisBreak> breaks READ breaks NOTIFY changed)
    Q_PROPERTY(QList<DayAxisTick> ticks READ ticks NOTIFY changed)
    Q_PROPERTY(bool crossesYear READ crossesYear NOTIFY changed)

public:
    explicit DayAxis(QObject *parent = nullptr);

    QDate firstDate() const { return m_firstDate; }
    void setFirstDate(const QDate &date);
    int dayCount() const { return m_dayCount; }
    void setDayCount(int count);
    QList<int> busyDays() const { return m_busyDays; }
    void setBusyDays(const QList<int> &days);
    int tickCount() const { return m_tickCount; }
    void setTickCount(int count);

    QList<qreal> positions() const { return m_positions; }
    qreal dayLength() const { return m_dayLength; }
    QList<DayAxisBreak> breaks() const { return m_breaks; }
    QList<DayAxisTick> ticks() const { return m_ticks; }
    bool crossesYear() const { return m_axis.crossesYear(); }
    const Claimscope::TimeAxis &axis() const { return m_axis; }

    /// The position of a day index, held to [0, 1].
    Q_INVOKABLE qreal position(int index) const;
    /// The day index nearest to `position`.
    Q_INVOKABLE int indexAt(qreal position) const;
    /// "17 Dec", or "17 Dec 2014" when the axis crosses a year.
    Q_INVOKABLE QString label(int index) const;

Q_SIGNALS:
    void inputChanged();
    void changed();

private:
    void rebuild();

    QDate m_firstDate;
    int m_dayCount = 0;
    QList<int> m_busyDays;
    int m_tickCount = 6;
    Claimscope::TimeAxis m_axis;
    QList<qreal> m_positions;
    qreal m_dayLength = 1;
    QList<DayAxisBreak> m_breaks;
    QList<DayAxisTick> m_ticks;
};
