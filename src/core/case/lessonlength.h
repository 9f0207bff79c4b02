// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

namespace Claimscope {

/// The length of one chapter by the rule below.
struct ChapterLength
{
    int words = 0;     ///< step titles, texts, reveals and the articles first shown in the chapter
    int questions = 0; ///< distinct quiz items first asked in the chapter
    int minutes = 0;   ///< chapterMinutes(words, questions)

    bool operator==(const ChapterLength &) const = default;
};

/// How long a lesson takes (docs/teaching.md, "How the time is estimated"),
/// the one rule of the studio's estimate and the teacher's guide: the words
/// the class reads at WordsPerMinute, rounded up, plus a minute per
/// question, at least a minute per chapter; the lesson is the sum of its
/// chapters.
struct LessonLength
{
    /// A slow pace, for reading together on a projector.
    static constexpr int WordsPerMinute = 150;
    static constexpr int MinutesPerQuestion = 1;

    int words = 0;
    int questions = 0;
    int minutes = 0;
    QList<ChapterLength> chapters; ///< in order

    bool operator==(const LessonLength &) const = default;
};

/// Words in `text`: runs of characters between white space.
[[nodiscard]] int countWords(const QString &text);
/// A chapter's minutes: ceil(words / WordsPerMinute) + questions, at least 1.
[[nodiscard]] int chapterMinutes(int words, int questions);
[[nodiscard]] LessonLength estimateLessonLength(const CaseData &data);

} // namespace Claimscope
