// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casedata.h"
#include "packreader.h"
#include "problem.h"

namespace Claimscope {

struct LoadResult {
    QString origin;
    CaseData data;
    Problems problems; ///< empty when the case is valid

    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

/// Checks the references between the files of a parsed case: ids unique,
/// claims → actors and sources, quotes found in their articles, quiz answers
/// consistent with the claims, dates inside the case period.
class CaseValidator
{
public:
    static void validate(const CaseData &data, Problems &problems);
    /// How often `quote` occurs in `text`, counting non-overlapping matches.
    static qsizetype occurrences(const QString &text, const QString &quote);
    /// Start of the n-th (1-based) occurrence of `quote`, or -1.
    static qsizetype find(const QString &text, const QString &quote, int n);
};

/// Reads, parses and validates a case from a folder, a resource folder or an
/// archive, collecting every problem with file, line, column and JSON path.
class CaseLoader
{
public:
    explicit CaseLoader(PackLimits limits = {});

    [[nodiscard]] LoadResult load(const QString &path) const;
    [[nodiscard]] LoadResult load(const PackFiles &pack) const;

    /// The case compiled into the application.
    static QString defaultCasePath();

private:
    PackReader m_reader;
};

/// Writes a validated case folder as a deterministic zip archive: sorted
/// names, fixed dates and permissions, so the same case gives the same bytes.
class CasePacker
{
public:
    /// Returns the problems that prevented packing (empty on success).
    static Problems pack(const QString &folder, const QString &outFile);
    static QByteArray zip(const PackFiles &pack);
};

} // namespace Claimscope
