// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseloader.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

class Checker
{
public:
    Checker(const CaseData &data, Problems &problems)
        : m_data(data)
        , m_problems(problems)
    {
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
        if (date.isValid() && info.periodStart.isValid() && info.periodEnd.isValid()
            && (date < info.periodStart || date > info.periodEnd)) {
            report(file, path, u"date-out-of-period"_s,
                   u"%1 is outside the case period %2 to %3"_s.arg(date.toString(Qt::ISODate), info.periodStart.toString(Qt::ISODate),
                                                                 info.periodEnd.toString(Qt::ISODate)));
        }
    }

    void quote(const QString &articleId, const QString &quote, int occurrence, const QString &file, const QString &path)
    {
        const Article *article = m_data.article(articleId);
        if (!article || quote.isEmpty())
            return;
        const qsizetype found = CaseValidator::occurrences(article->fullText(), quote);
        if (found == 0)
            report(file, path, u"quote-not-found"_s, u"quote not found in article \"%1\": \"%2\""_s.arg(articleId, quote.left(80)));
        else if (occurrence > found)
            report(file, path, u"quote-not-found"_s,
                   u"occurrence %1 asked for, but the quote occurs %2 time(s) in article \"%3\""_s.arg(occurrence).arg(found).arg(articleId));
    }

    void sourceRefs(const QList<SourceRef> &refs, const QString &file, const QString &path)
    {
        for (qsizetype i = 0; i < refs.size(); ++i) {
            const QString p = path + u".sources["_s + QString::number(i) + u']';
            ref(m_sources, refs[i].source, file, p + u".source"_s, "source");
            if (!refs[i].article.isEmpty()) {
                if (!m_data.article(refs[i].article))
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

        QSet<QString> annotationIds;
        for (const Article &a : d.articles) {
            const QString file = u"articles/"_s + a.id + u".json"_s;
            inPeriod(a.date.date, file, u"date"_s);
            const QString text = a.fullText();
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
                if (!step.article.isEmpty() && !d.article(step.article))
                    report(u"lesson.json"_s, p + u".article"_s, u"unknown-reference"_s, u"unknown article \"%1\""_s.arg(step.article));
                for (qsizetype q = 0; q < step.quiz.size(); ++q)
                    ref(m_quiz, step.quiz[q], u"lesson.json"_s, p + u".quiz["_s + QString::number(q) + u']', "quiz item");
                inPeriod(step.cutoff, u"lesson.json"_s, p + u".cutoff"_s);
            }
        }
    }

    void quizItem(const QuizItem &q, const QString &p)
    {
        const QString file = u"quiz.json"_s;
        for (qsizetype c = 0; c < q.criteria.size(); ++c)
            ref(m_criteria, q.criteria[c], file, p + u".criteria["_s + QString::number(c) + u']', "rubric criterion");
        if (!q.claim.isEmpty())
            ref(m_claims, q.claim, file, p + u".claim"_s, "claim");
        if (q.type == u"evidence"_s) {
            if (const Claim *claim = m_data.claim(q.claim)) {
                for (qsizetype i = 0; i < q.choices.size(); ++i) {
                    if (q.choices[i].correct && q.choices[i].evidence != claim->evidence)
                        report(file, p + u".choices["_s + QString::number(i) + u"].evidence"_s, u"bad-answer"_s,
                               u"the correct choice says \"%1\" but claim \"%2\" records evidence \"%3\""_s.arg(q.choices[i].evidence, claim->id, claim->evidence));
                }
            }
        } else if (q.type == u"highlight"_s) {
            if (!m_data.article(q.article)) {
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
    QSet<QString> m_actors, m_sources, m_claims, m_phases, m_criteria, m_quiz;
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

void CaseValidator::validate(const CaseData &data, Problems &problems)
{
    Checker(data, problems).run();
}

} // namespace Claimscope
