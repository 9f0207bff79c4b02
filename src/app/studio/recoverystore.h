// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLockFile>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

/// Recovery files of the studio: all files of a case being edited, written
/// now and then into one JSON file per editing session, so that a crash
/// loses little. A session is locked (QLockFile) while its process lives,
/// so another running studio never offers it; a killed process's lock is
/// stale, and its session is offered.
class RecoveryStore
{
public:
    /// What a recovery file holds.
    struct Contents
    {
        QString title;  ///< the case's title, to offer it by name
        QString origin; ///< what was opened ("" for a new case)
        QString path;   ///< the folder it was saved to ("" when none)
        QDateTime written;
        QMap<QString, QByteArray> files;
    };

    /// `folder` holds the recovery files; defaultFolder() unless a test says otherwise.
    explicit RecoveryStore(QString folder = defaultFolder());
    ~RecoveryStore();

    /// AppDataLocation/recovery.
    static QString defaultFolder();

    /// Writes this session's recovery file (atomically), starting the session
    /// on the first write. False when it cannot be written.
    bool write(const Contents &contents);
    /// Removes this session's recovery file (after a clean save or a close).
    void clear();

    /// The sessions a crashed or killed studio left, newest first, by id.
    [[nodiscard]] QStringList sessions() const;
    [[nodiscard]] std::optional<Contents> read(const QString &id) const;
    /// Makes session `id` this one (its file is then rewritten and, after a
    /// save, removed); this session's own file goes. False when another
    /// running studio holds it.
    bool adopt(const QString &id);
    /// Removes session `id` unless a running studio holds it.
    bool discard(const QString &id);

    [[nodiscard]] QString sessionId() const { return m_id; }
    [[nodiscard]] const QString &folder() const { return m_folder; }

private:
    QString fileFor(const QString &id) const;
    bool lock(const QString &id);

    QString m_folder;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
};
