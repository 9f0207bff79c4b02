// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the C++ tests.

#include "case/caseloader.h"
#include "quiz/quizscoring.h"

#include <QMap>
#include <QStringList>

namespace TestSupport {

/// The shipped default case, loaded once.
inline const Claimscope::CaseData &shippedCase()
{
    static const Claimscope::LoadResult result = Claimscope::CaseLoader().load(Claimscope::CaseLoader::defaultCasePath());
    return result.data;
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
