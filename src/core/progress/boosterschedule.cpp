// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/boosterschedule.h"

#include <algorithm>

namespace Claimscope {

QStringList lessonItemIds(const CaseData &data)
{
    QStringList ids;
    for (const Chapter &c : data.chapters) {
        for (const LessonStep &s : c.steps) {
            for (const QString &id : s.quiz) {
                if (!ids.contains(id))
                    ids << id;
            }
        }
    }
    return ids;
}

QStringList boosterItemIds(const CaseData &data)
{
    const QStringList lesson = lessonItemIds(data);
    QStringList ids;
    for (const QuizItem &q : data.quizItems) {
        if (q.booster && !lesson.contains(q.id))
            ids << q.id;
    }
    return ids;
}

QStringList selfCheckItemIds(const CaseData &data)
{
    const QStringList booster = boosterItemIds(data);
    QStringList ids;
    for (const QString &id : lessonItemIds(data)) {
        if (data.quizItem(id))
            ids << id;
    }
    for (const QuizItem &q : data.quizItems) {
        if (!booster.contains(q.id) && !ids.contains(q.id))
            ids << q.id;
    }
    return ids;
}

QDateTime boosterAvailableAt(const CaseProgress &progress, int delayDays)
{
    if (!progress.lesson.isFinished())
        return {};
    return progress.lesson.finished.addDays(std::max(0, delayDays));
}

bool isBoosterAvailable(const CaseProgress &progress, int delayDays, const QDateTime &now)
{
    const QDateTime at = boosterAvailableAt(progress, delayDays);
    return at.isValid() && now >= at;
}

} // namespace Claimscope
