// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/lessonlength.h"

#include <QSet>

#include <algorithm>

namespace Claimscope {

int countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

int chapterMinutes(int words, int questions)
{
    return std::max(1, (words + LessonLength::WordsPerMinute - 1) / LessonLength::WordsPerMinute + questions * LessonLength::MinutesPerQuestion);
}

LessonLength estimateLessonLength(const CaseData &data)
{
    LessonLength length;
    // An article or question met again later in the lesson is not read or answered twice.
    QSet<QString> articlesRead, questionsAsked;
    for (const Chapter &chapter : data.chapters) {
        ChapterLength c;
        for (const LessonStep &step : chapter.steps) {
            c.words += countWords(step.title) + countWords(step.text) + countWords(step.reveal);
            if (step.kind == u"article" && !articlesRead.contains(step.article)) {
                articlesRead.insert(step.article);
                if (const Article *article = data.article(step.article))
                    c.words += countWords(article->fullText());
            }
            if (step.kind == u"quiz") {
                for (const QString &item : step.quiz) {
                    if (!questionsAsked.contains(item)) {
                        questionsAsked.insert(item);
                        ++c.questions;
                    }
                }
            }
        }
        c.minutes = chapterMinutes(c.words, c.questions);
        length.words += c.words;
        length.questions += c.questions;
        length.minutes += c.minutes;
        length.chapters.append(c);
    }
    return length;
}

} // namespace Claimscope
