// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <functional>

namespace Claimscope {

/// Every free-text field of a case, with the file and JSON path it came
/// from: the one list that the checks of the case's text (markup, bidi
/// controls, quotations) walk.
struct CaseTextField
{
    enum class Kind {
        Name,      ///< a name or label: actor, outlet, byline
        Own,       ///< the author's own words, which may quote someone: notes, paraphrases, lesson, quiz
        Quotation, ///< shown inside quotation marks by the app, so a quotation as a whole: headline examples
        Metadata,  ///< about the case or a source: licence, notices, provenance, furniture, the rubric
        Article,   ///< the words of an article: headline, body, caption
    };
    QString file; ///< "claims.json", "articles/<id>.json"
    QString path; ///< "claims[3].paraphrase"
    const QString &text;
    Kind kind;
};

/// Calls `visit` for every non-empty free-text field of `data`, file by file.
void forEachCaseText(const CaseData &data, const std::function<void(const CaseTextField &)> &visit);
/// The same walk, with each text to change in place (a translation).
void forEachCaseText(CaseData &data, const std::function<void(const CaseTextField &, QString &)> &visit);

} // namespace Claimscope
