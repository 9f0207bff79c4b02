// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problem.h"
#include "pack/packreader.h"

namespace Claimscope {

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
