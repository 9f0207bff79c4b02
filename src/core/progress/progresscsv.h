// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "progress/progressdata.h"

namespace Claimscope {

/// The progress of one case as CSV (RFC 4180, CRLF line ends), one row per
/// item of each started run, then summary rows; columns in docs/progress-format.md.
[[nodiscard]] QString progressCsv(const CaseData &data, const StudentProfile &profile);

} // namespace Claimscope
