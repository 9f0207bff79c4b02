// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caseparser.h"
#include "case/vocabulary.h"
#include "common/jsonchecker.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

constexpr int MaxOccurrence = 10000;

CaseDate caseDate(JsonChecker &f, const QJsonObject &o, const QString &path)
{
    CaseDate d;
    d.date = f.date(o, path, "date"_L1);
    const QString precision = f.choice(o, path, "datePrecision"_L1, {u"day"_s, u"approximate"_s}, JsonChecker::Optional);
    d.precision = precision == u"approximate"_s ? DatePrecision::Approximate : DatePrecision::Day;
    d.end = f.date(o, path, "dateEnd"_L1, JsonChecker::Optional);
    if (d.end.isValid() && d.date.isValid() && d.end < d.date)
        f.report(JsonChecker::join(path, "dateEnd"_L1), u"bad-date"_s, u"dateEnd is before date"_s);
    return d;
}

QList<SourceRef> sourceRefs(JsonChecker &f, const QJsonObject &o, const QString &path, JsonChecker::Need need = JsonChecker::Required)
{
    QList<SourceRef> refs;
    f.objects(
        o,
        path,
        "sources"_L1,
        [&](const QJsonObject &r, const QString &p) {
            f.keys(r, p, {"source"_L1, "article"_L1, "quote"_L1});
            refs.append(SourceRef{f.id(r, p, "source"_L1), f.id(r, p, "article"_L1, JsonChecker::Optional), f.text(r, p, "quote"_L1, JsonChecker::Optional)});
        },
        need);
    return refs;
}

void parseCase(JsonChecker &f, CaseInfo &info)
{
    const QJsonObject &o = f.root();
    f.keys(o,
           {},
           {"formatVersion"_L1, "id"_L1, "title"_L1, "language"_L1, "summary"_L1, "authors"_L1, "licence"_L1, "period"_L1, "contentNotice"_L1, "knownAsOf"_L1});
    if (const int version = f.formatVersion(CaseParser::FormatVersion); version > 0)
        info.formatVersion = version;
    info.id = f.id(o, {});
    info.title = f.text(o, {}, "title"_L1);
    info.language = f.text(o, {}, "language"_L1);
    info.summary = f.text(o, {}, "summary"_L1);
    info.authors = f.texts(o, {}, "authors"_L1);
    info.licence = f.text(o, {}, "licence"_L1);
    info.contentNotice = f.text(o, {}, "contentNotice"_L1, JsonChecker::Optional);
    const QJsonObject period = f.get(o, {}, "period"_L1, QJsonValue::Object, "an object with start and end", JsonChecker::Required).toObject();
    if (o.value("period"_L1).isObject()) {
        f.keys(period, u"period"_s, {"start"_L1, "end"_L1});
        info.periodStart = f.date(period, u"period"_s, "start"_L1);
        info.periodEnd = f.date(period, u"period"_s, "end"_L1);
        if (info.periodStart.isValid() && info.periodEnd.isValid() && info.periodEnd < info.periodStart)
            f.report(u"period.end"_s, u"bad-date"_s, u"the period ends before it starts"_s);
    }
    const QJsonValue knownAsOf = o.value("knownAsOf"_L1);
    if (!knownAsOf.isUndefined()) {
        info.knownAsOf = f.date(o, {}, "knownAsOf"_L1, JsonChecker::Optional, u"bad-known-as-of"_s);
        if (knownAsOf.isString() && info.knownAsOf.isValid() && info.periodEnd.isValid() && info.knownAsOf < info.periodEnd) {
            f.report(u"knownAsOf"_s,
                     u"bad-known-as-of"_s,
                     u"knownAsOf %1 is before the end of the case period (%2); the \"known now\" layer cannot be older than the coverage"_s.arg(
                         info.knownAsOf.toString(Qt::ISODate), info.periodEnd.toString(Qt::ISODate)));
            info.knownAsOf = QDate(); // not used to judge the later developments: one problem, not one per development
        }
    }
}

void parseActors(JsonChecker &f, QList<Actor> &actors)
{
    f.keys(f.root(), {}, {"actors"_L1});
    f.objects(f.root(), {}, "actors"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "name"_L1, "kind"_L1, "country"_L1});
        actors.append(
            Actor{f.id(o, p), f.text(o, p, "name"_L1), f.choice(o, p, "kind"_L1, Vocabulary::actorKinds()), f.text(o, p, "country"_L1, JsonChecker::Optional)});
    });
}

void parseSources(JsonChecker &f, QList<Source> &sources)
{
    f.keys(f.root(), {}, {"sources"_L1});
    f.objects(f.root(), {}, "sources"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "outlet"_L1, "url"_L1, "date"_L1, "note"_L1, "quotes"_L1});
        Source s{f.id(o, p),
                 f.text(o, p, "outlet"_L1),
                 f.text(o, p, "url"_L1),
                 f.text(o, p, "note"_L1, JsonChecker::Optional),
                 f.date(o, p, "date"_L1, JsonChecker::Optional),
                 f.texts(o, p, "quotes"_L1, JsonChecker::Optional)};
        for (qsizetype i = 0; i < s.quotes.size(); ++i) {
            if (s.quotes[i].trimmed().isEmpty())
                f.report(JsonChecker::join(JsonChecker::join(p, "quotes"_L1), i), u"empty-value"_s, u"expected the verbatim words of a quotation"_s);
        }
        if (!s.url.isEmpty() && !s.url.startsWith(u"https://"_s) && !s.url.startsWith(u"http://"_s))
            f.report(JsonChecker::join(p, "url"_L1), u"bad-url"_s, u"expected an http or https address"_s);
        sources.append(s);
    });
}

Annotation parseAnnotation(JsonChecker &f, const QJsonObject &o, const QString &p)
{
    f.keys(o, p, {"id"_L1, "layer"_L1, "quote"_L1, "occurrence"_L1, "note"_L1, "claim"_L1, "correction"_L1});
    Annotation a;
    a.id = f.id(o, p);
    a.layer = f.choice(o, p, "layer"_L1, Vocabulary::annotationLayers());
    a.quote = f.text(o, p, "quote"_L1);
    a.occurrence = f.integer(o, p, "occurrence"_L1, 1, MaxOccurrence, 1);
    a.note = f.text(o, p, "note"_L1);
    a.claim = f.id(o, p, "claim"_L1, JsonChecker::Optional);
    const QJsonValue correction = o.value("correction"_L1);
    if (correction.isObject()) {
        const QString cp = JsonChecker::join(p, "correction"_L1);
        const QJsonObject c = correction.toObject();
        f.keys(c, cp, {"text"_L1, "sources"_L1});
        a.correction = Correction{f.text(c, cp, "text"_L1), f.texts(c, cp, "sources"_L1)};
        if (a.correction->sources.isEmpty())
            f.report(JsonChecker::join(cp, "sources"_L1), u"empty-value"_s, u"a correction needs at least one source"_s);
    } else if (!correction.isUndefined()) {
        f.report(JsonChecker::join(p, "correction"_L1), u"wrong-type"_s, u"expected an object with text and sources"_s);
    }
    if (a.layer == u"factual-slip"_s && !o.contains("correction"_L1))
        f.report(JsonChecker::join(p, "correction"_L1), u"missing-key"_s, u"a factual slip needs a correction with its source"_s);
    if (a.layer != u"factual-slip"_s && o.contains("correction"_L1) && !a.layer.isEmpty())
        f.report(JsonChecker::join(p, "correction"_L1), u"unexpected-key"_s, u"only factual slips carry a correction"_s);
    return a;
}

void parseArticle(JsonChecker &f, const QString &fileName, QList<Article> &articles)
{
    const QJsonObject &o = f.root();
    f.keys(o,
           {},
           {"id"_L1,
            "outlet"_L1,
            "outletKind"_L1,
            "outletInferred"_L1,
            "headline"_L1,
            "byline"_L1,
            "date"_L1,
            "datePrecision"_L1,
            "dateEnd"_L1,
            "url"_L1,
            "provenance"_L1,
            "excerpt"_L1,
            "copyright"_L1,
            "standfirst"_L1,
            "caption"_L1,
            "furniture"_L1,
            "paragraphs"_L1,
            "annotations"_L1});
    Article a;
    a.id = f.id(o, {});
    a.outlet = f.text(o, {}, "outlet"_L1);
    a.outletKind = f.choice(o, {}, "outletKind"_L1, Vocabulary::outletKinds());
    a.outletInferred = f.boolean(o, {}, "outletInferred"_L1);
    a.headline = f.text(o, {}, "headline"_L1);
    a.byline = f.text(o, {}, "byline"_L1, JsonChecker::Optional);
    a.date = caseDate(f, o, {});
    a.url = f.text(o, {}, "url"_L1, JsonChecker::Optional);
    if (!a.url.isEmpty() && !a.url.startsWith(u"https://"_s) && !a.url.startsWith(u"http://"_s))
        f.report(u"url"_s, u"bad-url"_s, u"expected an http or https address"_s);
    a.provenance = f.text(o, {}, "provenance"_L1);
    a.excerpt = f.boolean(o, {}, "excerpt"_L1, JsonChecker::Optional, true);
    a.copyright = f.text(o, {}, "copyright"_L1);
    a.standfirst = f.text(o, {}, "standfirst"_L1, JsonChecker::Optional);
    a.caption = f.text(o, {}, "caption"_L1, JsonChecker::Optional);
    a.furniture = f.texts(o, {}, "furniture"_L1, JsonChecker::Optional);
    a.paragraphs = f.texts(o, {}, "paragraphs"_L1);
    if (o.value("paragraphs"_L1).isArray() && a.paragraphs.isEmpty())
        f.report(u"paragraphs"_s, u"empty-value"_s, u"an article needs at least one paragraph"_s);
    f.objects(
        o, {}, "annotations"_L1, [&](const QJsonObject &ao, const QString &p) { a.annotations.append(parseAnnotation(f, ao, p)); }, JsonChecker::Optional);
    const QString expectedName = u"articles/"_s + a.id + u".json"_s;
    if (!a.id.isEmpty() && fileName != expectedName)
        f.report(u"id"_s, u"id-file-mismatch"_s, u"the file of article \"%1\" must be named %2"_s.arg(a.id, expectedName));
    articles.append(a);
}

void parseClaims(JsonChecker &f, QList<Claim> &claims)
{
    f.keys(f.root(), {}, {"claims"_L1});
    f.objects(f.root(), {}, "claims"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o,
               p,
               {"id"_L1,
                "date"_L1,
                "datePrecision"_L1,
                "dateEnd"_L1,
                "claimant"_L1,
                "targets"_L1,
                "stance"_L1,
                "attribution"_L1,
                "evidence"_L1,
                "paraphrase"_L1,
                "sources"_L1,
                "established"_L1});
        Claim c;
        c.id = f.id(o, p);
        c.date = caseDate(f, o, p);
        c.claimant = f.id(o, p, "claimant"_L1);
        c.targets = f.texts(o, p, "targets"_L1);
        c.stance = f.choice(o, p, "stance"_L1, Vocabulary::stances());
        c.attribution = f.choice(o, p, "attribution"_L1, Vocabulary::attributions());
        c.evidence = f.choice(o, p, "evidence"_L1, Vocabulary::evidenceLevels());
        c.paraphrase = f.text(o, p, "paraphrase"_L1);
        c.sources = sourceRefs(f, o, p);
        if (o.value("sources"_L1).isArray() && c.sources.isEmpty())
            f.report(JsonChecker::join(p, "sources"_L1), u"empty-value"_s, u"a claim needs at least one source"_s);
        const QString ep = JsonChecker::join(p, "established"_L1);
        const QJsonObject e = f.get(o, p, "established"_L1, QJsonValue::Object, "an object with status and note", JsonChecker::Required).toObject();
        if (o.value("established"_L1).isObject()) {
            f.keys(e, ep, {"status"_L1, "note"_L1, "later"_L1});
            c.established = Established{
                f.choice(e, ep, "status"_L1, Vocabulary::establishedStatuses()), f.text(e, ep, "note"_L1), f.texts(e, ep, "later"_L1, JsonChecker::Optional)};
        }
        claims.append(c);
    });
}

void parseTimeline(JsonChecker &f, QList<Phase> &phases, QList<Event> &events, QList<LaterDevelopment> &later)
{
    f.keys(f.root(), {}, {"phases"_L1, "events"_L1, "laterDevelopments"_L1});
    f.objects(f.root(), {}, "phases"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "start"_L1, "end"_L1, "title"_L1, "framing"_L1, "headlineExamples"_L1, "sources"_L1});
        Phase ph{f.id(o, p),
                 f.text(o, p, "title"_L1),
                 f.text(o, p, "framing"_L1),
                 f.date(o, p, "start"_L1),
                 f.date(o, p, "end"_L1),
                 f.texts(o, p, "headlineExamples"_L1, JsonChecker::Optional),
                 sourceRefs(f, o, p, JsonChecker::Optional)};
        if (ph.start.isValid() && ph.end.isValid() && ph.end < ph.start)
            f.report(JsonChecker::join(p, "end"_L1), u"bad-date"_s, u"the phase ends before it starts"_s);
        phases.append(ph);
    });
    f.objects(f.root(), {}, "events"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "date"_L1, "datePrecision"_L1, "dateEnd"_L1, "title"_L1, "description"_L1, "phase"_L1, "sources"_L1});
        Event e;
        e.id = f.id(o, p);
        e.date = caseDate(f, o, p);
        e.title = f.text(o, p, "title"_L1);
        e.description = f.text(o, p, "description"_L1);
        e.phase = f.id(o, p, "phase"_L1);
        e.sources = sourceRefs(f, o, p);
        events.append(e);
    });
    f.objects(
        f.root(),
        {},
        "laterDevelopments"_L1,
        [&](const QJsonObject &o, const QString &p) {
            f.keys(o, p, {"id"_L1, "date"_L1, "datePrecision"_L1, "dateEnd"_L1, "title"_L1, "description"_L1, "sources"_L1});
            LaterDevelopment d;
            d.id = f.id(o, p);
            d.date = caseDate(f, o, p);
            d.title = f.text(o, p, "title"_L1);
            d.description = f.text(o, p, "description"_L1);
            d.sources = sourceRefs(f, o, p);
            if (o.value("sources"_L1).isArray() && d.sources.isEmpty())
                f.report(JsonChecker::join(p, "sources"_L1), u"empty-value"_s, u"a later development needs at least one source"_s);
            later.append(d);
        },
        JsonChecker::Optional);
}

void parseRubric(JsonChecker &f, QList<Criterion> &criteria)
{
    f.keys(f.root(), {}, {"criteria"_L1});
    f.objects(f.root(), {}, "criteria"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "title"_L1, "description"_L1});
        criteria.append(Criterion{f.id(o, p), f.text(o, p, "title"_L1), f.text(o, p, "description"_L1)});
    });
}

QuizItem parseQuizItem(JsonChecker &f, const QJsonObject &o, const QString &p)
{
    QuizItem q;
    q.id = f.id(o, p);
    q.type = f.choice(o, p, "type"_L1, Vocabulary::quizTypes());
    q.prompt = f.text(o, p, "prompt"_L1);
    q.explanation = f.text(o, p, "explanation"_L1);
    q.criteria = f.texts(o, p, "criteria"_L1);
    if (o.value("criteria"_L1).isArray() && q.criteria.isEmpty())
        f.report(JsonChecker::join(p, "criteria"_L1), u"empty-value"_s, u"an item must train at least one rubric criterion"_s);
    q.booster = f.boolean(o, p, "booster"_L1);

    auto choices = [&](QLatin1StringView key, bool withEvidence) {
        f.objects(o, p, key, [&](const QJsonObject &c, const QString &cp) {
            if (withEvidence)
                f.keys(c, cp, {"id"_L1, "text"_L1, "correct"_L1, "feedback"_L1, "evidence"_L1});
            else
                f.keys(c, cp, {"id"_L1, "text"_L1, "correct"_L1, "feedback"_L1});
            QuizChoice choice;
            choice.id = f.id(c, cp);
            choice.text = f.text(c, cp, "text"_L1);
            choice.correct = f.boolean(c, cp, "correct"_L1, JsonChecker::Required);
            choice.feedback = f.text(c, cp, "feedback"_L1);
            if (withEvidence)
                choice.evidence = f.choice(c, cp, "evidence"_L1, Vocabulary::evidenceLevels());
            q.choices.append(choice);
        });
        const auto correct = std::count_if(q.choices.cbegin(), q.choices.cend(), [](const QuizChoice &c) { return c.correct; });
        if (o.value(key).isArray() && correct != 1)
            f.report(JsonChecker::join(p, key), u"bad-answer"_s, u"expected exactly one correct choice, found %1"_s.arg(correct));
        if (o.value(key).isArray() && q.choices.size() < 2)
            f.report(JsonChecker::join(p, key), u"empty-value"_s, u"expected at least two choices"_s);
    };

    const std::initializer_list<QLatin1StringView> common = {"id"_L1, "type"_L1, "prompt"_L1, "explanation"_L1, "criteria"_L1, "booster"_L1};
    auto keysWith = [&](std::initializer_list<QLatin1StringView> extra) {
        QList<QLatin1StringView> all(common.begin(), common.end());
        all.append(QList<QLatin1StringView>(extra.begin(), extra.end()));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!all.contains(it.key()))
                f.report(JsonChecker::join(p, it.key()), u"unknown-key"_s, u"unknown key \"%1\" for a %2 item"_s.arg(it.key(), q.type));
        }
    };

    if (q.type == u"single"_s) {
        keysWith({"choices"_L1});
        choices("choices"_L1, false);
    } else if (q.type == u"evidence"_s) {
        keysWith({"choices"_L1, "claim"_L1});
        q.claim = f.id(o, p, "claim"_L1);
        choices("choices"_L1, true);
    } else if (q.type == u"true-false"_s) {
        keysWith({"statement"_L1, "answer"_L1, "feedback"_L1, "claim"_L1});
        q.statement = f.text(o, p, "statement"_L1);
        q.answer = f.boolean(o, p, "answer"_L1, JsonChecker::Required);
        q.claim = f.id(o, p, "claim"_L1, JsonChecker::Optional);
        const QString fp = JsonChecker::join(p, "feedback"_L1);
        const QJsonObject fb = f.get(o, p, "feedback"_L1, QJsonValue::Object, "an object with \"true\" and \"false\"", JsonChecker::Required).toObject();
        if (o.value("feedback"_L1).isObject()) {
            f.keys(fb, fp, {"true"_L1, "false"_L1});
            q.feedbackTrue = f.text(fb, fp, "true"_L1);
            q.feedbackFalse = f.text(fb, fp, "false"_L1);
        }
    } else if (q.type == u"highlight"_s) {
        keysWith({"article"_L1, "spans"_L1});
        q.article = f.id(o, p, "article"_L1);
        f.objects(o, p, "spans"_L1, [&](const QJsonObject &s, const QString &sp) {
            f.keys(s, sp, {"quote"_L1, "occurrence"_L1, "correct"_L1, "feedback"_L1});
            QuizChoice span;
            span.quote = f.text(s, sp, "quote"_L1);
            span.id = QString::number(q.choices.size() + 1);
            span.text = span.quote;
            span.occurrence = f.integer(s, sp, "occurrence"_L1, 1, MaxOccurrence, 1);
            span.correct = f.boolean(s, sp, "correct"_L1, JsonChecker::Required);
            span.feedback = f.text(s, sp, "feedback"_L1);
            q.choices.append(span);
        });
        if (o.value("spans"_L1).isArray() && std::none_of(q.choices.cbegin(), q.choices.cend(), [](const QuizChoice &c) { return c.correct; }))
            f.report(JsonChecker::join(p, "spans"_L1), u"bad-answer"_s, u"expected at least one correct span"_s);
    } else if (q.type == u"rank"_s) {
        keysWith({"options"_L1, "order"_L1});
        f.objects(o, p, "options"_L1, [&](const QJsonObject &c, const QString &cp) {
            f.keys(c, cp, {"id"_L1, "text"_L1, "feedback"_L1});
            QuizChoice option;
            option.id = f.id(c, cp);
            option.text = f.text(c, cp, "text"_L1);
            option.feedback = f.text(c, cp, "feedback"_L1);
            q.choices.append(option);
        });
        q.order = f.texts(o, p, "order"_L1);
        QStringList ids;
        for (const QuizChoice &c : std::as_const(q.choices))
            ids << c.id;
        QStringList sortedOrder = q.order, sortedIds = ids;
        sortedOrder.sort();
        sortedIds.sort();
        if (o.value("order"_L1).isArray() && sortedOrder != sortedIds)
            f.report(JsonChecker::join(p, "order"_L1), u"bad-answer"_s, u"the order must list every option id exactly once"_s);
        if (ids.size() < 2 && o.value("options"_L1).isArray())
            f.report(JsonChecker::join(p, "options"_L1), u"empty-value"_s, u"expected at least two options"_s);
    } else {
        keysWith({"choices"_L1, "claim"_L1, "statement"_L1, "answer"_L1, "feedback"_L1, "article"_L1, "spans"_L1, "options"_L1, "order"_L1});
    }
    return q;
}

void parseQuiz(JsonChecker &f, QList<QuizItem> &items)
{
    f.keys(f.root(), {}, {"items"_L1});
    f.objects(f.root(), {}, "items"_L1, [&](const QJsonObject &o, const QString &p) { items.append(parseQuizItem(f, o, p)); });
}

void parseLesson(JsonChecker &f, QList<Chapter> &chapters)
{
    f.keys(f.root(), {}, {"chapters"_L1});
    f.objects(f.root(), {}, "chapters"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "title"_L1, "summary"_L1, "steps"_L1});
        Chapter c{f.id(o, p), f.text(o, p, "title"_L1), f.text(o, p, "summary"_L1, JsonChecker::Optional), {}};
        f.objects(o, p, "steps"_L1, [&](const QJsonObject &s, const QString &sp) {
            f.keys(s, sp, {"id"_L1, "kind"_L1, "title"_L1, "text"_L1, "presenterNotes"_L1, "reveal"_L1, "article"_L1, "quiz"_L1, "cutoff"_L1, "later"_L1});
            LessonStep step;
            step.id = f.id(s, sp);
            step.kind = f.choice(s, sp, "kind"_L1, Vocabulary::stepKinds());
            step.title = f.text(s, sp, "title"_L1);
            step.text = f.text(s, sp, "text"_L1);
            step.presenterNotes = f.text(s, sp, "presenterNotes"_L1);
            step.reveal = f.text(s, sp, "reveal"_L1, step.kind == u"reveal"_s ? JsonChecker::Required : JsonChecker::Optional);
            step.article = f.id(s, sp, "article"_L1, step.kind == u"article"_s ? JsonChecker::Required : JsonChecker::Optional);
            step.quiz = f.texts(s, sp, "quiz"_L1, step.kind == u"quiz"_s ? JsonChecker::Required : JsonChecker::Optional);
            if (step.kind == u"quiz"_s && s.value("quiz"_L1).isArray() && step.quiz.isEmpty())
                f.report(JsonChecker::join(sp, "quiz"_L1), u"empty-value"_s, u"a quiz step needs at least one item"_s);
            step.cutoff = f.date(s, sp, "cutoff"_L1, JsonChecker::Optional);
            step.later = f.texts(s, sp, "later"_L1, JsonChecker::Optional);
            c.steps.append(step);
        });
        if (o.value("steps"_L1).isArray() && c.steps.isEmpty())
            f.report(JsonChecker::join(p, "steps"_L1), u"empty-value"_s, u"a chapter needs at least one step"_s);
        chapters.append(c);
    });
}

} // namespace

CaseData CaseParser::parse(const PackFiles &pack, Problems &problems)
{
    CaseData data;
    const QStringList required = {
        u"case.json"_s, u"actors.json"_s, u"sources.json"_s, u"claims.json"_s, u"timeline.json"_s, u"rubric.json"_s, u"quiz.json"_s, u"lesson.json"_s};
    for (const QString &name : required) {
        if (!pack.files.contains(name))
            problems.append(Problem{name, 0, 0, {}, u"missing-file"_s, u"the case has no %1"_s.arg(name)});
    }
    bool hasArticles = false;
    for (auto it = pack.files.cbegin(); it != pack.files.cend(); ++it) {
        const QString &name = it.key();
        const bool isArticle = name.startsWith(u"articles/"_s) && name.endsWith(u".json"_s) && name.count(u'/') == 1;
        if (!required.contains(name) && !isArticle) {
            if (name != u"README.md"_s && name != u"CHANGES.md"_s && !name.startsWith(u"LICENSE"_s))
                problems.append(Problem{name, 0, 0, {}, u"unexpected-file"_s, u"not part of the case format (see docs/case-format.md)"_s});
            continue;
        }
        JsonChecker f(name, it.value(), problems);
        if (!f.ok())
            continue;
        if (isArticle) {
            hasArticles = true;
            parseArticle(f, name, data.articles);
        } else if (name == u"case.json"_s) {
            parseCase(f, data.info);
        } else if (name == u"actors.json"_s) {
            parseActors(f, data.actors);
        } else if (name == u"sources.json"_s) {
            parseSources(f, data.sources);
        } else if (name == u"claims.json"_s) {
            parseClaims(f, data.claims);
        } else if (name == u"timeline.json"_s) {
            parseTimeline(f, data.phases, data.events, data.laterDevelopments);
        } else if (name == u"rubric.json"_s) {
            parseRubric(f, data.criteria);
        } else if (name == u"quiz.json"_s) {
            parseQuiz(f, data.quizItems);
        } else if (name == u"lesson.json"_s) {
            parseLesson(f, data.chapters);
        }
    }
    if (!hasArticles)
        problems.append(Problem{u"articles/"_s, 0, 0, {}, u"missing-file"_s, u"the case has no articles (articles/*.json)"_s});
    // In date order, as the story unfolds; within a day, by outlet.
    std::stable_sort(data.articles.begin(), data.articles.end(), [](const Article &a, const Article &b) {
        return a.date.date != b.date.date ? a.date.date < b.date.date : a.outlet < b.outlet;
    });
    return data;
}

} // namespace Claimscope
