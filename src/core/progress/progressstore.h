// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "common/problem.h"
#include "progress/progressdata.h"
// Its users also schedule the booster and export CSV from what it loads.
#include "progress/boosterschedule.h"
#include "progress/progresscsv.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace Claimscope {

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
