// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the case's quotes in its articles: within the limits, every quote of
// an annotation, a source reference or a highlight question, and every quotation
// in the case's own words.
#include "case/casechecker.h"
#include "case/casetext.h"
#include "case/quotations.h"
#include "case/quotehint.h"

using namespace Qt::StringLiterals;

namespace Claimscope {

const QString &CaseChecker::text(const Article &article)
{
    auto it = m_texts.find(article.id);
    if (it == m_texts.end()) {
        if (m_texts.size() >= 16)
            m_texts.clear();
        it = m_texts.insert(article.id, article.fullText());
    }
    return *it;
}

qint64 CaseChecker::searchCost(const QString &articleId, const QString &quote) const
{
    const Article *a = article(articleId);
    if (!a || quote.isEmpty())
        return 0;
    qint64 n = a->headline.size() + a->standfirst.size() + a->caption.size();
    for (const QString &p : a->paragraphs)
        n += p.size() + 2;
    return n;
}

void CaseChecker::checkLimits()
{
    if (!m_limits.searchQuotes) {
        m_searchQuotes = false;
        return;
    }
    qint64 total = 0, worst = 0;
    qsizetype quotes = 0;
    QString worstFile;
    auto add = [&](const QString &articleId, const QString &quote) {
        const qint64 cost = searchCost(articleId, quote);
        total += cost;
        quotes += cost > 0 ? 1 : 0;
        return cost;
    };
    for (const Article &a : m_data.articles) {
        const QString file = u"articles/"_s + a.id + u".json"_s;
        if (a.annotations.size() > m_limits.maxAnnotationsPerArticle) {
            report(file,
                   u"annotations"_s,
                   u"too-many-annotations"_s,
                   u"the article has %1 annotations, more than the limit of %2 for one article"_s.arg(a.annotations.size())
                       .arg(m_limits.maxAnnotationsPerArticle));
            m_skipQuotes.insert(a.id);
            continue;
        }
        qint64 cost = 0;
        for (const Annotation &an : a.annotations)
            cost += add(a.id, an.quote);
        if (cost > worst) {
            worst = cost;
            worstFile = file;
        }
    }
    for (const Claim &c : m_data.claims) {
        for (const SourceRef &r : c.sources)
            add(r.article, r.quote);
    }
    for (const Phase &p : m_data.phases) {
        for (const SourceRef &r : p.sources)
            add(r.article, r.quote);
    }
    for (const Event &e : m_data.events) {
        for (const SourceRef &r : e.sources)
            add(r.article, r.quote);
    }
    for (const QuizItem &q : m_data.quizItems) {
        if (q.type == Quiz::Type::Highlight) {
            for (const QuizChoice &c : q.choices)
                add(q.article, c.quote);
        }
    }
    m_quoteSearchChars = total;
    if (total > m_limits.maxQuoteSearchChars) {
        report(worstFile.isEmpty() ? u"claims.json"_s : worstFile,
               worstFile.isEmpty() ? QString() : u"annotations"_s,
               u"quote-search-too-large"_s,
               u"finding the case's %1 quotes means searching %2 million characters of article text, more than the limit of "
               "%3 million; quote less often in long articles (this file is the largest share)"_s.arg(quotes)
                   .arg(total / 1'000'000)
                   .arg(m_limits.maxQuoteSearchChars / 1'000'000));
        m_searchQuotes = false;
    }
}

void CaseChecker::quote(const QString &articleId, const QString &quote, int occurrence, const QString &file, const QString &path)
{
    const Article *a = article(articleId);
    if (!a || quote.isEmpty() || !m_searchQuotes || m_skipQuotes.contains(articleId))
        return;
    const QString &articleText = text(*a);
    const qsizetype found = CaseValidator::occurrences(articleText, quote);
    if (found == 0) {
        QString message = u"quote not found in article \"%1\": \"%2\""_s.arg(articleId, quote.left(80));
        // A hint costs a few passes over the article: a case of nothing but misquotes gets hints up to a bound.
        if (m_hintChars < MaxHintChars) {
            m_hintChars += articleText.size();
            if (const QString hint = QuoteHint::nearest(articleText, quote); !hint.isEmpty())
                message += u"; "_s + hint;
        }
        report(file, path, u"quote-not-found"_s, message);
    } else if (occurrence > found)
        report(file,
               path,
               u"quote-not-found"_s,
               u"occurrence %1 asked for, but the quote occurs %2 time(s) in article \"%3\""_s.arg(occurrence).arg(found).arg(articleId));
}

QList<CaseChecker::Quoted> CaseChecker::quotedTexts() const
{
    QList<Quoted> out;
    forEachCaseText(m_data, [&](const CaseTextField &f) {
        if (f.kind == CaseTextField::Kind::Own)
            out.append(Quoted{f.text, f.file, f.path});
        else if (f.kind == CaseTextField::Kind::Quotation && !f.text.trimmed().isEmpty())
            out.append(Quoted{f.text, f.file, f.path, true});
    });
    return out;
}

void CaseChecker::quotations()
{
    if (!m_limits.searchQuotes)
        return;
    struct Pending
    {
        const Quoted *where;
        QString words;
    };
    const QList<Quoted> texts = quotedTexts();
    QList<Pending> pending;
    QSet<QString> distinct;
    for (const Quoted &q : texts) {
        if (q.whole) {
            if (std::none_of(m_data.sources.cbegin(), m_data.sources.cend(), [&](const Source &s) { return s.url.contains(q.text); })) {
                pending.append(Pending{&q, q.text});
                distinct.insert(q.text);
            }
            continue;
        }
        for (const Quotations::Run &run : Quotations::extract(q.text)) {
            pending.append(Pending{&q, run.text});
            distinct.insert(run.text);
        }
    }
    if (pending.isEmpty())
        return;

    Quotations::Index index;
    for (const Article &a : m_data.articles)
        index.add(text(a));
    for (const Source &s : m_data.sources) {
        for (const QString &quote : s.quotes)
            index.add(quote);
    }
    // Each distinct quotation is searched for in every distinct text at most once.
    const qint64 cost = qint64(distinct.size()) * index.size();
    if (m_quoteSearchChars + cost > m_limits.maxQuoteSearchChars) {
        report(u"case.json"_s,
               {},
               u"quote-search-too-large"_s,
               u"checking the case's %1 quotations means searching %2 million characters of article text and recorded quotes, "
               "more than the limit of %3 million; quote less often"_s.arg(distinct.size())
                   .arg((m_quoteSearchChars + cost) / 1'000'000)
                   .arg(m_limits.maxQuoteSearchChars / 1'000'000));
        return;
    }
    for (const Pending &p : std::as_const(pending)) {
        if (index.contains(p.words))
            continue;
        const QString shown = p.words.size() > 120 ? p.words.left(119) + u'…' : p.words;
        const QString where = p.where->whole ? u"a headline example is shown in quotation marks, so all of it must be verbatim in an article of the case, "
                                               "in a quote recorded in sources.json (\"quotes\") or, as a web-address slug, in a source's url"_s
                                             : u"words in quotation marks must be verbatim in an article of the case or in a quote recorded in sources.json "
                                               "(\"quotes\"); a paraphrase takes no quotation marks"_s;
        const bool cut = Quotations::pieces(Quotations::normalise(p.words)).size() > 1;
        report(p.where->file,
               p.where->path,
               u"unverified-quotation"_s,
               u"“%1” is not found verbatim%2 (%3)"_s.arg(shown, cut ? u", its pieces between the ellipses in order in one text"_s : QString(), where));
    }
}

} // namespace Claimscope
