// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caseparser.h"
#include "case/casetranslation.h"
#include "case/fileparsers.h"
#include "common/jsonchecker.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

/// A file every case has, and its parser.
struct RequiredFile
{
    QLatin1StringView name;
    void (*parse)(JsonChecker &, CaseData &);
};

// In the order their absence is reported.
constexpr RequiredFile requiredFiles[] = {
    {"case.json"_L1, CaseFiles::parseCase},
    {"actors.json"_L1, CaseFiles::parseActors},
    {"sources.json"_L1, CaseFiles::parseSources},
    {"claims.json"_L1, CaseFiles::parseClaims},
    {"timeline.json"_L1, CaseFiles::parseTimeline},
    {"rubric.json"_L1, CaseFiles::parseRubric},
    {"quiz.json"_L1, CaseFiles::parseQuiz},
    {"lesson.json"_L1, CaseFiles::parseLesson},
};

bool isArticle(const QString &name)
{
    return name.startsWith(u"articles/"_s) && name.endsWith(u".json"_s) && name.count(u'/') == 1;
}

/// Files a pack may carry beside the case (notes for its authors).
bool isAllowedExtra(const QString &name)
{
    return name == u"README.md"_s || name == u"CHANGES.md"_s || name.startsWith(u"LICENSE"_s);
}

} // namespace

CaseData CaseParser::parse(const PackFiles &pack, Problems &problems, QSet<QString> *unread)
{
    CaseData data;
    QSet<QString> notParsed = pack.refused;
    for (const RequiredFile &file : requiredFiles) {
        if (!pack.files.contains(file.name) && !pack.refused.contains(file.name))
            problems.append(Problem{file.name, 0, 0, {}, u"missing-file"_s, u"the case has no %1"_s.arg(file.name)});
    }
    bool hasArticles = std::any_of(pack.refused.cbegin(), pack.refused.cend(), isArticle);
    for (auto it = pack.files.cbegin(); it != pack.files.cend(); ++it) {
        const QString &name = it.key();
        const bool article = isArticle(name);
        void (*parse)(JsonChecker &, CaseData &) = article ? CaseFiles::parseArticle
            : CaseTranslations::isTranslationFile(name)    ? CaseFiles::parseTranslation
                                                           : nullptr;
        for (const RequiredFile &file : requiredFiles) {
            if (name == file.name)
                parse = file.parse;
        }
        if (!parse) {
            if (!isAllowedExtra(name))
                problems.append(Problem{name, 0, 0, {}, u"unexpected-file"_s, u"not part of the case format (see docs/case-format.md)"_s});
            continue;
        }
        hasArticles = hasArticles || article;
        JsonChecker f(name, it.value(), problems);
        if (!f.ok()) {
            notParsed.insert(name);
            continue;
        }
        parse(f, data);
    }
    if (unread)
        *unread = std::move(notParsed);
    if (!hasArticles)
        problems.append(Problem{u"articles/"_s, 0, 0, {}, u"missing-file"_s, u"the case has no articles (articles/*.json)"_s});
    data.textLanguage = data.info.language;
    // In date order, as the story unfolds; within a day, by outlet.
    std::stable_sort(data.articles.begin(), data.articles.end(), [](const Article &a, const Article &b) {
        return a.date.date != b.date.date ? a.date.date < b.date.date : a.outlet < b.outlet;
    });
    return data;
}

} // namespace Claimscope
