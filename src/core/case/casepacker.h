// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "common/problem.h"
#include "pack/packreader.h"

namespace Claimscope {

/// Writes a validated case folder as a deterministic zip archive: sorted
/// names, fixed dates and permissions, so the same case gives the same bytes.
class CasePacker
{
public:
    /// Returns the case's problems: errors prevented packing, warnings did
    /// not. `data`, when given, receives the case that was packed.
    static Problems pack(const QString &folder, const QString &outFile, CaseData *data = nullptr);
    static QByteArray zip(const PackFiles &pack);
};

} // namespace Claimscope
