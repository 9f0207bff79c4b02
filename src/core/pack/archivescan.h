// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Lists what a zip or tar archive holds from its own directory, before
// KArchive reads it: KArchive strips leading slashes and merges duplicate
// names, which would hide exactly the entries a case pack must refuse.
namespace Claimscope::ArchiveScan {

/// One entry as the archive's own directory lists it.
struct Entry
{
    enum Kind { File, Folder, Link, Special };
    QString name;
    Kind kind = File;
    bool operator==(const Entry &) const = default;
};

/// Lists a zip's central directory into `entries`. Returns why the archive
/// cannot be read (truncated, damaged, ZIP64, encrypted, an unsupported
/// compression method), or "".
QString zip(const QByteArray &data, QList<Entry> &entries);

/// Lists the headers of an uncompressed tar into `entries`, following GNU
/// long names and pax paths. Returns why it cannot be read (a damaged
/// header, truncated), or "".
QString tar(const QByteArray &data, QList<Entry> &entries);

} // namespace Claimscope::ArchiveScan
