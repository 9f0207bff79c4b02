// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

namespace Claimscope {

/// How long a lesson takes, estimated for the studio (docs/case-format.md,
/// "Estimated lesson length"): the words a student reads at
/// WordsPerMinute, rounded up, plus one minute per question.
struct LessonLength
{
    /// A reading speed for a class reading to understand, not to skim.
    static constexpr int WordsPerMinute = 200;

    int words = 0;     ///< step texts, reveals and each article shown (once)
    int questions = 0; ///< distinct quiz items of the quiz steps
    int minutes = 0;
    QList<int> chapterMinutes; ///< the same rule per chapter, in order

    bool operator==(const LessonLength &) const = default;
};

/// Words in `text`: runs of characters between white space.
[[nodiscard]] int countWords(const QString &text);
/// Minutes for `words` read and `questions` answered: ceil(words / WordsPerMinute) + questions.
[[nodiscard]] int lessonMinutes(int words, int questions);
[[nodiscard]] LessonLength estimateLessonLength(const CaseData &data);

} // namespace Claimscope
