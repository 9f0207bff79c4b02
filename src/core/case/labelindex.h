// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the aggregations (BlameGraph, CoverageSeries):
// dates as sortable day numbers and strings interned as small integers, so
// that a scrubber step does no string-keyed lookups.

#include <QDate>
#include <QHash>
#include <QStringList>

#include <limits>

namespace Claimscope::Aggregation {

/// Items without a valid date sort after every dated one.
constexpr qint64 NoDay = std::numeric_limits<qint64>::max();

inline qint64 dayOf(const QDate &date)
{
    return date.isValid() ? date.toJulianDay() : NoDay;
}

/// The index of `label` in `labels`, appending it when it is new.
inline int intern(QStringList &labels, QHash<QString, int> &index, const QString &label)
{
    const auto it = index.constFind(label);
    if (it != index.cend())
        return *it;
    const int i = int(labels.size());
    labels << label;
    index.insert(label, i);
    return i;
}

inline QHash<QString, int> indexOf(const QStringList &labels)
{
    QHash<QString, int> index;
    for (qsizetype i = 0; i < labels.size(); ++i)
        index.insert(labels.at(i), int(i));
    return index;
}

} // namespace Claimscope::Aggregation
