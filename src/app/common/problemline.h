// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problem.h"

#include <QQmlEngine>

/// A problem as the problem lists show it: a Claimscope::Problem with its
/// one-line text, or a sentence of the app's own.
struct ProblemLine
{
    Q_GADGET
    QML_VALUE_TYPE(problemLine)
    Q_PROPERTY(QString file MEMBER file CONSTANT)
    Q_PROPERTY(int line MEMBER line CONSTANT)
    Q_PROPERTY(int column MEMBER column CONSTANT)
    Q_PROPERTY(QString path MEMBER path CONSTANT)
    Q_PROPERTY(QString code MEMBER code CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)

public:
    QString file;
    int line = 0;
    int column = 0;
    QString path;
    QString code;
    QString message;
    QString text; ///< Problem::toString(): "file:line:col: json.path: message"

    static ProblemLine of(const Claimscope::Problem &p) { return {p.file, p.line, p.column, p.path, p.code, p.message, p.toString()}; }
    /// A sentence that names no file or field.
    static ProblemLine sentence(const QString &text) { return {{}, 0, 0, {}, {}, text, text}; }

    friend bool operator==(const ProblemLine &, const ProblemLine &) = default;
};
