// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Claimscope {

/// Writes a case's JSON files in one canonical layout (docs/case-format.md,
/// "Canonical layout"): keys in the documented order (see CaseKeyOrder),
/// unknown keys after them alphabetically, two-space indentation, UTF-8,
/// "\n" line ends and a final newline. Arrays keep their order; strings and
/// numbers keep their values. Hand-written and studio-written cases so diff
/// cleanly.
class CaseWriter
{
public:
    /// The canonical text of `root` as the case file `file` ("claims.json", "articles/x.json").
    [[nodiscard]] static QByteArray serialise(const QString &file, const QJsonObject &root);

    /// The JSON object of the case file `file` whose text is `bytes`.
    /// Nothing, with problems, when it does not parse (the loader's codes:
    /// "json-syntax", "wrong-type", …) or when parsing would lose something
    /// ("duplicate-key": one key twice in an object).
    [[nodiscard]] static std::optional<QJsonObject> read(const QString &file, const QByteArray &bytes, Problems &problems);
    /// The canonical text of that file; empty when read() gives nothing.
    [[nodiscard]] static QByteArray canonical(const QString &file, const QByteArray &bytes, Problems &problems);

    /// Whether `file` is one of a case's JSON files, the only files the writer lays out.
    [[nodiscard]] static bool isCaseJson(const QString &file);

    struct Saved
    {
        QStringList written;   ///< files whose bytes changed (or that were new)
        QStringList unchanged; ///< files already holding these bytes, left untouched
        QStringList removed;   ///< article files in the folder that `files` no longer has
        Problems problems;     ///< what could not be written; empty on success
    };

    /// Writes `files` (pack path → bytes) into `folder`, creating it and its
    /// subfolders. Each file is replaced atomically (QSaveFile), and only when
    /// its bytes differ. Article files (articles/*.json) in the folder that
    /// `files` does not hold are removed; any other file in the folder is left
    /// alone. Nothing is removed when a file could not be written.
    static Saved save(const QMap<QString, QByteArray> &files, const QString &folder);
};

} // namespace Claimscope
