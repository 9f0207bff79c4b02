// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/campset.h"

#include "case/campformat.h"
#include "case/vocabulary.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

struct KindName
{
    const char16_t *kind;
    const char *name; ///< translatable
};

// One entry per kind of Vocabulary::actorKinds().
constexpr KindName KindNames[] = {
    {u"government", QT_TRANSLATE_NOOP("CampSet", "Governments")},
    {u"agency", QT_TRANSLATE_NOOP("CampSet", "Agencies")},
    {u"state-media", QT_TRANSLATE_NOOP("CampSet", "State media")},
    {u"company", QT_TRANSLATE_NOOP("CampSet", "Companies")},
    {u"expert", QT_TRANSLATE_NOOP("CampSet", "Experts")},
    {u"politician", QT_TRANSLATE_NOOP("CampSet", "Politicians")},
    {u"celebrity", QT_TRANSLATE_NOOP("CampSet", "Celebrities")},
    {u"hacker-group", QT_TRANSLATE_NOOP("CampSet", "Hacker groups")},
    {u"legal", QT_TRANSLATE_NOOP("CampSet", "Lawyers and courts")},
    {u"news-outlet", QT_TRANSLATE_NOOP("CampSet", "News outlets")},
    {u"other", QT_TRANSLATE_NOOP("CampSet", "Other actors")},
};

/// Actor ids that claims use, in the order they first appear.
QStringList claimActors(const CaseData &data)
{
    QStringList ids;
    QSet<QString> seen;
    auto add = [&](const QString &id) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    };
    for (const Claim &claim : data.claims) {
        add(claim.claimant);
        for (const QString &target : claim.targets)
            add(target);
    }
    return ids;
}

} // namespace

QString CampSet::othersId()
{
    return u"-others"_s;
}

QString CampSet::kindCampName(const QString &kind)
{
    for (const KindName &k : KindNames) {
        if (kind == QStringView(k.kind))
            return QCoreApplication::translate("CampSet", k.name);
    }
    return kind;
}

CampSet::CampSet(const CaseData &data)
{
    QHash<QString, const Actor *> actors;
    for (const Actor &actor : data.actors)
        actors.insert(actor.id, &actor);
    QStringList unlisted; // ids that claims use but actors.json does not declare
    for (const QString &id : claimActors(data)) {
        if (!actors.contains(id))
            unlisted << id;
    }

    m_fallback = data.camps.isEmpty();
    if (m_fallback) {
        const QStringList kinds = Vocabulary::actorKinds();
        const QStringList shapes = CampFormat::markers();
        QList<QStringList> members(kinds.size());
        const qsizetype other = kinds.indexOf(u"other"_s);
        for (const Actor &actor : data.actors) {
            const qsizetype kind = kinds.indexOf(actor.kind);
            members[kind < 0 ? other : kind] << actor.id;
        }
        members[other] << unlisted;
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            if (!members.at(k).isEmpty())
                add(Camp{kinds.at(k), kindCampName(kinds.at(k)), shapes.at(k % shapes.size()), int(k) + 1, members.at(k), false});
        }
        return;
    }

    QList<const Claimscope::Camp *> declared;
    for (const Claimscope::Camp &camp : data.camps)
        declared << &camp;
    std::stable_sort(declared.begin(), declared.end(), [](const Claimscope::Camp *a, const Claimscope::Camp *b) {
        return a->order != b->order ? a->order < b->order : a->id < b->id;
    });
    QSet<QString> placed;
    QSet<QString> usedMarkers;
    int lastOrder = 0;
    for (const Claimscope::Camp *camp : std::as_const(declared)) {
        QStringList members;
        for (const QString &id : camp->actors) {
            // An unknown actor or one already placed is the validator's to report.
            if (actors.contains(id) && !placed.contains(id)) {
                placed.insert(id);
                members << id;
            }
        }
        usedMarkers.insert(camp->marker);
        lastOrder = std::max(lastOrder, camp->order);
        add(Camp{camp->id, camp->name, camp->marker, camp->order, members, true});
    }
    QStringList others;
    for (const Actor &actor : data.actors) {
        if (!placed.contains(actor.id)) {
            placed.insert(actor.id);
            others << actor.id;
        }
    }
    others << unlisted;
    if (others.isEmpty())
        return;
    const QStringList shapes = CampFormat::markers();
    const auto unused = std::find_if(shapes.cbegin(), shapes.cend(), [&](const QString &m) { return !usedMarkers.contains(m); });
    add(Camp{othersId(), QCoreApplication::translate("CampSet", "Others"), unused == shapes.cend() ? shapes.first() : *unused, lastOrder + 1, others, false});
}

void CampSet::add(Camp camp)
{
    const int index = int(m_camps.size());
    for (const QString &actor : std::as_const(camp.actors))
        m_campOfActor.insert(actor, index);
    m_camps << std::move(camp);
}

int CampSet::indexOf(const QString &campId) const
{
    const auto it = std::find_if(m_camps.cbegin(), m_camps.cend(), [&](const Camp &c) { return c.id == campId; });
    return it == m_camps.cend() ? -1 : int(it - m_camps.cbegin());
}

} // namespace Claimscope
