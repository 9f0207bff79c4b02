// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "common/problem.h"

#include <QSet>

namespace Claimscope {

/// Limits on the work a case may ask of the validator, checked before any
/// quote is searched for: a hostile pack must not stall loading.
struct CaseLimits
{
    /// Annotations in one article ("too-many-annotations"). The shipped
    /// case has at most 34; a long, densely annotated article a few hundred.
    int maxAnnotationsPerArticle = 1000;
    /// Characters of article text searched to find every quote of the case,
    /// summed over the quotes ("quote-search-too-large"): each quote is
    /// looked for in the whole text of its article. The shipped case needs
    /// 0.45 million, the bench's 1000× copy of it 0.45 billion.
    qint64 maxQuoteSearchChars = 4'000'000'000;
    /// Whether quotes are searched for at all. Only the case built into the
    /// application turns it off: the build checks its quotes (ctest
    /// app_validate_default_case), so start-up need not search them again.
    bool searchQuotes = true;
};

/// Checks the references between the files of a parsed case: ids unique,
/// claims → actors and sources, quotes found in their articles, quiz answers
/// consistent with the claims, dates inside the case period.
class CaseValidator
{
public:
    /// `unread`: files of the pack that could not be read or parsed
    /// (CaseParser::parse()); references into them are not reported, nor
    /// checks that need what they hold.
    static void validate(const CaseData &data, Problems &problems, const CaseLimits &limits = {}, const QSet<QString> &unread = {});
    /// How often `quote` occurs in `text`, counting non-overlapping matches.
    static qsizetype occurrences(const QString &text, const QString &quote);
    /// Start of the n-th (1-based) occurrence of `quote`, or -1.
    static qsizetype find(const QString &text, const QString &quote, int n);
};

} // namespace Claimscope
