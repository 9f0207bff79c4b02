// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <optional>

/// The command-line tools for case authors and teachers: validate, pack,
/// info, guide and worksheet. Returns the exit code, or nothing when `args`
/// is not such a command. guide and worksheet need a QGuiApplication (fonts).
std::optional<int> runCaseCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// guide or worksheet: a command that writes a PDF.
bool isPrintCommand(const QString &command);
