// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/fileparsers.h"
#include "case/vocabulary.h"

using namespace Qt::StringLiterals;

namespace Claimscope::CaseFiles {

void parseClaims(JsonChecker &f, CaseData &data)
{
    QList<Claim> &claims = data.claims;
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

void parseTimeline(JsonChecker &f, CaseData &data)
{
    QList<Phase> &phases = data.phases;
    QList<Event> &events = data.events;
    QList<LaterDevelopment> &later = data.laterDevelopments;
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

} // namespace Claimscope::CaseFiles
