// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizresult.h"

#include <algorithm>

using namespace Claimscope;

bool QuizResult::trains(const QString &criterionId) const
{
    return std::any_of(byCriterion.cbegin(), byCriterion.cend(), [&](const CriterionScore &c) { return c.id == criterionId; });
}

double QuizResult::fraction(const QString &criterionId) const
{
    const auto it = std::find_if(byCriterion.cbegin(), byCriterion.cend(), [&](const CriterionScore &c) { return c.id == criterionId; });
    return it == byCriterion.cend() ? -1.0 : it->fraction;
}

QuizResult quizResult(const CaseData &data, const QStringList &itemIds, const QMap<QString, QuizAnswer> &answers)
{
    QMap<QString, QuizAnswer> asked;
    for (const QString &id : itemIds) {
        if (const auto it = answers.constFind(id); it != answers.cend())
            asked.insert(id, *it);
    }
    const QuizSummary s = summarise(data, asked);
    QuizResult r;
    r.items = static_cast<int>(itemIds.size());
    r.answered = s.answered;
    r.correct = s.correct;
    r.score = s.score;
    for (const QString &id : itemIds) {
        if (const QuizItem *q = data.quizItem(id); q && q->type == Quiz::Type::TrueFalse)
            ++(q->answer ? r.trueItems : r.falseItems);
    }
    r.trueAnswered = s.trueItemsAnswered;
    r.falseAnswered = s.falseItemsAnswered;
    r.trueCorrect = s.trueItemsCorrect;
    r.falseCorrect = s.falseItemsCorrect;
    r.trueAccuracy = s.trueItemAccuracy;
    r.falseAccuracy = s.falseItemAccuracy;
    for (const CriterionResult &c : criterionResults(data, itemIds, s))
        r.byCriterion.append(CriterionScore{c.criterion->id, c.criterion->title, c.criterion->description, c.credit, c.answered, c.items, c.fraction()});
    return r;
}

QuizResult quizResult(const CaseData &data, const QStringList &itemIds, const RunProgress &run)
{
    QuizResult r = quizResult(data, itemIds, run.plainAnswers());
    r.secondsSpent = run.secondsSpent;
    r.started = run.started;
    r.finished = run.finished;
    return r;
}
