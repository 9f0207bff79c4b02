// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "common/problem.h"
#include "pack/packreader.h"

namespace Claimscope {

/// Turns the files of a pack into a CaseData, checking each file against the
/// format: syntax, required keys, types, vocabularies, unknown keys. Every
/// problem is collected (with file and JSON path; line and column are added by
/// CaseLoader). Cross-references are CaseValidator's job.
class CaseParser
{
public:
    static constexpr int FormatVersion = 1;

    /// `unread`, when given, receives the files of the case that are there
    /// but could not be read (refused by the reader) or parsed (a JSON syntax
    /// error…): what they hold is unknown, so nothing else is said about them.
    [[nodiscard]] static CaseData parse(const PackFiles &pack, Problems &problems, QSet<QString> *unread = nullptr);
};

} // namespace Claimscope
