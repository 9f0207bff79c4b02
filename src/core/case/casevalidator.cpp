// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/casevalidator.h"
#include "case/campformat.h"
#include "case/casetext.h"
#include "case/quotations.h"
#include "common/packtext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

class Checker
{
public:
    Checker(const CaseData &data, Problems &problems, const CaseLimits &limits)
        : m_data(data)
        , m_problems(problems)
        , m_limits(limits)
    {
        for (qsizetype i = 0; i < data.articles.size(); ++i)
            m_articles.insert(data.articles[i].id, i); // the first of duplicate ids, as CaseData::article()
        for (const Actor &a : data.actors)
            m_actors.insert(a.id);
        for (const Source &s : data.sources)
            m_sources.insert(s.id);
        for (const Claim &c : data.claims)
            m_claims.insert(c.id);
        for (const Phase &p : data.phases)
            m_phases.insert(p.id);
        for (const Criterion &c : data.criteria)
            m_criteria.insert(c.id);
        for (const QuizItem &q : data.quizItems)
            m_quiz.insert(q.id);
        for (const LaterDevelopment &l : data.laterDevelopments)
            m_later.insert(l.id);
    }

    void report(const QString &file, const QString &path, const QString &code, const QString &message)
    {
        m_problems.append(Problem{file, 0, 0, path, code, message});
    }

    template<typename T>
    void unique(const QList<T> &items, const QString &file, const QString &array)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString &id = items[i].id;
            if (id.isEmpty())
                continue;
            if (seen.contains(id))
                report(file, array + u'[' + QString::number(i) + u"].id"_s, u"duplicate-id"_s, u"id \"%1\" is used twice"_s.arg(id));
            seen.insert(id);
        }
    }

    void ref(const QSet<QString> &known, const QString &id, const QString &file, const QString &path, const char *what)
    {
        if (!id.isEmpty() && !known.contains(id))
            report(file, path, u"unknown-reference"_s, u"unknown %1 \"%2\""_s.arg(QLatin1StringView(what), id));
    }

    void inPeriod(const QDate &date, const QString &file, const QString &path)
    {
        const CaseInfo &info = m_data.info;
        if (date.isValid() && info.periodStart.isValid() && info.periodEnd.isValid() && (date < info.periodStart || date > info.periodEnd)) {
            report(file,
                   path,
                   u"date-out-of-period"_s,
                   u"%1 is outside the case period %2 to %3"_s.arg(
                       date.toString(Qt::ISODate), info.periodStart.toString(Qt::ISODate), info.periodEnd.toString(Qt::ISODate)));
        }
    }

    [[nodiscard]] const Article *article(const QString &id) const
    {
        const auto it = m_articles.constFind(id);
        return it == m_articles.cend() ? nullptr : &m_data.articles[*it];
    }

    /// An article's full text, built once for a run of quotes in it; a few
    /// are kept, since claims cite several articles in turn.
    const QString &text(const Article &article)
    {
        auto it = m_texts.find(article.id);
        if (it == m_texts.end()) {
            if (m_texts.size() >= 16)
                m_texts.clear();
            it = m_texts.insert(article.id, article.fullText());
        }
        return *it;
    }

    /// Characters searched to find `quote` in the article: its whole text.
    [[nodiscard]] qint64 searchCost(const QString &articleId, const QString &quote) const
    {
        const Article *a = article(articleId);
        if (!a || quote.isEmpty())
            return 0;
        qint64 n = a->headline.size() + a->standfirst.size() + a->caption.size();
        for (const QString &p : a->paragraphs)
            n += p.size() + 2;
        return n;
    }

    /// Checks the limits on annotations and on quote searching before any
    /// quote is searched for. Articles over the annotation limit have their
    /// quotes skipped; over the search limit, no quote is searched at all.
    void checkLimits()
    {
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

    void quote(const QString &articleId, const QString &quote, int occurrence, const QString &file, const QString &path)
    {
        const Article *a = article(articleId);
        if (!a || quote.isEmpty() || !m_searchQuotes || m_skipQuotes.contains(articleId))
            return;
        const qsizetype found = CaseValidator::occurrences(text(*a), quote);
        if (found == 0)
            report(file, path, u"quote-not-found"_s, u"quote not found in article \"%1\": \"%2\""_s.arg(articleId, quote.left(80)));
        else if (occurrence > found)
            report(file,
                   path,
                   u"quote-not-found"_s,
                   u"occurrence %1 asked for, but the quote occurs %2 time(s) in article \"%3\""_s.arg(occurrence).arg(found).arg(articleId));
    }

    void sourceRefs(const QList<SourceRef> &refs, const QString &file, const QString &path)
    {
        for (qsizetype i = 0; i < refs.size(); ++i) {
            const QString p = path + u".sources["_s + QString::number(i) + u']';
            ref(m_sources, refs[i].source, file, p + u".source"_s, "source");
            if (!refs[i].article.isEmpty()) {
                if (!article(refs[i].article))
                    report(file, p + u".article"_s, u"unknown-reference"_s, u"unknown article \"%1\""_s.arg(refs[i].article));
                quote(refs[i].article, refs[i].quote, 1, file, p + u".quote"_s);
            } else if (!refs[i].quote.isEmpty()) {
                report(file, p + u".quote"_s, u"missing-key"_s, u"a quote needs the article it is taken from"_s);
            }
        }
    }

    void run()
    {
        const CaseData &d = m_data;
        unique(d.actors, u"actors.json"_s, u"actors"_s);
        unique(d.sources, u"sources.json"_s, u"sources"_s);
        unique(d.claims, u"claims.json"_s, u"claims"_s);
        unique(d.phases, u"timeline.json"_s, u"phases"_s);
        unique(d.events, u"timeline.json"_s, u"events"_s);
        unique(d.criteria, u"rubric.json"_s, u"criteria"_s);
        unique(d.quizItems, u"quiz.json"_s, u"items"_s);
        unique(d.chapters, u"lesson.json"_s, u"chapters"_s);
        checkLimits();

        QSet<QString> annotationIds;
        for (const Article &a : d.articles) {
            const QString file = u"articles/"_s + a.id + u".json"_s;
            inPeriod(a.date.date, file, u"date"_s);
            for (qsizetype i = 0; i < a.annotations.size(); ++i) {
                const Annotation &an = a.annotations[i];
                const QString p = u"annotations["_s + QString::number(i) + u']';
                if (annotationIds.contains(an.id))
                    report(file, p + u".id"_s, u"duplicate-id"_s, u"annotation id \"%1\" is used twice"_s.arg(an.id));
                annotationIds.insert(an.id);
                quote(a.id, an.quote, an.occurrence, file, p + u".quote"_s);
                ref(m_claims, an.claim, file, p + u".claim"_s, "claim");
                if (an.correction) {
                    for (qsizetype s = 0; s < an.correction->sources.size(); ++s)
                        ref(m_sources, an.correction->sources[s], file, p + u".correction.sources["_s + QString::number(s) + u']', "source");
                }
            }
        }

        for (qsizetype i = 0; i < d.claims.size(); ++i) {
            const Claim &c = d.claims[i];
            const QString p = u"claims["_s + QString::number(i) + u']';
            ref(m_actors, c.claimant, u"claims.json"_s, p + u".claimant"_s, "actor");
            for (qsizetype t = 0; t < c.targets.size(); ++t)
                ref(m_actors, c.targets[t], u"claims.json"_s, p + u".targets["_s + QString::number(t) + u']', "actor");
            sourceRefs(c.sources, u"claims.json"_s, p);
            inPeriod(c.date.date, u"claims.json"_s, p + u".date"_s);
        }

        for (qsizetype i = 0; i < d.phases.size(); ++i) {
            const QString p = u"phases["_s + QString::number(i) + u']';
            inPeriod(d.phases[i].start, u"timeline.json"_s, p + u".start"_s);
            inPeriod(d.phases[i].end, u"timeline.json"_s, p + u".end"_s);
            sourceRefs(d.phases[i].sources, u"timeline.json"_s, p);
        }
        for (qsizetype i = 0; i < d.events.size(); ++i) {
            const QString p = u"events["_s + QString::number(i) + u']';
            ref(m_phases, d.events[i].phase, u"timeline.json"_s, p + u".phase"_s, "phase");
            inPeriod(d.events[i].date.date, u"timeline.json"_s, p + u".date"_s);
            sourceRefs(d.events[i].sources, u"timeline.json"_s, p);
        }

        unique(d.laterDevelopments, u"timeline.json"_s, u"laterDevelopments"_s);
        for (qsizetype i = 0; i < d.laterDevelopments.size(); ++i)
            laterDevelopment(d.laterDevelopments[i], u"laterDevelopments["_s + QString::number(i) + u']');
        for (qsizetype i = 0; i < d.claims.size(); ++i) {
            const QString p = u"claims["_s + QString::number(i) + u"].established.later"_s;
            const QStringList &later = d.claims[i].established.later;
            for (qsizetype l = 0; l < later.size(); ++l)
                ref(m_later, later[l], u"claims.json"_s, p + u'[' + QString::number(l) + u']', "later development");
        }

        for (qsizetype i = 0; i < d.quizItems.size(); ++i)
            quizItem(d.quizItems[i], u"items["_s + QString::number(i) + u']');

        QSet<QString> stepIds;
        for (qsizetype c = 0; c < d.chapters.size(); ++c) {
            for (qsizetype s = 0; s < d.chapters[c].steps.size(); ++s) {
                const LessonStep &step = d.chapters[c].steps[s];
                const QString p = u"chapters["_s + QString::number(c) + u"].steps["_s + QString::number(s) + u']';
                if (stepIds.contains(step.id))
                    report(u"lesson.json"_s, p + u".id"_s, u"duplicate-id"_s, u"step id \"%1\" is used twice"_s.arg(step.id));
                stepIds.insert(step.id);
                if (!step.article.isEmpty() && !article(step.article))
                    report(u"lesson.json"_s, p + u".article"_s, u"unknown-reference"_s, u"unknown article \"%1\""_s.arg(step.article));
                for (qsizetype q = 0; q < step.quiz.size(); ++q)
                    ref(m_quiz, step.quiz[q], u"lesson.json"_s, p + u".quiz["_s + QString::number(q) + u']', "quiz item");
                inPeriod(step.cutoff, u"lesson.json"_s, p + u".cutoff"_s);
                for (qsizetype l = 0; l < step.later.size(); ++l)
                    ref(m_later, step.later[l], u"lesson.json"_s, p + u".later["_s + QString::number(l) + u']', "later development");
            }
        }
        quotations();
    }

    /// A later development happens after the coverage period and no later
    /// than the date the case's "known now" layer is current to.
    void laterDevelopment(const LaterDevelopment &l, const QString &p)
    {
        const QString file = u"timeline.json"_s;
        const CaseInfo &info = m_data.info;
        if (l.date.date.isValid() && info.periodEnd.isValid() && l.date.date <= info.periodEnd)
            report(file,
                   p + u".date"_s,
                   u"later-development-in-period"_s,
                   u"%1 is inside the case period (it ends %2); events of the period belong in \"events\""_s.arg(l.date.date.toString(Qt::ISODate),
                                                                                                                 info.periodEnd.toString(Qt::ISODate)));
        const bool span = l.date.end.isValid();
        const QDate last = span ? l.date.end : l.date.date;
        if (last.isValid() && info.knownAsOf.isValid() && last > info.knownAsOf)
            report(file,
                   p + (span ? u".dateEnd"_s : u".date"_s),
                   u"later-development-after-known-as-of"_s,
                   u"%1 is after knownAsOf (%2), the date the case's \"known now\" layer is current to"_s.arg(last.toString(Qt::ISODate),
                                                                                                              info.knownAsOf.toString(Qt::ISODate)));
        sourceRefs(l.sources, file, p);
    }

    /// One text of the case's own, to be searched for quoted words.
    struct Quoted
    {
        QString text, file, path;
        bool whole = false; ///< the whole text is a quotation (a headline example)
    };

    /// Every text of the case's own words that may quote someone.
    [[nodiscard]] QList<Quoted> quotedTexts() const
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

    /// Every run of words the case's own text puts in quotation marks must be
    /// verbatim in an article of the case or in a quote recorded in sources.json.
    void quotations()
    {
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
            const QString where = p.where->whole
                ? u"a headline example is shown in quotation marks, so all of it must be verbatim in an article of the case, "
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

    void quizItem(const QuizItem &q, const QString &p)
    {
        const QString file = u"quiz.json"_s;
        for (qsizetype c = 0; c < q.criteria.size(); ++c)
            ref(m_criteria, q.criteria[c], file, p + u".criteria["_s + QString::number(c) + u']', "rubric criterion");
        if (!q.claim.isEmpty())
            ref(m_claims, q.claim, file, p + u".claim"_s, "claim");
        if (q.type == Quiz::Type::Evidence) {
            if (const Claim *claim = m_data.claim(q.claim)) {
                for (qsizetype i = 0; i < q.choices.size(); ++i) {
                    if (q.choices[i].correct && q.choices[i].evidence != claim->evidence)
                        report(file,
                               p + u".choices["_s + QString::number(i) + u"].evidence"_s,
                               u"bad-answer"_s,
                               u"the correct choice says \"%1\" but claim \"%2\" records evidence \"%3\""_s.arg(
                                   q.choices[i].evidence, claim->id, claim->evidence));
                }
            }
        } else if (q.type == Quiz::Type::Highlight) {
            if (!article(q.article)) {
                report(file, p + u".article"_s, u"unknown-reference"_s, u"unknown article \"%1\""_s.arg(q.article));
                return;
            }
            for (qsizetype i = 0; i < q.choices.size(); ++i)
                quote(q.article, q.choices[i].quote, q.choices[i].occurrence, file, p + u".spans["_s + QString::number(i) + u"].quote"_s);
        }
    }

private:
    const CaseData &m_data;
    Problems &m_problems;
    const CaseLimits &m_limits;
    QSet<QString> m_actors, m_sources, m_claims, m_phases, m_criteria, m_quiz, m_later;
    QHash<QString, qsizetype> m_articles; ///< id → index in m_data.articles
    QHash<QString, QString> m_texts;      ///< article id → full text, a few at a time
    QSet<QString> m_skipQuotes;           ///< articles over the annotation limit
    bool m_searchQuotes = true;           ///< false over the quote-search limit
    qint64 m_quoteSearchChars = 0;        ///< article text searched for the quotes of source references and annotations
};

} // namespace

qsizetype CaseValidator::occurrences(const QString &text, const QString &quote)
{
    if (quote.isEmpty())
        return 0;
    qsizetype n = 0;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.size()))
        ++n;
    return n;
}

qsizetype CaseValidator::find(const QString &text, const QString &quote, int n)
{
    if (quote.isEmpty() || n < 1)
        return -1;
    qsizetype at = text.indexOf(quote);
    for (int i = 1; i < n && at >= 0; ++i)
        at = text.indexOf(quote, at + quote.size());
    return at;
}

namespace {
/// Warnings, not errors: the app shows pack text literally and isolated, but
/// an author should see markup or bidi controls before sharing the pack.
void warnAboutText(const CaseData &data, Problems &problems)
{
    forEachCaseText(data, [&](const CaseTextField &field) {
        if (PackText::looksLikeMarkup(field.text)) {
            problems.append(Problem{field.file,
                                    0,
                                    0,
                                    field.path,
                                    u"markup-like-text"_s,
                                    u"looks like HTML markup; Claimscope shows it as literal text, never as formatting"_s,
                                    true});
        }
        if (PackText::hasBidiControls(field.text)) {
            problems.append(Problem{field.file,
                                    0,
                                    0,
                                    field.path,
                                    u"bidi-control"_s,
                                    u"contains an invisible Unicode bidi control (U+202A–U+202E or U+2066–U+2069) that can reorder text"_s,
                                    true});
        }
    });
}
} // namespace

void CaseValidator::validate(const CaseData &data, Problems &problems, const CaseLimits &limits)
{
    Checker(data, problems, limits).run();
    CampFormat::validate(data, problems);
    warnAboutText(data, problems);
}

} // namespace Claimscope
