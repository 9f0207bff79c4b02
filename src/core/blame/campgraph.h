// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blame/blamegraph.h"
#include "blame/campset.h"

namespace Claimscope {

/// Who blamed whom between camps: a BlameGraph's actor edges summed into one
/// edge per direction between camps, at the graph's cutoff. One camp can be
/// opened into its actors while the others stay whole.
///
/// Nodes are the camps with an actor that takes part in any claim of the
/// case, in CampSet's order, so they do not come and go as the cutoff
/// moves. An open camp is replaced, in its place, by those of its actors.
/// A claim counts once per edge even when it names several actors of one
/// camp. Claims between actors of one camp make an edge from the camp to
/// itself (a denial by one part of a government about another, say).
class CampGraph
{
public:
    struct Node
    {
        QString id;     ///< camp id; actor id for an actor of the open camp
        QString name;   ///< camp or actor name
        QString marker; ///< the camp's marker (an open camp's actors carry it too)
        QString campId; ///< the camp of the node: its own id for a camp
        bool isActor = false;
        int actors = 0;   ///< actors of the node that take part in any claim of the case (1 for an actor)
        int outgoing = 0; ///< claims made by the node's actors up to the cutoff
        int incoming = 0; ///< claims aimed at one or more of the node's actors up to the cutoff, each once
        [[nodiscard]] bool active() const { return outgoing + incoming > 0; }
    };

    struct Edge
    {
        int from = -1, to = -1;           ///< indexes in nodes()
        int count = 0;                    ///< claims, each counted once
        QMap<QString, int> byStance;      ///< stance → claims
        QMap<QString, int> byAttribution; ///< attribution → claims
        QStringList claimIds;             ///< in date order (ties: case order)
        /// The most frequent stance, ties by Vocabulary::stances().
        [[nodiscard]] QString dominantStance() const { return BlameGraph::dominantStance(byStance); }
    };

    explicit CampGraph(const CaseData &data);

    [[nodiscard]] const CampSet &camps() const { return m_camps; }

    /// Opens one camp into its actors ("" or an unknown id: none). Takes
    /// effect at the next update().
    void setOpenCamp(const QString &campId);
    [[nodiscard]] QString openCamp() const { return m_open; }

    /// Aggregates `graph` as it stands at its cutoff. The graph must come
    /// from the same case.
    void update(const BlameGraph &graph);

    [[nodiscard]] const QList<Node> &nodes() const { return m_nodes; }
    /// Sorted by count (descending), then by the nodes' order (from, then to).
    [[nodiscard]] const QList<Edge> &edges() const { return m_edges; }
    /// Index in nodes() of a camp, or -1 (also for the open camp).
    [[nodiscard]] int campNode(const QString &campId) const;
    /// Index in nodes() of an actor of the open camp, or -1.
    [[nodiscard]] int actorNode(const QString &actorId) const;
    /// An edge (from and to unset) made of the claims `claimIds`, each
    /// counted once, in date order; ids not in the case are left out. For
    /// views that draw several nodes as one and sum their edges.
    [[nodiscard]] Edge edgeOf(const QStringList &claimIds) const;

private:
    struct ClaimInfo
    {
        QString id, stance, attribution;
    };

    /// An edge of the claims at these positions in m_claims (sorted and made distinct first).
    [[nodiscard]] Edge edgeOfClaims(QList<int> &claims) const;

    CampSet m_camps;
    QString m_open;
    QList<ClaimInfo> m_claims;        ///< in date order, ties in case order
    QHash<QString, int> m_claimIndex; ///< claim id → index in m_claims
    QList<Node> m_nodes;
    QList<Edge> m_edges;
};

} // namespace Claimscope
