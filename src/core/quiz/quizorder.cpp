// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizorder.h"

#include <algorithm>
#include <numeric>

namespace Claimscope {

QList<qsizetype> presentationOrder(const QuizItem &item)
{
    QList<qsizetype> order(item.choices.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    quint32 state = 2166136261u; // FNV-1a of the id seeds a small LCG
    for (const QChar c : item.id)
        state = (state ^ c.unicode()) * 16777619u;
    for (qsizetype i = order.size() - 1; i > 0; --i) {
        state = state * 1664525u + 1013904223u;
        const auto j = static_cast<qsizetype>((state >> 8) % static_cast<quint32>(i + 1));
        std::swap(order[i], order[j]);
    }
    QStringList ids;
    for (const qsizetype i : std::as_const(order))
        ids << item.choices.at(i).id;
    if (ids == item.order)
        std::reverse(order.begin(), order.end());
    return order;
}

} // namespace Claimscope
