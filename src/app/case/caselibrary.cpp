// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caselibrary.h"
#include "progress/boosterschedule.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace Claimscope;

CaseLibrary::CaseLibrary(QObject *parent)
    : QObject(parent)
{
}

bool CaseLibrary::open(const QString &path)
{
    // The built-in case's quotes are checked by the build, not again at every start.
    CaseLimits limits;
    limits.searchQuotes = path != CaseLoader::defaultCasePath();
    return openLoaded(CaseLoader({}, limits).load(path), path);
}

bool CaseLibrary::openLoaded(LoadResult result, const QString &path)
{
    if (!result.ok()) {
        m_problems.clear();
        for (const Problem &p : std::as_const(result.problems))
            m_problems.append(ProblemLine::of(p));
        m_problemOrigin = path.startsWith(u':') ? path : QFileInfo(path).fileName();
        Q_EMIT problemsChanged();
        Q_EMIT openFailed(m_problemOrigin);
        return false;
    }
    m_case = std::move(result.data);
    m_origin = path;
    m_loaded = true;
    m_articles.setArticles(m_case.articles);
    m_reader.setCase(&m_case);
    m_claims.setCase(&m_case);
    m_blame.setCase(&m_case);
    m_coverage.setCase(&m_case);
    m_lesson.setCase(m_case);
    clearProblems();
    Q_EMIT caseChanged();
    return true;
}

bool CaseLibrary::openUrl(const QUrl &url)
{
    return open(url.isLocalFile() ? url.toLocalFile() : url.toString());
}

bool CaseLibrary::openDefault()
{
    return open(CaseLoader::defaultCasePath());
}

void CaseLibrary::clearProblems()
{
    if (m_problems.isEmpty() && m_problemOrigin.isEmpty())
        return;
    m_problems.clear();
    m_problemOrigin.clear();
    Q_EMIT problemsChanged();
}

QStringList CaseLibrary::selfCheckItemIds() const
{
    return Claimscope::selfCheckItemIds(m_case);
}

QString CaseLibrary::periodText() const
{
    const QLocale c = QLocale::c();
    if (!m_case.info.periodStart.isValid())
        return {};
    return c.toString(m_case.info.periodStart, u"MMMM yyyy"_s) + u" – "_s + c.toString(m_case.info.periodEnd, u"MMMM yyyy"_s);
}
