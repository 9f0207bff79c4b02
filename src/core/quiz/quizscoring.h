// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <QMap>
#include <optional>

namespace Claimscope {

/// A student's answer to one quiz item. Which member is used depends on the
/// item's type:
/// - single, evidence: `choice` = the chosen choice id;
/// - true-false: `truth` = what the student said (true / false);
/// - highlight: `spans` = 0-based indexes of the spans the student marked
///   (an index given twice counts once);
/// - rank: `order` = option ids, most reliable first.
struct QuizAnswer
{
    QString choice;
    std::optional<bool> truth;
    QList<int> spans;
    QStringList order;
    bool operator==(const QuizAnswer &) const = default;
};

/// The verdict on one answer, with the feedback to show.
struct QuizVerdict
{
    bool valid = false; ///< false when the answer does not fit the item (unknown choice id, …)
    bool correct = false;
    double credit = 0.0; ///< 0..1: 1 when correct; partial for highlight and rank (see scoreAnswer)
    /// The feedback of the chosen choice (single/evidence/true-false); for
    /// highlight, that of each marked span in span order, and for rank, that of
    /// each option in the student's order, one per line. Empty when not valid.
    QString feedback;
    QString explanation; ///< the item's explanation
};

/// Scores one answer.
/// - single / evidence / true-false: credit 1 or 0.
/// - highlight: correct when exactly the correct spans are marked; credit =
///   max(0, (correct marked − wrong marked) / number of correct spans).
/// - rank: correct when the order equals the item's order; credit = fraction
///   of option pairs in the right relative order (Kendall-style), 0..1. The
///   answer is valid only when it lists every option id exactly once.
/// An answer that does not fit the item (see QuizVerdict::valid), or an item
/// of an unknown type, gets valid = false and credit 0.
[[nodiscard]] QuizVerdict scoreAnswer(const QuizItem &item, const QuizAnswer &answer);

/// The result of a set of answered items.
struct QuizSummary
{
    int answered = 0;
    int correct = 0;
    double score = 0.0; ///< sum of credits
    /// Discernment: accuracy on true-false items whose statement is true, and
    /// on those whose statement is false, reported separately (−1 when none
    /// of that kind was answered). Scepticism that rejects everything scores
    /// 0 on true items, so it cannot hide behind a good total.
    double trueItemAccuracy = -1.0;
    double falseItemAccuracy = -1.0;
    int trueItemsAnswered = 0;
    int falseItemsAnswered = 0;
    int trueItemsCorrect = 0;  ///< true statements accepted
    int falseItemsCorrect = 0; ///< false statements rejected
    /// Per rubric criterion id: {credit earned, items answered}.
    QMap<QString, QPair<double, int>> byCriterion;
};

/// Summarises the answered items (ids → answers); unknown ids, and answers
/// that are not valid for their item, are ignored (not counted as answered).
[[nodiscard]] QuizSummary summarise(const CaseData &data, const QMap<QString, QuizAnswer> &answers);

/// How a set of items did on one rubric criterion.
struct CriterionResult
{
    const Criterion *criterion = nullptr; ///< points into the CaseData passed to criterionResults()
    int items = 0;                        ///< items of the set that train this criterion
    int answered = 0;                     ///< of those, answered
    double credit = 0.0;                  ///< credit earned on them
    /// Share of the credit earned on the answered items, 0..1; −1 when none was answered.
    [[nodiscard]] double fraction() const { return answered > 0 ? credit / answered : -1.0; }
};

/// One result per rubric criterion trained by at least one of `itemIds`, in
/// rubric order, with the answered counts and credit taken from `summary`.
[[nodiscard]] QList<CriterionResult> criterionResults(const CaseData &data, const QStringList &itemIds, const QuizSummary &summary);

} // namespace Claimscope
