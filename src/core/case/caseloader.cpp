// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caseloader.h"
#include "case/caseparser.h"
#include "case/casetranslation.h"
#include "common/jsonlocator.h"
#include "common/logging.h"

#include <QElapsedTimer>

#include <map>

using namespace Qt::StringLiterals;

namespace Claimscope {

CaseLoader::CaseLoader(PackLimits limits, CaseLimits caseLimits)
    : m_reader(limits)
    , m_caseLimits(caseLimits)
{
}

QString CaseLoader::defaultCasePath()
{
    return u":/claimscope/cases/default"_s;
}

LoadResult CaseLoader::load(const QString &path, const QString &language) const
{
    return load(m_reader.read(path), language);
}

LoadResult CaseLoader::load(const PackFiles &pack, const QString &language) const
{
    QElapsedTimer timer;
    timer.start();
    LoadResult result;
    result.origin = pack.origin;
    result.problems = pack.problems;
    if (pack.files.isEmpty() && !pack.problems.isEmpty())
        return result;
    QSet<QString> unread;
    result.data = CaseParser::parse(pack, result.problems, &unread);
    CaseValidator::validate(result.data, result.problems, m_caseLimits, unread);

    // Give schema and reference problems a line and column, as syntax errors have.
    std::map<QString, JsonLocator> locators;
    for (Problem &p : result.problems) {
        if (p.line > 0 || p.path.isEmpty() || !pack.files.contains(p.file))
            continue;
        auto it = locators.find(p.file);
        if (it == locators.end())
            it = locators.emplace(p.file, JsonLocator(pack.files[p.file])).first;
        const JsonLocator::Position pos = it->second.find(p.path);
        p.line = pos.line;
        p.column = pos.column;
    }
    if (result.ok())
        CaseTranslations::apply(result.data, language);
    qCDebug(lcCase) << "loaded" << pack.origin << "in" << timer.elapsed() << "ms with" << result.problems.size() << "problems";
    return result;
}

} // namespace Claimscope
