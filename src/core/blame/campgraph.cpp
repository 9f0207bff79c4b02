// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/campgraph.h"

#include "case/labelindex.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

/// Sorts and removes repeats, so that a claim naming two actors of one node counts once.
void distinct(QList<int> &list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

} // namespace

CampGraph::CampGraph(const CaseData &data)
    : m_camps(data)
{
    QList<int> order(data.claims.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return Aggregation::dayOf(data.claims.at(a).date.date) < Aggregation::dayOf(data.claims.at(b).date.date);
    });
    m_claims.reserve(order.size());
    for (const int i : std::as_const(order)) {
        const Claim &claim = data.claims.at(i);
        m_claimIndex.insert(claim.id, int(m_claims.size()));
        m_claims << ClaimInfo{claim.id, claim.stance, claim.attribution};
    }
}

void CampGraph::setOpenCamp(const QString &campId)
{
    m_open = m_camps.indexOf(campId) >= 0 ? campId : QString();
}

void CampGraph::update(const BlameGraph &graph)
{
    const QList<BlameGraph::Node> &actors = graph.nodes();
    QList<int> nodeOfActor(actors.size(), -1);
    m_nodes.clear();
    for (const CampSet::Camp &camp : m_camps.camps()) {
        QList<int> members; // graph node indexes, in the camp's order
        for (const QString &id : camp.actors) {
            if (const int i = graph.nodeIndex(id); i >= 0)
                members << i;
        }
        if (members.isEmpty())
            continue;
        if (camp.id == m_open) {
            for (const int i : std::as_const(members)) {
                nodeOfActor[i] = int(m_nodes.size());
                m_nodes << Node{actors.at(i).actorId, actors.at(i).name, camp.marker, camp.id, true, 1};
            }
            continue;
        }
        for (const int i : std::as_const(members))
            nodeOfActor[i] = int(m_nodes.size());
        m_nodes << Node{camp.id, camp.name, camp.marker, camp.id, false, int(members.size())};
    }
    for (qsizetype i = 0; i < actors.size(); ++i) {
        if (const int node = nodeOfActor.at(i); node >= 0)
            m_nodes[node].outgoing += actors.at(i).outgoing;
    }

    // Claims per node pair and per receiving node, as positions in date order.
    QHash<quint64, int> edgeOf;
    QList<std::pair<int, int>> pairs;
    QList<QList<int>> edgeClaims;
    QList<QList<int>> received(m_nodes.size());
    for (const BlameGraph::Edge &e : graph.edges()) {
        const int fromActor = graph.nodeIndex(e.from), toActor = graph.nodeIndex(e.to);
        if (fromActor < 0 || toActor < 0)
            continue;
        const int from = nodeOfActor.at(fromActor), to = nodeOfActor.at(toActor);
        if (from < 0 || to < 0)
            continue;
        const quint64 key = (quint64(quint32(from)) << 32) | quint32(to);
        auto it = edgeOf.constFind(key);
        if (it == edgeOf.cend()) {
            it = edgeOf.insert(key, int(pairs.size()));
            pairs << std::pair{from, to};
            edgeClaims << QList<int>();
        }
        for (const QString &id : e.claimIds) {
            if (const int claim = m_claimIndex.value(id, -1); claim >= 0) {
                edgeClaims[*it] << claim;
                received[to] << claim;
            }
        }
    }
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        distinct(received[n]);
        m_nodes[n].incoming = int(received.at(n).size());
    }

    m_edges.clear();
    m_edges.reserve(pairs.size());
    for (qsizetype k = 0; k < pairs.size(); ++k) {
        Edge edge = edgeOfClaims(edgeClaims[k]);
        edge.from = pairs.at(k).first;
        edge.to = pairs.at(k).second;
        m_edges << edge;
    }
    std::sort(m_edges.begin(), m_edges.end(), [](const Edge &a, const Edge &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
}

CampGraph::Edge CampGraph::edgeOfClaims(QList<int> &claims) const
{
    distinct(claims);
    Edge edge;
    edge.count = int(claims.size());
    edge.claimIds.reserve(claims.size());
    for (const int c : std::as_const(claims)) {
        const ClaimInfo &info = m_claims.at(c);
        edge.claimIds << info.id;
        ++edge.byStance[info.stance];
        ++edge.byAttribution[info.attribution];
    }
    return edge;
}

CampGraph::Edge CampGraph::edgeOf(const QStringList &claimIds) const
{
    QList<int> claims;
    claims.reserve(claimIds.size());
    for (const QString &id : claimIds) {
        if (const int claim = m_claimIndex.value(id, -1); claim >= 0)
            claims << claim;
    }
    return edgeOfClaims(claims);
}

int CampGraph::campNode(const QString &campId) const
{
    const auto it = std::find_if(m_nodes.cbegin(), m_nodes.cend(), [&](const Node &n) { return !n.isActor && n.id == campId; });
    return it == m_nodes.cend() ? -1 : int(it - m_nodes.cbegin());
}

int CampGraph::actorNode(const QString &actorId) const
{
    const auto it = std::find_if(m_nodes.cbegin(), m_nodes.cend(), [&](const Node &n) { return n.isActor && n.id == actorId; });
    return it == m_nodes.cend() ? -1 : int(it - m_nodes.cbegin());
}

} // namespace Claimscope
