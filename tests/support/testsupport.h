// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the C++ tests.

#include "case/caseloader.h"
#include "quiz/quizscoring.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace TestSupport {

/// The shipped default case, loaded once.
inline const Claimscope::CaseData &shippedCase()
{
    static const Claimscope::LoadResult result = Claimscope::CaseLoader().load(Claimscope::CaseLoader::defaultCasePath());
    return result.data;
}

/// A claim with what the aggregations read, dated to the day, evidence "none".
inline Claimscope::Claim
makeClaim(const QString &id, QDate date, const QString &claimant, const QStringList &targets, const QString &stance, const QString &attribution)
{
    Claimscope::Claim c;
    c.id = id;
    c.date = Claimscope::CaseDate{date, Claimscope::DatePrecision::Day, {}};
    c.claimant = claimant;
    c.targets = targets;
    c.stance = stance;
    c.attribution = attribution;
    c.evidence = QStringLiteral("none");
    return c;
}

/// Sets `key` of element `index` of array `array` in a JSON object; an undefined value removes it.
inline void setIn(QJsonObject &root, const QString &array, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray a = root.value(array).toArray();
    QJsonObject o = a.at(index).toObject();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    a.replace(index, o);
    root.insert(array, a);
}

/// "key=value,…" in key order.
inline QString mapText(const QMap<QString, int> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << it.key() + u'=' + QString::number(it.value());
    return parts.join(u',');
}

/// Answers of each kind (see Claimscope::QuizAnswer).
inline Claimscope::QuizAnswer choose(const QString &choiceId)
{
    Claimscope::QuizAnswer a;
    a.choice = choiceId;
    return a;
}
inline Claimscope::QuizAnswer say(bool truth)
{
    Claimscope::QuizAnswer a;
    a.truth = truth;
    return a;
}
inline Claimscope::QuizAnswer mark(const QList<int> &spans)
{
    Claimscope::QuizAnswer a;
    a.spans = spans;
    return a;
}
inline Claimscope::QuizAnswer rankAs(const QStringList &order)
{
    Claimscope::QuizAnswer a;
    a.order = order;
    return a;
}

} // namespace TestSupport
