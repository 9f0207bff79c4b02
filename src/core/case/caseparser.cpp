// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caseparser.h"
#include "case/vocabulary.h"
#include "common/jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

constexpr int MaxOccurrence = 10000;
constexpr int MaxJsonDepth = 32;

QString join(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}
QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}
QString join(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

/// Depth of nesting, so that a hostile file cannot make us recurse forever.
int nestingDepth(const QByteArray &json)
{
    int depth = 0, deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

/// Reads one JSON file of a pack, reporting every deviation from the format.
class JsonFile
{
public:
    enum Need { Required, Optional };

    JsonFile(QString file, const QByteArray &bytes, Problems &problems)
        : m_file(std::move(file))
        , m_problems(problems)
    {
        if (bytes.trimmed().isEmpty()) {
            report({}, u"empty-file"_s, u"file is empty; expected a JSON object"_s);
            return;
        }
        if (nestingDepth(bytes) > MaxJsonDepth) {
            report({}, u"too-deep"_s, u"JSON is nested deeper than %1 levels"_s.arg(MaxJsonDepth));
            return;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            const JsonLocator::Position pos = JsonLocator::positionAt(bytes, error.offset);
            m_problems.append(Problem{m_file, pos.line, pos.column, {}, u"json-syntax"_s, u"invalid JSON: %1"_s.arg(error.errorString())});
            return;
        }
        if (!doc.isObject()) {
            report({}, u"wrong-type"_s, u"expected a JSON object at the top of the file"_s);
            return;
        }
        m_root = doc.object();
        m_ok = true;
    }

    bool ok() const { return m_ok; }
    const QJsonObject &root() const { return m_root; }
    const QString &file() const { return m_file; }

    void report(const QString &path, const QString &code, const QString &message) { m_problems.append(Problem{m_file, 0, 0, path, code, message}); }

    void keys(const QJsonObject &o, const QString &path, std::initializer_list<QLatin1StringView> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
                report(join(path, it.key()), u"unknown-key"_s, u"unknown key \"%1\" (a typo?)"_s.arg(it.key()));
        }
    }

    QJsonValue get(const QJsonObject &o, const QString &path, QLatin1StringView key, QJsonValue::Type type, const char *expected, Need need)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (need == Required)
                report(join(path, key), u"missing-key"_s, u"required key is missing; expected %1"_s.arg(QLatin1StringView(expected)));
            return {};
        }
        if (v.type() != type) {
            report(join(path, key), u"wrong-type"_s, u"expected %1"_s.arg(QLatin1StringView(expected)));
            return {};
        }
        return v;
    }

    QString text(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need = Required)
    {
        const QString s = get(o, path, key, QJsonValue::String, "a string", need).toString();
        if (need == Required && o.value(key).isString() && s.trimmed().isEmpty())
            report(join(path, key), u"empty-value"_s, u"expected a non-empty string"_s);
        return s;
    }

    QString id(const QJsonObject &o, const QString &path, QLatin1StringView key = "id"_L1, Need need = Required)
    {
        static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
        const QString s = get(o, path, key, QJsonValue::String, "an id", need).toString();
        if (o.value(key).isString() && !pattern.match(s).hasMatch())
            report(join(path, key), u"bad-id"_s, u"\"%1\" is not a valid id; expected lower-case letters, digits and '-'"_s.arg(s.left(80)));
        return s;
    }

    QString choice(const QJsonObject &o, const QString &path, QLatin1StringView key, const QStringList &allowed, Need need = Required)
    {
        const QString s = get(o, path, key, QJsonValue::String, "a string", need).toString();
        if (o.value(key).isString() && !allowed.contains(s))
            report(join(path, key), u"bad-value"_s, u"\"%1\" is not allowed; expected one of: %2"_s.arg(s.left(80), allowed.join(u", "_s)));
        return s;
    }

    bool boolean(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need = Optional, bool fallback = false)
    {
        const QJsonValue v = get(o, path, key, QJsonValue::Bool, "true or false", need);
        return v.isBool() ? v.toBool() : fallback;
    }

    int integer(const QJsonObject &o, const QString &path, QLatin1StringView key, int min, int max, int fallback, Need need = Optional)
    {
        const QJsonValue v = get(o, path, key, QJsonValue::Double, "a whole number", need);
        if (!v.isDouble())
            return fallback;
        const double d = v.toDouble();
        if (d != std::floor(d) || d < min || d > max) {
            report(join(path, key), u"out-of-range"_s, u"expected a whole number from %1 to %2"_s.arg(min).arg(max));
            return fallback;
        }
        return static_cast<int>(d);
    }

    QDate date(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need = Required, const QString &code = u"bad-date"_s)
    {
        static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QString s = get(o, path, key, QJsonValue::String, "a date \"YYYY-MM-DD\"", need).toString();
        if (!o.value(key).isString())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!pattern.match(s).hasMatch() || !d.isValid())
            report(join(path, key), code, u"\"%1\" is not a date; expected \"YYYY-MM-DD\""_s.arg(s.left(40)));
        return d;
    }

    CaseDate caseDate(const QJsonObject &o, const QString &path)
    {
        CaseDate d;
        d.date = date(o, path, "date"_L1);
        const QString precision = choice(o, path, "datePrecision"_L1, {u"day"_s, u"approximate"_s}, Optional);
        d.precision = precision == u"approximate"_s ? DatePrecision::Approximate : DatePrecision::Day;
        d.end = date(o, path, "dateEnd"_L1, Optional);
        if (d.end.isValid() && d.date.isValid() && d.end < d.date)
            report(join(path, "dateEnd"_L1), u"bad-date"_s, u"dateEnd is before date"_s);
        return d;
    }

    QJsonArray array(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need = Required)
    {
        return get(o, path, key, QJsonValue::Array, "an array", need).toArray();
    }

    QStringList texts(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need = Required)
    {
        QStringList out;
        const QJsonArray a = array(o, path, key, need);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].isString())
                out << a[i].toString();
            else
                report(join(join(path, key), i), u"wrong-type"_s, u"expected a string"_s);
        }
        return out;
    }

    /// Calls `each` with every object of an array, reporting non-objects.
    void objects(const QJsonObject &o,
                 const QString &path,
                 QLatin1StringView key,
                 const std::function<void(const QJsonObject &, const QString &)> &each,
                 Need need = Required)
    {
        const QJsonArray a = array(o, path, key, need);
        const QString base = join(path, key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].isObject())
                each(a[i].toObject(), join(base, i));
            else
                report(join(base, i), u"wrong-type"_s, u"expected an object"_s);
        }
    }

    QList<SourceRef> sourceRefs(const QJsonObject &o, const QString &path, Need need = Required)
    {
        QList<SourceRef> refs;
        objects(
            o,
            path,
            "sources"_L1,
            [&](const QJsonObject &r, const QString &p) {
                keys(r, p, {"source"_L1, "article"_L1, "quote"_L1});
                refs.append(SourceRef{id(r, p, "source"_L1), id(r, p, "article"_L1, Optional), text(r, p, "quote"_L1, Optional)});
            },
            need);
        return refs;
    }

private:
    QString m_file;
    Problems &m_problems;
    QJsonObject m_root;
    bool m_ok = false;
};

void parseCase(JsonFile &f, CaseInfo &info)
{
    const QJsonObject &o = f.root();
    f.keys(o,
           {},
           {"formatVersion"_L1, "id"_L1, "title"_L1, "language"_L1, "summary"_L1, "authors"_L1, "licence"_L1, "period"_L1, "contentNotice"_L1, "knownAsOf"_L1});
    const QJsonValue version = o.value("formatVersion"_L1);
    if (version.isUndefined()) {
        f.report(u"formatVersion"_s, u"missing-key"_s, u"required key is missing; expected %1"_s.arg(CaseParser::FormatVersion));
    } else if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())) {
        f.report(u"formatVersion"_s, u"wrong-type"_s, u"expected a whole number"_s);
    } else if (version.toDouble() > CaseParser::FormatVersion || version.toDouble() < 1) {
        f.report(u"formatVersion"_s,
                 u"unsupported-version"_s,
                 u"format version %1 is not supported; this Claimscope reads version %2 (a newer Claimscope may read it)"_s.arg(version.toDouble())
                     .arg(CaseParser::FormatVersion));
    } else {
        info.formatVersion = version.toInt();
    }
    info.id = f.id(o, {});
    info.title = f.text(o, {}, "title"_L1);
    info.language = f.text(o, {}, "language"_L1);
    info.summary = f.text(o, {}, "summary"_L1);
    info.authors = f.texts(o, {}, "authors"_L1);
    info.licence = f.text(o, {}, "licence"_L1);
    info.contentNotice = f.text(o, {}, "contentNotice"_L1, JsonFile::Optional);
    const QJsonObject period = f.get(o, {}, "period"_L1, QJsonValue::Object, "an object with start and end", JsonFile::Required).toObject();
    if (o.value("period"_L1).isObject()) {
        f.keys(period, u"period"_s, {"start"_L1, "end"_L1});
        info.periodStart = f.date(period, u"period"_s, "start"_L1);
        info.periodEnd = f.date(period, u"period"_s, "end"_L1);
        if (info.periodStart.isValid() && info.periodEnd.isValid() && info.periodEnd < info.periodStart)
            f.report(u"period.end"_s, u"bad-date"_s, u"the period ends before it starts"_s);
    }
    const QJsonValue knownAsOf = o.value("knownAsOf"_L1);
    if (!knownAsOf.isUndefined()) {
        info.knownAsOf = f.date(o, {}, "knownAsOf"_L1, JsonFile::Optional, u"bad-known-as-of"_s);
        if (knownAsOf.isString() && info.knownAsOf.isValid() && info.periodEnd.isValid() && info.knownAsOf < info.periodEnd) {
            f.report(u"knownAsOf"_s,
                     u"bad-known-as-of"_s,
                     u"knownAsOf %1 is before the end of the case period (%2); the \"known now\" layer cannot be older than the coverage"_s.arg(
                         info.knownAsOf.toString(Qt::ISODate), info.periodEnd.toString(Qt::ISODate)));
            info.knownAsOf = QDate(); // not used to judge the later developments: one problem, not one per development
        }
    }
}

void parseActors(JsonFile &f, QList<Actor> &actors)
{
    f.keys(f.root(), {}, {"actors"_L1});
    f.objects(f.root(), {}, "actors"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "name"_L1, "kind"_L1, "country"_L1});
        actors.append(
            Actor{f.id(o, p), f.text(o, p, "name"_L1), f.choice(o, p, "kind"_L1, Vocabulary::actorKinds()), f.text(o, p, "country"_L1, JsonFile::Optional)});
    });
}

void parseSources(JsonFile &f, QList<Source> &sources)
{
    f.keys(f.root(), {}, {"sources"_L1});
    f.objects(f.root(), {}, "sources"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "outlet"_L1, "url"_L1, "date"_L1, "note"_L1, "quotes"_L1});
        Source s{f.id(o, p),
                 f.text(o, p, "outlet"_L1),
                 f.text(o, p, "url"_L1),
                 f.text(o, p, "note"_L1, JsonFile::Optional),
                 f.date(o, p, "date"_L1, JsonFile::Optional),
                 f.texts(o, p, "quotes"_L1, JsonFile::Optional)};
        for (qsizetype i = 0; i < s.quotes.size(); ++i) {
            if (s.quotes[i].trimmed().isEmpty())
                f.report(join(join(p, "quotes"_L1), i), u"empty-value"_s, u"expected the verbatim words of a quotation"_s);
        }
        if (!s.url.isEmpty() && !s.url.startsWith(u"https://"_s) && !s.url.startsWith(u"http://"_s))
            f.report(join(p, "url"_L1), u"bad-url"_s, u"expected an http or https address"_s);
        sources.append(s);
    });
}

Annotation parseAnnotation(JsonFile &f, const QJsonObject &o, const QString &p)
{
    f.keys(o, p, {"id"_L1, "layer"_L1, "quote"_L1, "occurrence"_L1, "note"_L1, "claim"_L1, "correction"_L1});
    Annotation a;
    a.id = f.id(o, p);
    a.layer = f.choice(o, p, "layer"_L1, Vocabulary::annotationLayers());
    a.quote = f.text(o, p, "quote"_L1);
    a.occurrence = f.integer(o, p, "occurrence"_L1, 1, MaxOccurrence, 1);
    a.note = f.text(o, p, "note"_L1);
    a.claim = f.id(o, p, "claim"_L1, JsonFile::Optional);
    const QJsonValue correction = o.value("correction"_L1);
    if (correction.isObject()) {
        const QString cp = join(p, "correction"_L1);
        const QJsonObject c = correction.toObject();
        f.keys(c, cp, {"text"_L1, "sources"_L1});
        a.correction = Correction{f.text(c, cp, "text"_L1), f.texts(c, cp, "sources"_L1)};
        if (a.correction->sources.isEmpty())
            f.report(join(cp, "sources"_L1), u"empty-value"_s, u"a correction needs at least one source"_s);
    } else if (!correction.isUndefined()) {
        f.report(join(p, "correction"_L1), u"wrong-type"_s, u"expected an object with text and sources"_s);
    }
    if (a.layer == u"factual-slip"_s && !o.contains("correction"_L1))
        f.report(join(p, "correction"_L1), u"missing-key"_s, u"a factual slip needs a correction with its source"_s);
    if (a.layer != u"factual-slip"_s && o.contains("correction"_L1) && !a.layer.isEmpty())
        f.report(join(p, "correction"_L1), u"unexpected-key"_s, u"only factual slips carry a correction"_s);
    return a;
}

void parseArticle(JsonFile &f, const QString &fileName, QList<Article> &articles)
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
    a.byline = f.text(o, {}, "byline"_L1, JsonFile::Optional);
    a.date = f.caseDate(o, {});
    a.url = f.text(o, {}, "url"_L1, JsonFile::Optional);
    if (!a.url.isEmpty() && !a.url.startsWith(u"https://"_s) && !a.url.startsWith(u"http://"_s))
        f.report(u"url"_s, u"bad-url"_s, u"expected an http or https address"_s);
    a.provenance = f.text(o, {}, "provenance"_L1);
    a.excerpt = f.boolean(o, {}, "excerpt"_L1, JsonFile::Optional, true);
    a.copyright = f.text(o, {}, "copyright"_L1);
    a.standfirst = f.text(o, {}, "standfirst"_L1, JsonFile::Optional);
    a.caption = f.text(o, {}, "caption"_L1, JsonFile::Optional);
    a.furniture = f.texts(o, {}, "furniture"_L1, JsonFile::Optional);
    a.paragraphs = f.texts(o, {}, "paragraphs"_L1);
    if (o.value("paragraphs"_L1).isArray() && a.paragraphs.isEmpty())
        f.report(u"paragraphs"_s, u"empty-value"_s, u"an article needs at least one paragraph"_s);
    f.objects(o, {}, "annotations"_L1, [&](const QJsonObject &ao, const QString &p) { a.annotations.append(parseAnnotation(f, ao, p)); }, JsonFile::Optional);
    const QString expectedName = u"articles/"_s + a.id + u".json"_s;
    if (!a.id.isEmpty() && fileName != expectedName)
        f.report(u"id"_s, u"id-file-mismatch"_s, u"the file of article \"%1\" must be named %2"_s.arg(a.id, expectedName));
    articles.append(a);
}

void parseClaims(JsonFile &f, QList<Claim> &claims)
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
        c.date = f.caseDate(o, p);
        c.claimant = f.id(o, p, "claimant"_L1);
        c.targets = f.texts(o, p, "targets"_L1);
        c.stance = f.choice(o, p, "stance"_L1, Vocabulary::stances());
        c.attribution = f.choice(o, p, "attribution"_L1, Vocabulary::attributions());
        c.evidence = f.choice(o, p, "evidence"_L1, Vocabulary::evidenceLevels());
        c.paraphrase = f.text(o, p, "paraphrase"_L1);
        c.sources = f.sourceRefs(o, p);
        if (o.value("sources"_L1).isArray() && c.sources.isEmpty())
            f.report(join(p, "sources"_L1), u"empty-value"_s, u"a claim needs at least one source"_s);
        const QString ep = join(p, "established"_L1);
        const QJsonObject e = f.get(o, p, "established"_L1, QJsonValue::Object, "an object with status and note", JsonFile::Required).toObject();
        if (o.value("established"_L1).isObject()) {
            f.keys(e, ep, {"status"_L1, "note"_L1, "later"_L1});
            c.established = Established{
                f.choice(e, ep, "status"_L1, Vocabulary::establishedStatuses()), f.text(e, ep, "note"_L1), f.texts(e, ep, "later"_L1, JsonFile::Optional)};
        }
        claims.append(c);
    });
}

void parseTimeline(JsonFile &f, QList<Phase> &phases, QList<Event> &events, QList<LaterDevelopment> &later)
{
    f.keys(f.root(), {}, {"phases"_L1, "events"_L1, "laterDevelopments"_L1});
    f.objects(f.root(), {}, "phases"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "start"_L1, "end"_L1, "title"_L1, "framing"_L1, "headlineExamples"_L1, "sources"_L1});
        Phase ph{f.id(o, p),
                 f.text(o, p, "title"_L1),
                 f.text(o, p, "framing"_L1),
                 f.date(o, p, "start"_L1),
                 f.date(o, p, "end"_L1),
                 f.texts(o, p, "headlineExamples"_L1, JsonFile::Optional),
                 f.sourceRefs(o, p, JsonFile::Optional)};
        if (ph.start.isValid() && ph.end.isValid() && ph.end < ph.start)
            f.report(join(p, "end"_L1), u"bad-date"_s, u"the phase ends before it starts"_s);
        phases.append(ph);
    });
    f.objects(f.root(), {}, "events"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "date"_L1, "datePrecision"_L1, "dateEnd"_L1, "title"_L1, "description"_L1, "phase"_L1, "sources"_L1});
        Event e;
        e.id = f.id(o, p);
        e.date = f.caseDate(o, p);
        e.title = f.text(o, p, "title"_L1);
        e.description = f.text(o, p, "description"_L1);
        e.phase = f.id(o, p, "phase"_L1);
        e.sources = f.sourceRefs(o, p);
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
            d.date = f.caseDate(o, p);
            d.title = f.text(o, p, "title"_L1);
            d.description = f.text(o, p, "description"_L1);
            d.sources = f.sourceRefs(o, p);
            if (o.value("sources"_L1).isArray() && d.sources.isEmpty())
                f.report(join(p, "sources"_L1), u"empty-value"_s, u"a later development needs at least one source"_s);
            later.append(d);
        },
        JsonFile::Optional);
}

void parseRubric(JsonFile &f, QList<Criterion> &criteria)
{
    f.keys(f.root(), {}, {"criteria"_L1});
    f.objects(f.root(), {}, "criteria"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "title"_L1, "description"_L1});
        criteria.append(Criterion{f.id(o, p), f.text(o, p, "title"_L1), f.text(o, p, "description"_L1)});
    });
}

QuizItem parseQuizItem(JsonFile &f, const QJsonObject &o, const QString &p)
{
    QuizItem q;
    q.id = f.id(o, p);
    q.type = f.choice(o, p, "type"_L1, Vocabulary::quizTypes());
    q.prompt = f.text(o, p, "prompt"_L1);
    q.explanation = f.text(o, p, "explanation"_L1);
    q.criteria = f.texts(o, p, "criteria"_L1);
    if (o.value("criteria"_L1).isArray() && q.criteria.isEmpty())
        f.report(join(p, "criteria"_L1), u"empty-value"_s, u"an item must train at least one rubric criterion"_s);
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
            choice.correct = f.boolean(c, cp, "correct"_L1, JsonFile::Required);
            choice.feedback = f.text(c, cp, "feedback"_L1);
            if (withEvidence)
                choice.evidence = f.choice(c, cp, "evidence"_L1, Vocabulary::evidenceLevels());
            q.choices.append(choice);
        });
        const auto correct = std::count_if(q.choices.cbegin(), q.choices.cend(), [](const QuizChoice &c) { return c.correct; });
        if (o.value(key).isArray() && correct != 1)
            f.report(join(p, key), u"bad-answer"_s, u"expected exactly one correct choice, found %1"_s.arg(correct));
        if (o.value(key).isArray() && q.choices.size() < 2)
            f.report(join(p, key), u"empty-value"_s, u"expected at least two choices"_s);
    };

    const std::initializer_list<QLatin1StringView> common = {"id"_L1, "type"_L1, "prompt"_L1, "explanation"_L1, "criteria"_L1, "booster"_L1};
    auto keysWith = [&](std::initializer_list<QLatin1StringView> extra) {
        QList<QLatin1StringView> all(common.begin(), common.end());
        all.append(QList<QLatin1StringView>(extra.begin(), extra.end()));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!all.contains(it.key()))
                f.report(join(p, it.key()), u"unknown-key"_s, u"unknown key \"%1\" for a %2 item"_s.arg(it.key(), q.type));
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
        q.answer = f.boolean(o, p, "answer"_L1, JsonFile::Required);
        q.claim = f.id(o, p, "claim"_L1, JsonFile::Optional);
        const QString fp = join(p, "feedback"_L1);
        const QJsonObject fb = f.get(o, p, "feedback"_L1, QJsonValue::Object, "an object with \"true\" and \"false\"", JsonFile::Required).toObject();
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
            span.correct = f.boolean(s, sp, "correct"_L1, JsonFile::Required);
            span.feedback = f.text(s, sp, "feedback"_L1);
            q.choices.append(span);
        });
        if (o.value("spans"_L1).isArray() && std::none_of(q.choices.cbegin(), q.choices.cend(), [](const QuizChoice &c) { return c.correct; }))
            f.report(join(p, "spans"_L1), u"bad-answer"_s, u"expected at least one correct span"_s);
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
            f.report(join(p, "order"_L1), u"bad-answer"_s, u"the order must list every option id exactly once"_s);
        if (ids.size() < 2 && o.value("options"_L1).isArray())
            f.report(join(p, "options"_L1), u"empty-value"_s, u"expected at least two options"_s);
    } else {
        keysWith({"choices"_L1, "claim"_L1, "statement"_L1, "answer"_L1, "feedback"_L1, "article"_L1, "spans"_L1, "options"_L1, "order"_L1});
    }
    return q;
}

void parseQuiz(JsonFile &f, QList<QuizItem> &items)
{
    f.keys(f.root(), {}, {"items"_L1});
    f.objects(f.root(), {}, "items"_L1, [&](const QJsonObject &o, const QString &p) { items.append(parseQuizItem(f, o, p)); });
}

void parseLesson(JsonFile &f, QList<Chapter> &chapters)
{
    f.keys(f.root(), {}, {"chapters"_L1});
    f.objects(f.root(), {}, "chapters"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "title"_L1, "summary"_L1, "steps"_L1});
        Chapter c{f.id(o, p), f.text(o, p, "title"_L1), f.text(o, p, "summary"_L1, JsonFile::Optional), {}};
        f.objects(o, p, "steps"_L1, [&](const QJsonObject &s, const QString &sp) {
            f.keys(s, sp, {"id"_L1, "kind"_L1, "title"_L1, "text"_L1, "presenterNotes"_L1, "reveal"_L1, "article"_L1, "quiz"_L1, "cutoff"_L1, "later"_L1});
            LessonStep step;
            step.id = f.id(s, sp);
            step.kind = f.choice(s, sp, "kind"_L1, Vocabulary::stepKinds());
            step.title = f.text(s, sp, "title"_L1);
            step.text = f.text(s, sp, "text"_L1);
            step.presenterNotes = f.text(s, sp, "presenterNotes"_L1);
            step.reveal = f.text(s, sp, "reveal"_L1, step.kind == u"reveal"_s ? JsonFile::Required : JsonFile::Optional);
            step.article = f.id(s, sp, "article"_L1, step.kind == u"article"_s ? JsonFile::Required : JsonFile::Optional);
            step.quiz = f.texts(s, sp, "quiz"_L1, step.kind == u"quiz"_s ? JsonFile::Required : JsonFile::Optional);
            if (step.kind == u"quiz"_s && s.value("quiz"_L1).isArray() && step.quiz.isEmpty())
                f.report(join(sp, "quiz"_L1), u"empty-value"_s, u"a quiz step needs at least one item"_s);
            step.cutoff = f.date(s, sp, "cutoff"_L1, JsonFile::Optional);
            step.later = f.texts(s, sp, "later"_L1, JsonFile::Optional);
            c.steps.append(step);
        });
        if (o.value("steps"_L1).isArray() && c.steps.isEmpty())
            f.report(join(p, "steps"_L1), u"empty-value"_s, u"a chapter needs at least one step"_s);
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
        JsonFile f(name, it.value(), problems);
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
