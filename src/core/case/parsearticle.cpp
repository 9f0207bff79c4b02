// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/fileparsers.h"
#include "case/vocabulary.h"

using namespace Qt::StringLiterals;

namespace Claimscope::CaseFiles {

namespace {

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

} // namespace

void parseArticle(JsonChecker &f, CaseData &data)
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
    const QString &fileName = f.file();
    const QString expectedName = u"articles/"_s + a.id + u".json"_s;
    if (!a.id.isEmpty() && fileName != expectedName)
        f.report(u"id"_s, u"id-file-mismatch"_s, u"the file of article \"%1\" must be named %2"_s.arg(a.id, expectedName));
    data.articles.append(a);
}

} // namespace Claimscope::CaseFiles
