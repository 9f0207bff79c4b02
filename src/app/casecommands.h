// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <optional>

/// The command-line tools for case authors: validate, pack, info.
/// Returns the exit code, or nothing when `args` is not such a command.
std::optional<int> runCaseCommand(const QStringList &args, QTextStream &out, QTextStream &err);
