// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "common/problem.h"
#include "quiz/quizscoring.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <functional>
#include <optional>

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

/// QuizAnswer ↔ JSON: exactly one of {"choice": id}, {"truth": bool},
/// {"spans": [int]}, {"order": [id]}.
[[nodiscard]] QJsonObject answerToJson(const QuizAnswer &answer);
[[nodiscard]] QJsonObject profileToJson(const StudentProfile &profile);
/// The file's bytes: indented JSON with formatVersion first.
[[nodiscard]] QByteArray serialiseProfile(const StudentProfile &profile);

/// Reads a profile file's bytes. Problems (code "bad-json", "wrong-type",
/// "missing-field", "bad-value", "newer-version") name `file` and the JSON
/// path; any problem means the file is not used (std::nullopt).
[[nodiscard]] std::optional<StudentProfile> parseProfile(const QByteArray &bytes, const QString &file, Problems *problems);

/// Checks the progress kept for `data`'s case against it: every answer must
/// be to an item of the run ("unknown-item") and fit it ("bad-answer"), the
/// step must exist ("bad-value").
[[nodiscard]] Problems checkAgainstCase(const StudentProfile &profile, const CaseData &data, const QString &file);

/// The items of the lesson's quiz steps, in lesson order, each once.
[[nodiscard]] QStringList lessonItemIds(const CaseData &data);
/// The case's booster items (marked `booster: true`) not asked in the lesson, in file order.
[[nodiscard]] QStringList boosterItemIds(const CaseData &data);

/// When the booster opens: `delayDays` days after the lesson was finished;
/// invalid while the lesson is not finished.
[[nodiscard]] QDateTime boosterAvailableAt(const CaseProgress &progress, int delayDays);
[[nodiscard]] bool isBoosterAvailable(const CaseProgress &progress, int delayDays, const QDateTime &now);

/// The progress of one case as CSV (RFC 4180, CRLF line ends), one row per
/// item of each started run, then summary rows; columns in docs/progress-format.md.
[[nodiscard]] QString progressCsv(const CaseData &data, const StudentProfile &profile);

/// Profiles on disk: one file `<id>.json` per profile in one folder, each
/// written atomically with QSaveFile. A file that cannot be used is moved
/// aside (never deleted) and reported.
class ProgressStore
{
public:
    using Clock = std::function<QDateTime()>;

    explicit ProgressStore(QString directory = {});

    [[nodiscard]] QString directory() const { return m_directory; }
    void setDirectory(const QString &directory) { m_directory = directory; }
    /// "Now" for timestamps and for the names of moved-aside files; the system clock by default.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    [[nodiscard]] QDateTime now() const;

    [[nodiscard]] QString fileFor(const QString &profileId) const;
    [[nodiscard]] static QString newProfileId();

    struct Loaded
    {
        std::optional<StudentProfile> profile;
        Problems problems;
        QString movedTo; ///< where a bad file went; empty when none was moved
    };
    /// Reads one profile; with `data`, also checks its progress on that case.
    /// A bad or newer file is moved aside and its problems returned.
    [[nodiscard]] Loaded load(const QString &profileId, const CaseData *data = nullptr) const;
    /// Every profile in the folder, oldest first; bad files are moved aside
    /// and their problems appended to `problems`.
    [[nodiscard]] QList<StudentProfile> loadAll(const CaseData *data, Problems *problems) const;
    /// Writes atomically; on failure returns false and says why in `error`.
    bool save(const StudentProfile &profile, QString *error = nullptr) const;
    bool remove(const QString &profileId) const;
    /// Renames `path` to `path.<reason>-<yyyyMMdd-HHmmss>` (with -2, -3… when
    /// taken); returns the new path, or empty when the rename failed.
    QString moveAside(const QString &path, const QString &reason) const;

private:
    QString m_directory;
    Clock m_clock;
};

} // namespace Claimscope
