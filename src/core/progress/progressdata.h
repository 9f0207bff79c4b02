// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/quizscoring.h"

#include <QDateTime>
#include <QMap>

namespace Claimscope {

/// The progress file format this build writes and reads (see docs/progress-format.md).
inline constexpr int ProgressFormatVersion = 1;

/// One recorded answer and when it was given.
struct RecordedAnswer
{
    QuizAnswer answer;
    QDateTime answeredAt; ///< UTC
    bool operator==(const RecordedAnswer &) const = default;
};

/// One run through a set of quiz items: the lesson's checks, or the booster.
struct RunProgress
{
    QMap<QString, RecordedAnswer> answers; ///< item id → answer
    QDateTime started, finished;           ///< UTC; invalid while not started / not finished
    qint64 secondsSpent = 0;               ///< active time, idle gaps left out
    [[nodiscard]] bool isStarted() const { return started.isValid(); }
    [[nodiscard]] bool isFinished() const { return finished.isValid(); }
    [[nodiscard]] QMap<QString, QuizAnswer> plainAnswers() const;
    bool operator==(const RunProgress &) const = default;
};

/// A student's progress through one case.
struct CaseProgress
{
    int step = 0; ///< the lesson step to resume at
    RunProgress lesson;
    RunProgress booster;
    bool operator==(const CaseProgress &) const = default;
};

/// A profile on this computer: a name (may be empty: anonymous) and the
/// progress per case id.
struct StudentProfile
{
    QString id;   ///< file-safe, made by ProgressStore::newProfileId()
    QString name; ///< as typed; empty for an anonymous profile
    QDateTime created;
    QMap<QString, CaseProgress> cases;
    bool operator==(const StudentProfile &) const = default;
};

/// A time as the progress file and the CSV write it: UTC, ISO 8601; empty when invalid.
[[nodiscard]] QString isoDateTime(const QDateTime &t);

} // namespace Claimscope
