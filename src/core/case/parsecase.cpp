// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/campformat.h"
#include "case/caseparser.h"
#include "case/fileparsers.h"
#include "case/vocabulary.h"

using namespace Qt::StringLiterals;

namespace Claimscope::CaseFiles {

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

QList<SourceRef> sourceRefs(JsonChecker &f, const QJsonObject &o, const QString &path, JsonChecker::Need need)
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

void parseCase(JsonChecker &f, CaseData &data)
{
    CaseInfo &info = data.info;
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

namespace {

/// The optional groups of actors of actors.json; CampFormat::validate() checks their references.
void parseCamps(JsonChecker &f, QList<Camp> &camps)
{
    f.objects(
        f.root(),
        {},
        "camps"_L1,
        [&](const QJsonObject &o, const QString &p) {
            f.keys(o, p, {"id"_L1, "name"_L1, "order"_L1, "marker"_L1, "actors"_L1});
            Camp c;
            c.id = f.id(o, p);
            c.name = f.text(o, p, "name"_L1);
            c.order = f.integer(o, p, "order"_L1, 1, CampFormat::MaxOrder, 0, JsonChecker::Required);
            c.marker = f.choice(o, p, "marker"_L1, CampFormat::markers());
            c.actors = f.texts(o, p, "actors"_L1);
            if (o.value("actors"_L1).isArray() && c.actors.isEmpty())
                f.report(JsonChecker::join(p, "actors"_L1), u"empty-value"_s, u"a camp needs at least one actor"_s);
            camps.append(c);
        },
        JsonChecker::Optional);
}

} // namespace

void parseActors(JsonChecker &f, CaseData &data)
{
    QList<Actor> &actors = data.actors;
    f.keys(f.root(), {}, {"actors"_L1, "camps"_L1});
    f.objects(f.root(), {}, "actors"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "name"_L1, "kind"_L1, "country"_L1});
        actors.append(
            Actor{f.id(o, p), f.text(o, p, "name"_L1), f.choice(o, p, "kind"_L1, Vocabulary::actorKinds()), f.text(o, p, "country"_L1, JsonChecker::Optional)});
    });
    parseCamps(f, data.camps);
}

void parseSources(JsonChecker &f, CaseData &data)
{
    QList<Source> &sources = data.sources;
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

void parseRubric(JsonChecker &f, CaseData &data)
{
    QList<Criterion> &criteria = data.criteria;
    f.keys(f.root(), {}, {"criteria"_L1});
    f.objects(f.root(), {}, "criteria"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "title"_L1, "description"_L1});
        criteria.append(Criterion{f.id(o, p), f.text(o, p, "title"_L1), f.text(o, p, "description"_L1)});
    });
}

} // namespace Claimscope::CaseFiles
