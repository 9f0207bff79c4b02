// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/charttext.h"
#include "common/plural.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
constexpr int RunnersUp = 2; ///< bars named after the largest: enough for one sentence

QString number(qreal value)
{
    return QLocale().toString(value, 'g', 6);
}
} // namespace

QString ChartText::barSummary(const QObject *object, const QStringList &categories)
{
    const auto *series = qobject_cast<const QAbstractBarSeries *>(object);
    if (!series || categories.isEmpty())
        return tr("No bars to show.");
    const QList<QBarSet *> sets = series->barSets();
    const int bars = int(categories.size()); // QBarSet counts in int
    QList<qreal> totals(bars, 0);
    for (const QBarSet *set : sets) {
        for (int i = 0; i < bars && i < set->count(); ++i)
            totals[i] += set->at(i);
    }
    QList<int> order(bars);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return totals.at(a) > totals.at(b); });
    const int top = order.first();
    if (totals.at(top) <= 0)
        return tr("No bars to show.");

    QStringList parts; // what the largest bar is made of, set by set
    for (const QBarSet *set : sets) {
        if (top < set->count() && set->at(top) > 0)
            parts << u"%1 %2"_s.arg(set->label(), number(set->at(top)));
    }
    const QString largest = sets.size() > 1 ? tr("%1 is the largest with %2 (%3)").arg(categories.at(top), number(totals.at(top)), parts.join(u", "_s))
                                            : tr("%1 is the largest with %2").arg(categories.at(top), number(totals.at(top)));
    QStringList next;
    for (int k = 1; k < bars && next.size() < RunnersUp; ++k) {
        if (totals.at(order.at(k)) > 0)
            next << u"%1 %2"_s.arg(categories.at(order.at(k)), number(totals.at(order.at(k))));
    }
    const QString of = Claimscope::translateCount("ChartText", QT_TRANSLATE_N_NOOP("ChartText", "Of %Ln bar(s), %1"), bars).arg(largest);
    return next.isEmpty() ? of + u'.' : tr("%1; then %2.").arg(of, next.join(u", "_s));
}
