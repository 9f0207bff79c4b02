// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Claimscope {

/// One thing wrong with a case pack, precise enough to fix by hand.
struct Problem
{
    Q_GADGET
    Q_PROPERTY(QString file MEMBER file)
    Q_PROPERTY(int line MEMBER line)
    Q_PROPERTY(int column MEMBER column)
    Q_PROPERTY(QString path MEMBER path)
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(bool warning MEMBER warning)
    Q_PROPERTY(QString text READ toString)

public:
    QString file;    ///< path inside the pack ("claims.json"), or the pack itself
    int line = 0;    ///< 1-based; 0 when not known
    int column = 0;  ///< 1-based; 0 when not known
    QString path;    ///< JSON path such as "claims[12].claimant"; empty for file-level problems
    QString code;    ///< stable kind for tools and tests, e.g. "unsafe-path", "unknown-reference"
    QString message; ///< human-readable, says what was expected
    /// A warning does not make a case invalid: it loads, packs and validates
    /// (exit 0), but the author should look (e.g. markup-like text).
    bool warning = false;

    /// "file:line:col: json.path: message" ("…: warning: message" for a
    /// warning), leaving out what is unknown.
    [[nodiscard]] QString toString() const;
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

/// Whether any of `problems` is an error (not a warning).
[[nodiscard]] bool hasErrors(const Problems &problems);

} // namespace Claimscope
