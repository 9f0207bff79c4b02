// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

/// `claimscope format [--check] DIR`: rewrites a case folder's JSON files in
/// the canonical layout (CaseWriter). Changes nothing when a file does not
/// parse. Exit 0 done (or, with --check, already canonical), 1 refused (or
/// something would change), 2 usage.
int runFormatCommand(const QStringList &args, QTextStream &out, QTextStream &err);
