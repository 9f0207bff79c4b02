// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problem.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

/// One file of a case being edited: a case JSON file as its parsed object;
/// any other file, and a JSON file the writer cannot lay out (a syntax
/// error, a key twice), as the bytes it was read with, so nothing is lost.
struct StudioFile
{
    QJsonObject json;
    QByteArray raw;
    bool parsed = false;

    /// `bytes` as file `name`: parsed when it is a case JSON file the writer can lay out.
    static StudioFile fromBytes(const QString &name, const QByteArray &bytes);
    static StudioFile fromJson(const QJsonObject &json) { return {json, {}, true}; }
    bool operator==(const StudioFile &) const = default;
};

/// The files of the case being edited, by pack path. Their text is the
/// writer's canonical layout (kept until the file changes), which is what
/// is validated, saved and packed.
class CaseFileStore
{
public:
    void reset(const QMap<QString, QByteArray> &files);
    /// Puts a file in place, or removes it (nullopt).
    void put(const QString &name, const std::optional<StudioFile> &file);

    [[nodiscard]] bool contains(const QString &name) const { return m_files.contains(name); }
    [[nodiscard]] QStringList names() const { return m_files.keys(); }
    [[nodiscard]] std::optional<StudioFile> file(const QString &name) const;
    /// The file's text: canonical for a parsed file, as read otherwise.
    [[nodiscard]] QByteArray bytes(const QString &name) const;
    [[nodiscard]] QMap<QString, QByteArray> allBytes() const;
    /// What the writer says of the files it holds as bytes and the loader
    /// does not ("duplicate-key").
    [[nodiscard]] Claimscope::Problems writerProblems() const;

private:
    QMap<QString, StudioFile> m_files;
    mutable QHash<QString, QByteArray> m_text; ///< canonical text of parsed files, made when first asked for
};
