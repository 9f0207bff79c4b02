// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/blameheadline.h"

#include "case/vocabulary.h"
#include "common/datetext.h"
#include "common/packtext.h"
#include "common/plural.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

constexpr const char *Context = "BlameHeadline";

/// How the claims against the subject were attributed, as a phrase per attribution.
struct AttributionPhrase
{
    const char16_t *attribution;
    const char *phrase; ///< translatable, with %Ln
};
constexpr AttributionPhrase AttributionPhrases[] = {
    {u"named", QT_TRANSLATE_N_NOOP("BlameHeadline", "%Ln from named source(s)")},
    {u"anonymous", QT_TRANSLATE_N_NOOP("BlameHeadline", "%Ln from unnamed source(s)")},
    {u"institutional", QT_TRANSLATE_N_NOOP("BlameHeadline", "%Ln from official statement(s)")},
    {u"state-media", QT_TRANSLATE_N_NOOP("BlameHeadline", "%Ln via state media")},
};

/// "3 from named sources, 1 from unnamed source": most first, ties in the vocabulary's order.
QString attributionList(const QMap<QString, int> &byAttribution)
{
    QList<std::pair<int, QString>> parts;
    const QStringList order = Vocabulary::attributions();
    for (const QString &attribution : order) {
        const int n = byAttribution.value(attribution);
        if (n == 0)
            continue;
        const auto phrase = std::find_if(std::begin(AttributionPhrases), std::end(AttributionPhrases), [&](const AttributionPhrase &p) {
            return attribution == QStringView(p.attribution);
        });
        if (phrase != std::end(AttributionPhrases))
            parts << std::pair{n, translateCount(Context, phrase->phrase, n)};
    }
    std::stable_sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList texts;
    for (const auto &part : std::as_const(parts))
        texts << part.second;
    //: separates the parts of "3 from named sources, 1 from unnamed source"
    return texts.join(QCoreApplication::translate("BlameHeadline", ", "));
}

} // namespace

BlameHeadline::BlameHeadline(const CaseData &data)
    : m_camps(data)
{
    QHash<QString, int> index;
    auto add = [&](const QString &id, const QString &name) {
        if (id.isEmpty() || index.contains(id))
            return;
        index.insert(id, int(m_actorIds.size()));
        m_actorIds << id;
        m_actorNames << name;
        m_actorCamp << m_camps.campOf(id);
    };
    for (const Actor &actor : data.actors)
        add(actor.id, actor.name);
    for (const Claim &claim : data.claims) {
        add(claim.claimant, claim.claimant);
        for (const QString &target : claim.targets)
            add(target, target);
    }
    m_claims.reserve(data.claims.size());
    for (const Claim &claim : data.claims) {
        ClaimInfo info{claim.date.date, claim.stance, claim.attribution, index.value(claim.claimant, -1), {}};
        for (const QString &target : claim.targets) {
            if (const int t = index.value(target, -1); t >= 0 && !info.targets.contains(t))
                info.targets << t;
        }
        m_claims << info;
    }
}

int BlameHeadline::sideOf(int actor) const
{
    if (actor < 0)
        return -1;
    return m_camps.isFallback() ? int(m_camps.camps().size()) + actor : m_actorCamp.at(actor);
}

BlameHeadline::Subject BlameHeadline::mostBlamed(const QDate &date) const
{
    // A candidate is a camp (declared camps) or an actor (none declared).
    const bool byCamp = !m_camps.isFallback();
    QList<int> counts(byCamp ? m_camps.camps().size() : m_actorIds.size(), 0);
    QList<int> seen;
    for (const ClaimInfo &c : m_claims) {
        if (c.stance != u"blames"_s || !c.date.isValid() || (date.isValid() && c.date > date))
            continue;
        seen.clear();
        for (const int t : c.targets) {
            const int candidate = byCamp ? m_actorCamp.at(t) : t;
            if (candidate < 0 || seen.contains(candidate) || sideOf(t) == sideOf(c.claimant))
                continue;
            seen << candidate;
            ++counts[candidate];
        }
    }
    const auto best = std::max_element(counts.cbegin(), counts.cend()); // the first of equals
    if (best == counts.cend() || *best == 0)
        return {};
    const qsizetype i = best - counts.cbegin();
    return byCamp ? Subject{Subject::Kind::Camp, m_camps.camps().at(i).id} : Subject{Subject::Kind::Actor, m_actorIds.at(i)};
}

BlameHeadline::Figures BlameHeadline::figures(const QDate &date) const
{
    return figures(date, Subject());
}

QString BlameHeadline::text(const QDate &date) const
{
    return text(date, Subject());
}

BlameHeadline::Figures BlameHeadline::figures(const QDate &date, const Subject &asked) const
{
    const Subject subject = asked.kind == Subject::Kind::MostBlamed ? mostBlamed(date) : asked;
    Figures f;
    // Which actors the subject is, and which make up its side.
    QList<bool> member(m_actorIds.size(), false), side(m_actorIds.size(), false);
    if (subject.kind == Subject::Kind::Camp) {
        const int camp = m_camps.indexOf(subject.id);
        if (camp >= 0) {
            f.name = m_camps.camps().at(camp).name;
            for (qsizetype a = 0; a < m_actorIds.size(); ++a)
                member[a] = side[a] = m_actorCamp.at(a) == camp;
        }
    } else if (subject.kind == Subject::Kind::Actor) {
        const int actor = int(m_actorIds.indexOf(subject.id));
        if (actor >= 0) {
            f.name = m_actorNames.at(actor);
            member[actor] = true;
            for (qsizetype a = 0; a < m_actorIds.size(); ++a)
                side[a] = sideOf(int(a)) == sideOf(actor);
        }
    }
    for (const ClaimInfo &c : m_claims) {
        if (!c.date.isValid() || (date.isValid() && c.date > date))
            continue;
        ++f.claims;
        const bool fromSide = c.claimant >= 0 && side.at(c.claimant);
        if (c.stance == u"denies"_s && fromSide)
            ++f.denials;
        if (c.stance == u"blames"_s && !fromSide && std::any_of(c.targets.cbegin(), c.targets.cend(), [&](int t) { return member.at(t); })) {
            ++f.blames;
            ++f.byAttribution[c.attribution];
        }
    }
    return f;
}

QString BlameHeadline::text(const QDate &date, const Subject &subject) const
{
    const Figures f = figures(date, subject);
    QDate last; // without a date the sentence speaks of every claim, so as of the last one
    for (const ClaimInfo &c : m_claims)
        last = c.date.isValid() && c.date > last ? c.date : last;
    const QString when = DateText::day(date.isValid() ? date : last);
    if (f.claims == 0 && !last.isValid())
        return QCoreApplication::translate("BlameHeadline", "No claim has been made.");
    if (f.claims == 0)
        return QCoreApplication::translate("BlameHeadline", "By %1, no claim had been made yet.").arg(when);
    if (f.name.isEmpty())
        return QCoreApplication::translate("BlameHeadline", "By %1, %2 had been made, and no claim had blamed anyone yet.")
            .arg(when, translateCount(Context, QT_TRANSLATE_N_NOOP("BlameHeadline", "%Ln claim(s)"), f.claims));
    const QString name = PackText::isolated(f.name);
    if (f.blames == 0)
        return QCoreApplication::translate("BlameHeadline", "By %1, no claim had blamed %2.").arg(when, name);
    const QString claims = translateCount(Context, QT_TRANSLATE_N_NOOP("BlameHeadline", "%Ln claim(s)"), f.blames);
    //: %1 a date, %2 a camp's or actor's name, %3 "6 claims", %4 "3 from named sources, 3 from unnamed sources"
    if (f.denials == 0)
        return QCoreApplication::translate("BlameHeadline", "By %1, %2 had been blamed in %3 (%4) and had not answered with a denial.")
            .arg(when, name, claims, attributionList(f.byAttribution));
    //: as above, and %5 "2 denials"
    return QCoreApplication::translate("BlameHeadline", "By %1, %2 had been blamed in %3 (%4) and had answered with %5.")
        .arg(when, name, claims, attributionList(f.byAttribution), translateCount(Context, QT_TRANSLATE_N_NOOP("BlameHeadline", "%Ln denial(s)"), f.denials));
}

} // namespace Claimscope
