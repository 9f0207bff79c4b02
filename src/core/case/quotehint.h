// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Why a quote copied by hand is not found in its article: the nearest text
/// and how it differs (straight or curly quote marks and apostrophes, dashes,
/// white space, letter case, or the words themselves).
namespace Claimscope::QuoteHint {

/// "nearest: “the school’s kitchen” — the article has a curly apostrophe (’)
/// where the quote has a straight one (')"; empty when nothing in `text` is
/// near `quote`. First the text and the quote are compared with quote marks,
/// dashes, white space and letter case folded; failing that, the run of as
/// many words as the quote has that shares most of its words is taken. The
/// cost is linear in the length of `text`.
[[nodiscard]] QString nearest(const QString &text, const QString &quote);

} // namespace Claimscope::QuoteHint
