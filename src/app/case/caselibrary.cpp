// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caselibrary.h"
#include "common/localenotifier.h"
#include "progress/boosterschedule.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace Claimscope;

CaseLibrary::CaseLibrary(QObject *parent)
    : QObject(parent)
{
    connect(LocaleNotifier::instance(), &LocaleNotifier::changed, this, &CaseLibrary::retranslate);
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
    m_written = m_case.translations.isEmpty() ? CaseData{} : m_case;
    CaseTranslations::apply(m_case, LocaleNotifier::instance()->language());
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
    Q_EMIT textsChanged();
    return true;
}

void CaseLibrary::retranslate()
{
    if (!m_loaded)
        return;
    CaseData data = m_written;
    if (!data.translations.isEmpty())
        CaseTranslations::apply(data, LocaleNotifier::instance()->language());
    if (data.translations.isEmpty() || data == m_case) {
        Q_EMIT textsChanged(); // the same words, with dates in the new language
        return;
    }
    // The same case in other words: every view keeps its place.
    const QString article = m_reader.articleId();
    const QString selected = m_reader.selectedId();
    const QDate blameCutoff = m_blame.cutoff();
    const QString openCamp = m_blame.openCamp();
    const QDate coverageCutoff = m_coverage.cutoff();
    m_case = std::move(data);
    m_articles.setArticles(m_case.articles);
    m_reader.setCase(&m_case);
    m_reader.setArticleId(article);
    m_reader.setSelectedId(selected);
    m_claims.setCase(&m_case);
    m_blame.setCase(&m_case);
    m_blame.setCutoff(blameCutoff);
    m_blame.setOpenCamp(openCamp);
    m_coverage.setCase(&m_case);
    m_coverage.setCutoff(coverageCutoff);
    m_lesson.setTexts(m_case);
    Q_EMIT textsChanged();
}

QStringList CaseLibrary::translations() const
{
    QStringList languages;
    for (const CaseTranslation &t : (m_written.translations.isEmpty() ? m_case : m_written).translations)
        languages << t.language;
    return languages;
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
    if (!m_case.info.periodStart.isValid())
        return {};
    //: A month and year, as in "June 2014 – February 2015" on the home page.
    const QString format = tr("MMMM yyyy", "date format");
    const QLocale locale;
    return locale.toString(m_case.info.periodStart, format) + u" – "_s + locale.toString(m_case.info.periodEnd, format);
}
