// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "case/casevalidator.h"
#include "common/problem.h"
#include "pack/packreader.h"

namespace Claimscope {

/// A loaded case: its data and every problem found on the way.
struct LoadResult
{
    QString origin;
    CaseData data;
    Problems problems; ///< errors and warnings; no errors when the case is valid

    [[nodiscard]] bool ok() const { return !hasErrors(problems); }
};

/// Reads, parses and validates a case from a folder, a resource folder or an
/// archive, collecting every problem with file, line, column and JSON path.
class CaseLoader
{
public:
    explicit CaseLoader(PackLimits limits = {}, CaseLimits caseLimits = {});

    /// With a `language` ("de"), the case's own words come from its
    /// translation into it where it has one (CaseTranslations::apply()); the
    /// case is checked as written either way.
    [[nodiscard]] LoadResult load(const QString &path, const QString &language = {}) const;
    [[nodiscard]] LoadResult load(const PackFiles &pack, const QString &language = {}) const;

    /// The case compiled into the application.
    static QString defaultCasePath();

private:
    PackReader m_reader;
    CaseLimits m_caseLimits;
};

} // namespace Claimscope
