// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Claimscope {

/// Finds where a JSON path ("claims[12].claimant") stands in a JSON text, so
/// that schema problems can name a line and column like syntax errors do.
class JsonLocator
{
public:
    struct Position
    {
        int line = 0;
        int column = 0;
    };

    explicit JsonLocator(const QByteArray &json);

    /// Position of the value at `path`; for a path that does not exist (a
    /// missing key), the position of its nearest existing parent.
    [[nodiscard]] Position find(const QString &path) const;
    /// Position of a byte offset (e.g. QJsonParseError::offset).
    [[nodiscard]] Position at(qsizetype offset) const;
    [[nodiscard]] static Position positionAt(const QByteArray &json, qsizetype offset);
    /// Paths of keys that appear more than once in their object (QJsonDocument keeps only one of them).
    [[nodiscard]] const QStringList &duplicateKeys() const { return m_duplicates; }

private:
    void value(const QString &path);
    void skipSpace();
    void skipString();
    void skipValue();
    QString string();

    // A copy (implicitly shared, so cheap), never a reference: callers pass
    // temporaries such as QMap::operator[] const, and find() runs later.
    const QByteArray m_json;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QHash<QString, qsizetype> m_offsets;
    QStringList m_duplicates;
};

} // namespace Claimscope
