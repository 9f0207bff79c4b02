// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <QHash>
#include <QMap>
#include <QPointF>

namespace Claimscope {

/// Who blamed whom: actors as nodes, claimant → target edges aggregated from
/// the claims made on or before a cutoff date.
///
/// Node positions are computed once per case from every actor that ever
/// takes part in a claim, so they do not move as the cutoff moves.
///
/// The graph copies what it needs from the case: it does not keep a
/// reference to the CaseData it was built from.
class BlameGraph
{
public:
    struct Node
    {
        QString actorId;
        QString name;
        QString kind;
        QString country;
        QPointF position; ///< in the unit square [0,1]² (y grows downwards), stable for a case
        int outgoing = 0; ///< claims this actor made (up to the cutoff)
        int incoming = 0; ///< claims aimed at this actor (up to the cutoff)
        [[nodiscard]] bool active() const { return outgoing + incoming > 0; }
    };

    struct Edge
    {
        QString from; ///< claimant actor id
        QString to;   ///< target actor id
        int count = 0;
        QMap<QString, int> byStance;   ///< stance → claims
        QMap<QString, int> byEvidence; ///< evidence level → claims
        QStringList claimIds;          ///< in date order
        /// The most frequent stance; ties go to the stance listed first in
        /// Vocabulary::stances().
        [[nodiscard]] QString dominantStance() const;
    };

    /// The most frequent stance of `byStance` (stance → claims), ties by
    /// Vocabulary::stances(); "" when empty.
    [[nodiscard]] static QString dominantStance(const QMap<QString, int> &byStance);

    explicit BlameGraph(const CaseData &data);

    /// Recomputes the edges and node counts for claims dated on or before
    /// `cutoff` (an invalid date means: all claims). Claims with no target
    /// make no edge. A claim with an approximate date counts from its date.
    void setCutoff(const QDate &cutoff);
    [[nodiscard]] QDate cutoff() const { return m_cutoff; }

    /// Every actor that takes part in any claim of the case, in a stable order:
    /// grouped by country (countries involved in the most claims first, ties by
    /// country code; unknown country "" last), then by kind (in the order of
    /// Vocabulary::actorKinds()), then by name. They sit evenly spaced on an
    /// ellipse centred on (0.5, 0.5) with radii 0.42 × 0.40, the first at the
    /// top (12 o'clock), going clockwise.
    [[nodiscard]] const QList<Node> &nodes() const { return m_nodes; }
    /// Edges up to the cutoff, sorted by count (descending), then from, then to.
    [[nodiscard]] const QList<Edge> &edges() const { return m_edges; }
    /// Index of the actor's node in nodes(), or -1.
    [[nodiscard]] int nodeIndex(const QString &actorId) const;

private:
    /// One possible edge (claimant → target) over the whole case.
    struct Link
    {
        int from = 0, to = 0; ///< node indexes
        QList<int> claims;    ///< positions in m_claimOrder, ascending
    };

    void layout(const CaseData &data);
    void prepareClaims(const CaseData &data);
    [[nodiscard]] Edge buildEdge(int link, int count) const;

    QDate m_cutoff;
    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QHash<QString, int> m_nodeIndex;

    // Claims in date order (ties: case order), flattened to integers so that
    // setCutoff() is one pass without string lookups.
    QList<int> m_claimOrder;     ///< claim indexes sorted by date
    QList<qint64> m_claimDay;    ///< Julian day per position; invalid dates last
    QList<int> m_claimant;       ///< node index per position
    QList<int> m_claimLinkStart; ///< per position, first entry in m_claimLinks (size + 1 entries)
    QList<int> m_claimLinks;     ///< link indexes, one per distinct target of each claim
    QStringList m_claimIds;      ///< per position
    QList<int> m_claimStance;    ///< index into m_stanceLabels, per position
    QList<int> m_claimEvidence;  ///< index into m_evidenceLabels, per position
    QStringList m_stanceLabels, m_evidenceLabels;

    QList<Link> m_links;         ///< sorted by (from id, to id), so the index breaks count ties
    QList<int> m_linkCount;      ///< scratch: claims per link at the cutoff
    QList<Edge> m_edgeCache;     ///< per link, the Edge last built for it...
    QList<int> m_edgeCacheCount; ///< ...and its count (an edge is determined by its count)
};

} // namespace Claimscope
