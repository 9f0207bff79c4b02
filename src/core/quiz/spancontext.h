// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <QString>

namespace Claimscope {

/// The part of an article a quote stands in (see Article::fullText()).
enum class ArticlePart { Headline, Standfirst, Caption, Paragraph };

/// A highlight span as a student sees it: the quote with the words around it.
struct SpanContext
{
    bool found = false;     ///< false when the article does not hold the quote that often
    QString before, after;  ///< the text around the quote
    bool cutBefore = false; ///< `before` starts inside a long paragraph
    bool cutAfter = false;  ///< `after` ends inside a long paragraph
    ArticlePart part = ArticlePart::Headline;
    int paragraph = 0; ///< 1-based, for ArticlePart::Paragraph
    bool operator==(const SpanContext &) const = default;
};

/// Paragraphs up to this length are shown whole around a span; longer ones
/// are cut to the sentence holding the span.
inline constexpr qsizetype WholeParagraphLimit = 260;

/// The paragraph (or, for a long one, the sentence) around the
/// `occurrence`-th (1-based) occurrence of `quote` in `article`, and where it stands.
[[nodiscard]] SpanContext spanContext(const Article &article, const QString &quote, int occurrence);

/// Whether the character at `i` ends a sentence: . ? or ! followed by the end
/// or a space (closing quotation marks and brackets in between). "U.S." and
/// initials such as "J." do not end one.
[[nodiscard]] bool isSentenceEnd(const QString &text, qsizetype i);

} // namespace Claimscope
