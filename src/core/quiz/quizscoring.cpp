// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizscoring.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

const QuizChoice *findChoice(const QList<QuizChoice> &choices, const QString &id)
{
    const auto it = std::find_if(choices.cbegin(), choices.cend(), [&](const QuizChoice &c) { return c.id == id; });
    return it == choices.cend() ? nullptr : &*it;
}

void scoreChoice(const QuizItem &item, const QuizAnswer &answer, QuizVerdict &verdict)
{
    const QuizChoice *choice = findChoice(item.choices, answer.choice);
    if (!choice)
        return;
    verdict.valid = true;
    verdict.correct = choice->correct;
    verdict.feedback = choice->feedback;
}

void scoreTrueFalse(const QuizItem &item, const QuizAnswer &answer, QuizVerdict &verdict)
{
    if (!answer.truth.has_value())
        return;
    verdict.valid = true;
    verdict.correct = *answer.truth == item.answer;
    verdict.feedback = *answer.truth ? item.feedbackTrue : item.feedbackFalse;
}

void scoreHighlight(const QuizItem &item, const QuizAnswer &answer, QuizVerdict &verdict)
{
    QList<int> marked = answer.spans;
    std::sort(marked.begin(), marked.end());
    marked.erase(std::unique(marked.begin(), marked.end()), marked.end());
    if (std::any_of(marked.cbegin(), marked.cend(), [&](int i) { return i < 0 || i >= item.choices.size(); }))
        return;

    const auto correctSpans = std::count_if(item.choices.cbegin(), item.choices.cend(), [](const QuizChoice &c) { return c.correct; });
    qsizetype right = 0, wrong = 0;
    QStringList feedback;
    for (const int i : std::as_const(marked)) {
        const QuizChoice &span = item.choices.at(i);
        ++(span.correct ? right : wrong);
        feedback << span.feedback;
    }
    verdict.valid = true;
    verdict.correct = right == correctSpans && wrong == 0;
    verdict.credit = correctSpans > 0 ? std::max(0.0, double(right - wrong) / double(correctSpans)) : 0.0;
    verdict.feedback = feedback.join(u'\n');
}

void scoreRank(const QuizItem &item, const QuizAnswer &answer, QuizVerdict &verdict)
{
    const QStringList &expected = item.order;
    if (answer.order.size() != expected.size())
        return;
    QHash<QString, qsizetype> position; // option id → place in the student's order
    for (qsizetype i = 0; i < answer.order.size(); ++i) {
        if (!expected.contains(answer.order.at(i)) || position.contains(answer.order.at(i)))
            return; // unknown or repeated option
        position.insert(answer.order.at(i), i);
    }

    const qsizetype n = expected.size();
    qsizetype agreeing = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            if (position.value(expected.at(i)) < position.value(expected.at(j)))
                ++agreeing;
        }
    }
    const qsizetype pairs = n * (n - 1) / 2;
    QStringList feedback;
    for (const QString &id : answer.order) {
        if (const QuizChoice *option = findChoice(item.choices, id))
            feedback << option->feedback;
    }
    verdict.valid = true;
    verdict.correct = answer.order == expected;
    verdict.credit = pairs > 0 ? double(agreeing) / double(pairs) : 0.0;
    verdict.feedback = feedback.join(u'\n');
}

} // namespace

QuizVerdict scoreAnswer(const QuizItem &item, const QuizAnswer &answer)
{
    QuizVerdict verdict;
    verdict.explanation = item.explanation;
    switch (item.type) {
    case Quiz::Type::Single:
    case Quiz::Type::Evidence: scoreChoice(item, answer, verdict); break;
    case Quiz::Type::TrueFalse: scoreTrueFalse(item, answer, verdict); break;
    case Quiz::Type::Highlight: scoreHighlight(item, answer, verdict); break;
    case Quiz::Type::Rank: scoreRank(item, answer, verdict); break;
    case Quiz::Type::Unknown: break;
    }

    if (!verdict.valid) {
        verdict.correct = false;
        verdict.credit = 0.0;
        verdict.feedback.clear();
    } else if (verdict.correct) {
        verdict.credit = 1.0;
    } else if (item.type != Quiz::Type::Highlight && item.type != Quiz::Type::Rank) {
        verdict.credit = 0.0;
    }
    return verdict;
}

QuizSummary summarise(const CaseData &data, const QMap<QString, QuizAnswer> &answers)
{
    QuizSummary summary;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const QuizItem *item = data.quizItem(it.key());
        if (!item)
            continue;
        const QuizVerdict verdict = scoreAnswer(*item, it.value());
        if (!verdict.valid)
            continue;
        ++summary.answered;
        if (verdict.correct)
            ++summary.correct;
        summary.score += verdict.credit;
        if (item->type == Quiz::Type::TrueFalse) {
            if (item->answer) {
                ++summary.trueItemsAnswered;
                summary.trueItemsCorrect += verdict.correct ? 1 : 0;
            } else {
                ++summary.falseItemsAnswered;
                summary.falseItemsCorrect += verdict.correct ? 1 : 0;
            }
        }
        QSet<QString> counted; // a criterion listed twice counts once
        for (const QString &criterion : item->criteria) {
            if (counted.contains(criterion))
                continue;
            counted.insert(criterion);
            auto &[credit, items] = summary.byCriterion[criterion];
            credit += verdict.credit;
            ++items;
        }
    }
    if (summary.trueItemsAnswered > 0)
        summary.trueItemAccuracy = double(summary.trueItemsCorrect) / double(summary.trueItemsAnswered);
    if (summary.falseItemsAnswered > 0)
        summary.falseItemAccuracy = double(summary.falseItemsCorrect) / double(summary.falseItemsAnswered);
    return summary;
}

QList<CriterionResult> criterionResults(const CaseData &data, const QStringList &itemIds, const QuizSummary &summary)
{
    QList<CriterionResult> results;
    for (const Criterion &c : data.criteria) {
        CriterionResult r{&c};
        for (const QString &id : itemIds) {
            const QuizItem *q = data.quizItem(id);
            r.items += q && q->criteria.contains(c.id) ? 1 : 0;
        }
        if (r.items == 0)
            continue;
        const auto earned = summary.byCriterion.value(c.id, {0.0, 0});
        r.credit = earned.first;
        r.answered = earned.second;
        results.append(r);
    }
    return results;
}

} // namespace Claimscope
