// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problem.h"

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>

namespace Claimscope {

/// Limits on what a case pack may make us read. They are enforced on the
/// bytes actually read, never on sizes an archive declares.
struct PackLimits
{
    static constexpr qint64 MiB = 1024 * 1024;
    qint64 maxArchiveBytes = 64 * MiB; ///< the archive file itself
    int maxEntries = 2000;             ///< files and folders
    qint64 maxFileBytes = 8 * MiB;     ///< one file, uncompressed
    qint64 maxTotalBytes = 64 * MiB;   ///< all files, uncompressed
    int maxDepth = 4;                  ///< folders above a file
    int maxPathLength = 200;           ///< bytes of an entry's path
};

/// The files of a case pack, read into memory; never extracted to disk.
struct PackFiles
{
    QString origin;                  ///< what was opened, for messages
    QMap<QString, QByteArray> files; ///< relative path → contents
    Problems problems;               ///< anything refused while reading
    /// Files the pack has but that were refused (not UTF-8, too large): not
    /// missing, but their contents are unknown, so nothing is said about them
    /// beyond why they were refused.
    QSet<QString> refused;
};

/// Reads a case pack from a folder (also a ":/" resource folder) or from an
/// archive (.zip/.claimscope, .tar.gz, .tar.xz, .tar.bz2, .7z) through KArchive.
class PackReader
{
public:
    explicit PackReader(PackLimits limits = {});

    [[nodiscard]] PackFiles read(const QString &path) const;
    [[nodiscard]] PackFiles readFolder(const QString &folder) const;
    [[nodiscard]] PackFiles readArchiveFile(const QString &file) const;
    /// Archive bytes already in memory; `name` is used in messages.
    [[nodiscard]] PackFiles readArchive(const QByteArray &data, const QString &name) const;

    /// Why an entry name is refused ("" when it is acceptable).
    [[nodiscard]] QString checkEntryName(const QString &name) const;

    [[nodiscard]] const PackLimits &limits() const { return m_limits; }

private:
    PackLimits m_limits;
};

} // namespace Claimscope
