// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/casevalidator.h"
#include "case/campformat.h"
#include "case/casechecker.h"
#include "case/casetext.h"
#include "case/casetranslation.h"
#include "case/vocabulary.h"
#include "common/packtext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {
template<typename T>
QSet<QString> idsOf(const QList<T> &items)
{
    QSet<QString> ids;
    for (const T &item : items)
        ids.insert(item.id);
    return ids;
}
} // namespace

CaseChecker::CaseChecker(const CaseData &data, Problems &problems, const CaseLimits &limits, const QSet<QString> &unread)
    : m_data(data)
    , m_problems(problems)
    , m_limits(limits)
    , m_unread(unread)
    , m_actors{idsOf(data.actors), u"actors.json"_s}
    , m_sources{idsOf(data.sources), u"sources.json"_s}
    , m_claims{idsOf(data.claims), u"claims.json"_s}
    , m_phases{idsOf(data.phases), u"timeline.json"_s}
    , m_criteria{idsOf(data.criteria), u"rubric.json"_s}
    , m_quiz{idsOf(data.quizItems), u"quiz.json"_s}
    , m_later{idsOf(data.laterDevelopments), u"timeline.json"_s}
{
    for (qsizetype i = 0; i < data.articles.size(); ++i)
        m_articles.insert(data.articles[i].id, i); // the first of duplicate ids, as CaseData::article()
}

void CaseChecker::report(const QString &file, const QString &path, const QString &code, const QString &message)
{
    m_problems.append(Problem{file, 0, 0, path, code, message});
}

template<typename T>
void CaseChecker::unique(const QList<T> &items, const QString &file, const QString &array)
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

void CaseChecker::ref(const Ids &known, const QString &id, const QString &file, const QString &path, const char *what)
{
    if (!id.isEmpty() && !known.ids.contains(id) && !m_unread.contains(known.file))
        report(file, path, u"unknown-reference"_s, u"unknown %1 \"%2\""_s.arg(QLatin1StringView(what), id));
}

bool CaseChecker::articleRef(const QString &id, const QString &file, const QString &path)
{
    if (article(id))
        return true;
    if (!m_unread.contains(u"articles/"_s + id + u".json"_s))
        report(file, path, u"unknown-reference"_s, u"unknown article \"%1\""_s.arg(id));
    return false;
}

void CaseChecker::inPeriod(const QDate &date, const QString &file, const QString &path)
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

const Article *CaseChecker::article(const QString &id) const
{
    const auto it = m_articles.constFind(id);
    return it == m_articles.cend() ? nullptr : &m_data.articles[*it];
}

void CaseChecker::sourceRefs(const QList<SourceRef> &refs, const QString &file, const QString &path)
{
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const QString p = path + u".sources["_s + QString::number(i) + u']';
        ref(m_sources, refs[i].source, file, p + u".source"_s, "source");
        if (!refs[i].article.isEmpty()) {
            articleRef(refs[i].article, file, p + u".article"_s);
            quote(refs[i].article, refs[i].quote, 1, file, p + u".quote"_s);
        } else if (!refs[i].quote.isEmpty()) {
            report(file, p + u".quote"_s, u"missing-key"_s, u"a quote needs the article it is taken from"_s);
        }
    }
}

void CaseChecker::run()
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
            if (!step.article.isEmpty())
                articleRef(step.article, u"lesson.json"_s, p + u".article"_s);
            for (qsizetype q = 0; q < step.quiz.size(); ++q)
                ref(m_quiz, step.quiz[q], u"lesson.json"_s, p + u".quiz["_s + QString::number(q) + u']', "quiz item");
            inPeriod(step.cutoff, u"lesson.json"_s, p + u".cutoff"_s);
            for (qsizetype l = 0; l < step.later.size(); ++l)
                ref(m_later, step.later[l], u"lesson.json"_s, p + u".later["_s + QString::number(l) + u']', "later development");
        }
    }
    // Quotations are looked for in the articles and sources.json: when one could not be read, a miss proves nothing.
    const bool textsRead =
        std::none_of(m_unread.cbegin(), m_unread.cend(), [](const QString &file) { return file == u"sources.json"_s || file.startsWith(u"articles/"_s); });
    if (textsRead)
        quotations();
    unseen();
}

void CaseChecker::warn(const QString &file, const QString &path, const QString &code, const QString &message)
{
    m_problems.append(Problem{file, 0, 0, path, code, message, true});
}

void CaseChecker::unseen()
{
    const QStringList directed = Vocabulary::directedStances();
    for (qsizetype i = 0; i < m_data.claims.size(); ++i) {
        const Claim &c = m_data.claims[i];
        if (c.targets.isEmpty() && directed.contains(c.stance))
            warn(u"claims.json"_s,
                 u"claims["_s + QString::number(i) + u"].targets"_s,
                 u"claim-without-target"_s,
                 u"a claim that %1 has no target, so it draws no arrow in the blame views and fills no cell of the matrix; name whom it is "
                 "about in \"targets\" (a claim about no one in particular takes the stance doubts, urges or neutral)"_s.arg(c.stance));
    }
    if (m_unread.contains(u"lesson.json"_s))
        return;                     // which items the lesson asks is unknown
    QHash<QString, QString> stepOf; // item id → the first quiz step that asks it
    for (const Chapter &chapter : m_data.chapters) {
        for (const LessonStep &step : chapter.steps) {
            for (const QString &id : step.quiz) {
                if (step.kind == u"quiz"_s && !stepOf.contains(id))
                    stepOf.insert(id, step.id);
            }
        }
    }
    for (qsizetype i = 0; i < m_data.quizItems.size(); ++i) {
        const QuizItem &q = m_data.quizItems[i];
        const QString p = u"items["_s + QString::number(i) + u']';
        if (q.id.isEmpty())
            continue;
        if (q.booster && stepOf.contains(q.id))
            warn(u"quiz.json"_s,
                 p + u".booster"_s,
                 u"booster-in-lesson"_s,
                 u"a booster item is kept for the booster check after the lesson, but lesson step \"%1\" asks it, so the booster check leaves it "
                 "out; take it out of the step, or drop \"booster\""_s.arg(stepOf.value(q.id)));
        else if (!q.booster && !stepOf.contains(q.id))
            warn(u"quiz.json"_s,
                 p + u".id"_s,
                 u"quiz-item-outside-lesson"_s,
                 u"no quiz step of the lesson asks item \"%1\": only \"Check yourself\" on the home page offers it, never the lesson, a "
                 "presentation or the printed guide; add it to a quiz step, or mark it \"booster\": true for the booster check"_s.arg(q.id));
    }
}

void CaseChecker::laterDevelopment(const LaterDevelopment &l, const QString &p)
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

void CaseChecker::quizItem(const QuizItem &q, const QString &p)
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
                           u"the correct choice says \"%1\" but claim \"%2\" records evidence \"%3\""_s.arg(q.choices[i].evidence, claim->id, claim->evidence));
            }
        }
    } else if (q.type == Quiz::Type::Highlight) {
        if (!articleRef(q.article, file, p + u".article"_s))
            return;
        for (qsizetype i = 0; i < q.choices.size(); ++i)
            quote(q.article, q.choices[i].quote, q.choices[i].occurrence, file, p + u".spans["_s + QString::number(i) + u"].quote"_s);
    }
}

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

void CaseValidator::validate(const CaseData &data, Problems &problems, const CaseLimits &limits, const QSet<QString> &unread)
{
    CaseChecker(data, problems, limits, unread).run();
    CampFormat::validate(data, problems, unread);
    warnAboutText(data, problems);
    CaseTranslations::check(data, problems);
}

} // namespace Claimscope
