// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/lessonlength.h"

#include <QSet>

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

int lessonMinutes(int words, int questions)
{
    return (words + LessonLength::WordsPerMinute - 1) / LessonLength::WordsPerMinute + questions;
}

LessonLength estimateLessonLength(const CaseData &data)
{
    LessonLength length;
    // An article or question met again later in the lesson is not read or answered twice.
    QSet<QString> articlesRead, questionsAsked;
    for (const Chapter &chapter : data.chapters) {
        int words = 0, questions = 0;
        for (const LessonStep &step : chapter.steps) {
            words += countWords(step.text) + countWords(step.reveal);
            if (step.kind == u"article" && !articlesRead.contains(step.article)) {
                articlesRead.insert(step.article);
                if (const Article *article = data.article(step.article))
                    words += countWords(article->fullText());
            }
            if (step.kind == u"quiz") {
                for (const QString &item : step.quiz) {
                    if (!questionsAsked.contains(item)) {
                        questionsAsked.insert(item);
                        ++questions;
                    }
                }
            }
        }
        length.words += words;
        length.questions += questions;
        length.chapterMinutes.append(lessonMinutes(words, questions));
    }
    length.minutes = lessonMinutes(length.words, length.questions);
    return length;
}

} // namespace Claimscope
