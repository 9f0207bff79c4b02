// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BlameView's camps view: where camps and their actors sit, the arrows
// between camps, the headline and the claims in focus.
#include "blame/blameview.h"
#include "case/vocabulary.h"
#include "common/packtext.h"
#include "common/plural.h"
#include "common/vocabularystyle.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

QString nodeLabel(const QString &name, int outgoing, int incoming)
{
    //: %1 a camp's or actor's name, %2 "3 claims" made, %3 "2 claims" received
    return PackText::plain(QCoreApplication::translate("BlameView", "%1: made %2, received %3"),
                           {name,
                            translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%Ln claim(s)"), outgoing),
                            translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%Ln claim(s)"), incoming)});
}

} // namespace

QPointF BlameView::campSlot(int slot, int count)
{
    if (count <= 0 || slot < 0 || slot >= count)
        return {0.5, 0.5};
    // Two camps on each side once there are enough, so rows stay wide enough for names.
    const int side = count >= 8 ? 2 : count >= 5 ? 1 : 0;
    const int top = (count - 2 * side + 1) / 2;
    const int bottom = count - 2 * side - top;
    const auto along = [](int i, int n) { return n <= 1 ? 0.5 : qreal(i) / (n - 1); };
    if (slot < top)
        return {along(slot, top), 0};
    slot -= top;
    if (slot < side)
        return {1, qreal(slot + 1) / (side + 1)};
    slot -= side;
    if (slot < bottom)
        return {1 - along(slot, bottom), 1};
    slot -= bottom;
    return {0, 1 - qreal(slot + 1) / (side + 1)};
}

QPointF BlameView::actorCell(int index, int count)
{
    if (count <= 0 || index < 0 || index >= count)
        return {0.5, 0.5};
    const int columns = count <= 4 ? 1 : count <= 12 ? 2 : 3;
    const int rows = (count + columns - 1) / columns;
    return {(index % columns + 0.5) / columns, (index / columns + 0.5) / rows};
}

QList<qreal> BlameView::dashPattern(const QString &stance)
{
    // In stroke widths; the first stance (blames) is solid.
    static const QList<QList<qreal>> patterns = {{}, {2, 1.5}, {0.6, 1}, {3, 1, 0.6, 1}, {1, 2}, {4, 1.5}, {2, 1, 0.6, 1, 0.6, 1}, {0.6, 2.5}};
    const qsizetype i = Vocabulary::stances().indexOf(stance);
    return i < 0 ? QList<qreal>{0.6, 2.5} : patterns.at(i % patterns.size());
}

QList<CampNode> BlameView::computeCampNodes() const
{
    QList<CampNode> list;
    if (!m_camps)
        return list;
    const QList<CampGraph::Node> &nodes = m_camps->nodes();
    // One slot per camp, the open camp's included, so that no camp moves when one opens.
    int slots = 0, actors = 0;
    QString last;
    for (const CampGraph::Node &n : nodes) {
        if (n.campId != last)
            ++slots;
        last = n.campId;
        actors += n.isActor ? 1 : 0;
    }
    int slot = -1, actor = 0;
    last.clear();
    for (const CampGraph::Node &n : nodes) {
        if (n.campId != last) {
            ++slot;
            last = n.campId;
            if (n.isActor) {
                const CampSet::Camp &camp = m_camps->camps().camps().at(m_camps->camps().indexOf(n.campId));
                const QPointF at = campSlot(slot, slots);
                list << CampNode{camp.id,
                                 camp.name,
                                 camp.marker,
                                 camp.id,
                                 false,
                                 true,
                                 true,
                                 0,
                                 0,
                                 at.x(),
                                 at.y(),
                                 PackText::plain(tr("%1, opened into its actors"), {camp.name}),
                                 {}};
            }
        }
        const QPointF at = n.isActor ? actorCell(actor++, actors) : campSlot(slot, slots);
        list << CampNode{n.id,
                         n.name,
                         n.marker,
                         n.campId,
                         n.isActor,
                         false,
                         n.active(),
                         n.outgoing,
                         n.incoming,
                         at.x(),
                         at.y(),
                         nodeLabel(n.name, n.outgoing, n.incoming),
                         {}};
    }
    return list;
}

BlameEdge BlameView::campEdgeOf(const CampNode &from, const CampNode &to, const CampGraph::Edge &e)
{
    const VocabularyEntry stance = VocabularyStyle::entry(VocabularyStyle::Kind::Stance, e.dominantStance());
    const QStringList stances = VocabularyStyle::countList(VocabularyStyle::Kind::Stance, e.byStance);
    const QStringList attributions = VocabularyStyle::countList(VocabularyStyle::Kind::Attribution, e.byAttribution);
    const QString label = from.id == to.id
        //: claims from a camp about its own members: "Government about itself: 3 claims, 2 defends, 1 doubts"
        ? PackText::plain(translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%1 about itself: %Ln claim(s), %2"), e.count),
                          {from.name, stances.join(u", "_s)})
        //: an arrow between camps: "Government → Experts: 5 claims, 4 blames, 1 doubts"
        : PackText::plain(translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%1 → %2: %Ln claim(s), %3"), e.count),
                          {from.name, to.name, stances.join(u", "_s)});
    return BlameEdge{from.id,
                     to.id,
                     from.name,
                     to.name,
                     from.x,
                     from.y,
                     to.x,
                     to.y,
                     e.count,
                     stance.id,
                     stance.label,
                     stance.color,
                     stances.join(u", "_s),
                     {},
                     e.claimIds,
                     label,
                     dashPattern(stance.id),
                     attributions.join(u", "_s)};
}

QList<BlameEdge> BlameView::computeCampEdges() const
{
    QList<BlameEdge> list;
    if (!m_camps)
        return list;
    const QList<CampNode> &placed = m_campNodes;
    const auto find = [&](const CampGraph::Node &n) {
        return std::find_if(placed.cbegin(), placed.cend(), [&](const CampNode &p) { return !p.isOpen && p.id == n.id && p.isActor == n.isActor; });
    };
    const QList<CampGraph::Node> &nodes = m_camps->nodes();
    for (const CampGraph::Edge &e : m_camps->edges())
        list << campEdgeOf(*find(nodes.at(e.from)), *find(nodes.at(e.to)), e);
    return list;
}

BlameView::CampGrouping BlameView::groupCampActors(const QStringList &hidden) const
{
    CampGrouping grouping{m_campNodes, m_campEdges};
    const auto isHidden = [&](const CampNode &n) { return n.isActor && hidden.contains(n.id); };
    const auto last = std::find_if(grouping.nodes.crbegin(), grouping.nodes.crend(), isHidden);
    if (!m_camps || last == grouping.nodes.crend())
        return grouping;

    // The card takes the place after the camp's last hidden actor.
    CampNode group{groupIdOf(last->campId), {}, last->marker, last->campId, true, false, false, 0, 0, last->x, last->y, {}, {}};
    QStringList names;
    for (const CampNode &n : std::as_const(grouping.nodes)) {
        if (isHidden(n)) {
            group.members << n.id;
            names << n.name;
            group.active = group.active || n.active;
        }
    }
    //: a card for the actors of an open camp that do not fit in the view: "5 more"
    group.name = translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%Ln more"), int(group.members.size()));
    grouping.nodes.insert(grouping.nodes.size() - (last - grouping.nodes.crbegin()), group);
    grouping.nodes.removeIf(isHidden);
    const qsizetype place =
        std::find_if(grouping.nodes.cbegin(), grouping.nodes.cend(), [&](const CampNode &n) { return n.id == group.id; }) - grouping.nodes.cbegin();

    // The hidden actors' arrows, summed per pair of cards.
    QList<std::pair<QString, QString>> pairs;
    QList<QStringList> claims;
    QList<BlameEdge> edges;
    QSet<QString> made, received;
    for (const BlameEdge &e : std::as_const(grouping.edges)) {
        const QString from = hidden.contains(e.from) ? group.id : e.from, to = hidden.contains(e.to) ? group.id : e.to;
        if (from == e.from && to == e.to) {
            edges << e;
            continue;
        }
        if (const qsizetype at = pairs.indexOf(std::pair{from, to}); at >= 0) {
            claims[at] << e.claimIds;
        } else {
            pairs << std::pair{from, to};
            claims << e.claimIds;
        }
        for (const QString &id : e.claimIds) {
            if (from == group.id)
                made.insert(id);
            if (to == group.id)
                received.insert(id);
        }
    }
    group.outgoing = int(made.size());
    group.incoming = int(received.size());
    //: the card for several actors of an open camp: %1 "5 more", %2 the camp, %3 their names
    group.label = nodeLabel(
        PackText::plain(tr("%1 of %2 (%3)"), {group.name, m_camps->camps().camps().at(m_camps->camps().indexOf(group.campId)).name, names.join(u", "_s)}),
        group.outgoing,
        group.incoming);
    grouping.nodes[place] = group;

    const auto nodeOf = [&](const QString &id) {
        return *std::find_if(grouping.nodes.cbegin(), grouping.nodes.cend(), [&](const CampNode &n) { return n.id == id && !n.isOpen; });
    };
    for (qsizetype k = 0; k < pairs.size(); ++k)
        edges << campEdgeOf(nodeOf(pairs.at(k).first), nodeOf(pairs.at(k).second), m_camps->edgeOf(claims.at(k)));
    // The larger first, as campEdges().
    std::stable_sort(edges.begin(), edges.end(), [](const BlameEdge &a, const BlameEdge &b) { return a.count > b.count; });
    grouping.edges = std::move(edges);
    return grouping;
}

QStringList BlameView::claimsOfActors(const QStringList &actorIds) const
{
    return claimsWhere(false, [&](const QString &actor) { return actorIds.contains(actor); });
}

QString BlameView::openCamp() const
{
    return m_camps ? m_camps->openCamp() : QString();
}

void BlameView::setOpenCamp(const QString &campId)
{
    if (!m_camps || campId == m_camps->openCamp())
        return;
    m_camps->setOpenCamp(campId);
    updateCamps();
}

QString BlameView::headline() const
{
    return m_shownHeadline;
}

void BlameView::updateHeadline()
{
    QString text = m_headline ? m_headline->text(m_cutoff, m_subject) : QString();
    if (text == m_shownHeadline)
        return;
    m_shownHeadline = std::move(text);
    Q_EMIT headlineChanged();
}

void BlameView::setHeadlineSubject(const QString &kind, const QString &id)
{
    using Kind = BlameHeadline::Subject::Kind;
    const BlameHeadline::Subject subject = kind == u"camp"_s ? BlameHeadline::Subject{Kind::Camp, id}
        : kind == u"actor"_s || kind == u"about"_s           ? BlameHeadline::Subject{Kind::Actor, id}
                                                             : BlameHeadline::Subject{};
    if (subject.kind == m_subject.kind && subject.id == m_subject.id)
        return;
    m_subject = subject;
    updateHeadline();
}

QStringList BlameView::claimsOf(const QString &kind, const QString &id) const
{
    if (id.isEmpty())
        return {};
    const bool camp = kind == u"camp"_s;
    return claimsWhere(kind == u"about"_s,
                       [&](const QString &actor) { return camp ? m_camps && m_camps->camps().campOf(actor) == m_camps->camps().indexOf(id) : actor == id; });
}

QStringList BlameView::claimsWhere(bool about, const std::function<bool(const QString &)> &is) const
{
    QStringList ids;
    if (!m_data)
        return ids;
    QList<const Claim *> claims;
    for (const Claim &c : m_data->claims) {
        if (m_cutoff.isValid() && c.date.date > m_cutoff)
            continue;
        if ((!about && is(c.claimant)) || std::any_of(c.targets.cbegin(), c.targets.cend(), is))
            claims << &c;
    }
    std::stable_sort(claims.begin(), claims.end(), [](const Claim *a, const Claim *b) { return a->date.date < b->date.date; });
    for (const Claim *c : std::as_const(claims))
        ids << c->id;
    return ids;
}

BlameEdge BlameView::campEdge(const QString &from, const QString &to) const
{
    const auto it = std::find_if(m_campEdges.cbegin(), m_campEdges.cend(), [&](const BlameEdge &e) { return e.from == from && e.to == to; });
    return it == m_campEdges.cend() ? BlameEdge{} : *it;
}

QString BlameView::groupIdOf(const QString &campId)
{
    return campId + u"/more"_s;
}

QString BlameView::campOf(const QString &actorId) const
{
    // The card for several actors of a camp (ids cannot hold a slash).
    if (const qsizetype slash = actorId.indexOf(u'/'); slash > 0 && groupIdOf(actorId.left(slash)) == actorId)
        return m_camps && m_camps->camps().indexOf(actorId.left(slash)) >= 0 ? actorId.left(slash) : QString();
    const int camp = m_camps ? m_camps->camps().campOf(actorId) : -1;
    return camp < 0 ? QString() : m_camps->camps().camps().at(camp).id;
}

QString BlameView::nameOf(const QString &id) const
{
    if (!m_data)
        return {};
    for (const Actor &a : m_data->actors) {
        if (a.id == id)
            return a.name;
    }
    const int camp = m_camps ? m_camps->camps().indexOf(id) : -1;
    return camp < 0 ? QString() : m_camps->camps().camps().at(camp).name;
}

QString BlameView::pairHeading(const QString &claimant, const QString &target, int count) const
{
    // "" is a total: every claimant, or every target.
    const auto name = [this](const QString &id) { return id.isEmpty() ? tr("everyone") : nameOf(id); };
    return PackText::plain(translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%1 → %2: %Ln claim(s)"), count), {name(claimant), name(target)});
}
