// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/blamegraph.h"

#include "case/labelindex.h"
#include "case/vocabulary.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

constexpr double CentreX = 0.5;
constexpr double CentreY = 0.5;
constexpr double RadiusX = 0.42;
constexpr double RadiusY = 0.40;

using namespace Aggregation;

} // namespace

QString BlameGraph::Edge::dominantStance() const
{
    return BlameGraph::dominantStance(byStance);
}

QString BlameGraph::dominantStance(const QMap<QString, int> &byStance)
{
    static const QStringList order = Vocabulary::stances();
    QString best;
    int bestCount = 0;
    for (const QString &stance : order) {
        if (const int n = byStance.value(stance); n > bestCount) {
            best = stance;
            bestCount = n;
        }
    }
    // Stances outside the vocabulary (an unvalidated case) come after it.
    for (auto it = byStance.cbegin(); it != byStance.cend(); ++it) {
        if (it.value() > bestCount && !order.contains(it.key())) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

BlameGraph::BlameGraph(const CaseData &data)
{
    layout(data);
    prepareClaims(data);
    setCutoff(QDate());
}

void BlameGraph::layout(const CaseData &data)
{
    QHash<QString, qsizetype> actorById;
    for (qsizetype i = 0; i < data.actors.size(); ++i)
        actorById.insert(data.actors.at(i).id, i);

    // Every actor taking part in a claim, with what the case says about it.
    QHash<QString, int> seen;
    auto add = [&](const QString &id) {
        if (id.isEmpty() || seen.contains(id))
            return;
        seen.insert(id, int(m_nodes.size()));
        Node node;
        node.actorId = id;
        node.name = id;
        if (const auto it = actorById.constFind(id); it != actorById.cend()) {
            const Actor &actor = data.actors.at(*it);
            node.name = actor.name;
            node.kind = actor.kind;
            node.country = actor.country;
        }
        m_nodes << node;
    };
    for (const Claim &claim : data.claims) {
        add(claim.claimant);
        for (const QString &target : claim.targets)
            add(target);
    }

    // How many claims involve each country's actors (a claim counts once per country).
    QHash<QString, int> claimsPerCountry;
    for (const Claim &claim : data.claims) {
        QSet<QString> countries;
        if (const int i = seen.value(claim.claimant, -1); i >= 0)
            countries.insert(m_nodes.at(i).country);
        for (const QString &target : claim.targets) {
            if (const int i = seen.value(target, -1); i >= 0)
                countries.insert(m_nodes.at(i).country);
        }
        for (const QString &country : std::as_const(countries))
            ++claimsPerCountry[country];
    }

    struct Key
    {
        bool unknownCountry;
        int countryClaims;
        qsizetype kindRank;
    };
    const QStringList kinds = Vocabulary::actorKinds();
    QList<Key> keys;
    keys.reserve(m_nodes.size());
    for (const Node &node : std::as_const(m_nodes)) {
        const qsizetype kind = kinds.indexOf(node.kind);
        keys << Key{node.country.isEmpty(), claimsPerCountry.value(node.country), kind < 0 ? kinds.size() : kind};
    }
    QList<qsizetype> order(m_nodes.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const Key &ka = keys.at(a), &kb = keys.at(b);
        const Node &na = m_nodes.at(a), &nb = m_nodes.at(b);
        if (ka.unknownCountry != kb.unknownCountry)
            return kb.unknownCountry;
        if (ka.countryClaims != kb.countryClaims)
            return ka.countryClaims > kb.countryClaims;
        if (na.country != nb.country)
            return na.country < nb.country;
        if (ka.kindRank != kb.kindRank)
            return ka.kindRank < kb.kindRank;
        if (na.kind != nb.kind)
            return na.kind < nb.kind;
        if (const int byName = na.name.compare(nb.name, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        if (na.name != nb.name)
            return na.name < nb.name;
        return na.actorId < nb.actorId;
    });

    QList<Node> sorted;
    sorted.reserve(m_nodes.size());
    const double step = m_nodes.isEmpty() ? 0.0 : 2.0 * std::numbers::pi / double(m_nodes.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        Node node = m_nodes.at(order.at(i));
        // Clockwise from 12 o'clock, with y growing downwards as on screen.
        const double angle = step * double(i);
        node.position = QPointF(CentreX + RadiusX * std::sin(angle), CentreY - RadiusY * std::cos(angle));
        m_nodeIndex.insert(node.actorId, int(i));
        sorted << node;
    }
    m_nodes = sorted;
}

void BlameGraph::prepareClaims(const CaseData &data)
{
    const qsizetype claimCount = data.claims.size();
    m_claimOrder.resize(claimCount);
    std::iota(m_claimOrder.begin(), m_claimOrder.end(), 0);
    std::stable_sort(
        m_claimOrder.begin(), m_claimOrder.end(), [&](int a, int b) { return dayOf(data.claims.at(a).date.date) < dayOf(data.claims.at(b).date.date); });

    m_stanceLabels = Vocabulary::stances();
    m_evidenceLabels = Vocabulary::evidenceLevels();
    QHash<QString, int> stanceIndex = indexOf(m_stanceLabels);
    QHash<QString, int> evidenceIndex = indexOf(m_evidenceLabels);

    QHash<quint64, int> linkIndex; // (from << 32 | to) → index in m_links
    m_claimDay.reserve(claimCount);
    m_claimant.reserve(claimCount);
    m_claimLinkStart.reserve(claimCount + 1);
    m_claimIds.reserve(claimCount);
    m_claimStance.reserve(claimCount);
    m_claimEvidence.reserve(claimCount);
    for (qsizetype pos = 0; pos < claimCount; ++pos) {
        const Claim &claim = data.claims.at(m_claimOrder.at(pos));
        const int from = nodeIndex(claim.claimant);
        m_claimDay << dayOf(claim.date.date);
        m_claimant << from;
        m_claimIds << claim.id;
        m_claimStance << intern(m_stanceLabels, stanceIndex, claim.stance);
        m_claimEvidence << intern(m_evidenceLabels, evidenceIndex, claim.evidence);
        const qsizetype first = m_claimLinks.size();
        m_claimLinkStart << int(first);
        if (from < 0)
            continue;
        for (const QString &target : claim.targets) {
            const int to = nodeIndex(target);
            if (to < 0)
                continue;
            const quint64 key = (quint64(quint32(from)) << 32) | quint32(to);
            auto it = linkIndex.constFind(key);
            if (it == linkIndex.cend()) {
                it = linkIndex.insert(key, int(m_links.size()));
                m_links << Link{from, to, {}};
            }
            const int link = *it;
            // A target listed twice in one claim still makes one claim.
            if (std::find(m_claimLinks.cbegin() + first, m_claimLinks.cend(), link) != m_claimLinks.cend())
                continue;
            m_links[link].claims << int(pos);
            m_claimLinks << link;
        }
    }
    m_claimLinkStart << int(m_claimLinks.size());

    // Number the links by (from id, to id), so sorting edges needs no string compare.
    QList<int> byIds(m_links.size());
    std::iota(byIds.begin(), byIds.end(), 0);
    std::sort(byIds.begin(), byIds.end(), [&](int a, int b) {
        const Node &fa = m_nodes.at(m_links.at(a).from), &fb = m_nodes.at(m_links.at(b).from);
        if (fa.actorId != fb.actorId)
            return fa.actorId < fb.actorId;
        return m_nodes.at(m_links.at(a).to).actorId < m_nodes.at(m_links.at(b).to).actorId;
    });
    QList<int> rank(m_links.size());
    QList<Link> links;
    links.reserve(m_links.size());
    for (qsizetype r = 0; r < byIds.size(); ++r) {
        rank[byIds.at(r)] = int(r);
        links << m_links.at(byIds.at(r));
    }
    m_links = links;
    for (int &link : m_claimLinks)
        link = rank.at(link);

    m_linkCount.fill(0, m_links.size());
    m_edgeCache.resize(m_links.size());
    m_edgeCacheCount.fill(-1, m_links.size());
}

BlameGraph::Edge BlameGraph::buildEdge(int link, int count) const
{
    const Link &l = m_links.at(link);
    Edge edge;
    edge.from = m_nodes.at(l.from).actorId;
    edge.to = m_nodes.at(l.to).actorId;
    edge.count = count;
    QList<int> stances(m_stanceLabels.size(), 0);
    QList<int> evidence(m_evidenceLabels.size(), 0);
    edge.claimIds.reserve(count);
    for (qsizetype k = 0; k < count; ++k) {
        const int pos = l.claims.at(k);
        ++stances[m_claimStance.at(pos)];
        ++evidence[m_claimEvidence.at(pos)];
        edge.claimIds << m_claimIds.at(pos);
    }
    for (qsizetype i = 0; i < stances.size(); ++i) {
        if (stances.at(i) > 0)
            edge.byStance.insert(m_stanceLabels.at(i), stances.at(i));
    }
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        if (evidence.at(i) > 0)
            edge.byEvidence.insert(m_evidenceLabels.at(i), evidence.at(i));
    }
    return edge;
}

void BlameGraph::setCutoff(const QDate &cutoff)
{
    m_cutoff = cutoff;
    const qsizetype end =
        cutoff.isValid() ? std::upper_bound(m_claimDay.cbegin(), m_claimDay.cend(), cutoff.toJulianDay()) - m_claimDay.cbegin() : m_claimDay.size();

    // Claims are in date order, so the claims up to the cutoff are a prefix.
    const QList<Link> &links = m_links;
    std::fill(m_linkCount.begin(), m_linkCount.end(), 0);
    QList<int> outgoing(m_nodes.size(), 0);
    QList<int> incoming(m_nodes.size(), 0);
    for (qsizetype pos = 0; pos < end; ++pos) {
        if (const int from = m_claimant.at(pos); from >= 0)
            ++outgoing[from];
        for (int k = m_claimLinkStart.at(pos), last = m_claimLinkStart.at(pos + 1); k < last; ++k) {
            const int link = m_claimLinks.at(k);
            ++m_linkCount[link];
            ++incoming[links.at(link).to];
        }
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const Node &node = std::as_const(m_nodes).at(i);
        if (node.outgoing != outgoing.at(i) || node.incoming != incoming.at(i)) {
            m_nodes[i].outgoing = outgoing.at(i);
            m_nodes[i].incoming = incoming.at(i);
        }
    }

    QList<int> active;
    for (qsizetype link = 0; link < m_linkCount.size(); ++link) {
        if (m_linkCount.at(link) > 0)
            active << int(link);
    }
    std::sort(active.begin(), active.end(), [&](int a, int b) {
        const int ca = m_linkCount.at(a), cb = m_linkCount.at(b);
        return ca != cb ? ca > cb : a < b;
    });

    // Claims join a link in date order too, so an edge is fully determined by
    // its count: rebuild only the edges whose count changed.
    m_edges.clear();
    m_edges.reserve(active.size());
    for (const int link : std::as_const(active)) {
        const int count = m_linkCount.at(link);
        if (m_edgeCacheCount.at(link) != count) {
            m_edgeCache[link] = buildEdge(link, count);
            m_edgeCacheCount[link] = count;
        }
        m_edges << m_edgeCache.at(link);
    }
}

int BlameGraph::nodeIndex(const QString &actorId) const
{
    return m_nodeIndex.value(actorId, -1);
}

} // namespace Claimscope
