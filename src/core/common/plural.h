// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Claimscope {

/// QCoreApplication::translate() with a count, for "%n" texts. Source texts
/// mark the English plural as "(s)" ("%n claim(s)"), so that a translation
/// gives its language's forms; with no translation loaded, "(s)" is
/// resolved here for English ("1 claim", "2 claims").
[[nodiscard]] QString translateCount(const char *context, const char *sourceText, int n);

} // namespace Claimscope
