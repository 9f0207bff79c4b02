// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blame/blameedge.h"
#include "blame/blamegraph.h"
#include "blame/blameheadline.h"
#include "blame/campgraph.h"
#include "blame/campnode.h"

#include <QAbstractBarSeries>
#include <QAbstractListModel>
#include <QBarCategoryAxis>
#include <QDate>
#include <QQmlEngine>
#include <QValueAxis>

#include <functional>
#include <memory>

/// The actors of the blame graph: positions stay put, counts follow the cutoff.
class BlameNodeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by BlameView")

public:
    enum Role {
        ActorIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        XRole,         ///< 0..1
        YRole,         ///< 0..1
        ActiveRole,    ///< takes part in a claim up to the cutoff
        OutgoingRole,  ///< claims made
        IncomingRole,  ///< claims received
        ProminentRole, ///< among the most involved actors at the cutoff: labelled in the network
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    void setGraph(const Claimscope::BlameGraph *graph);
    void countsChanged();
    static constexpr int ProminentActors = 12;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rankNodes();

    const Claimscope::BlameGraph *m_graph = nullptr;
    QList<bool> m_prominent;
};

/// Who blamed whom up to a date, for the blame page: graph nodes and edges,
/// and the stacked bar chart's data (VocabularyStyle has the legends).
class BlameView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CaseLibrary")
    Q_PROPERTY(QDate cutoff READ cutoff WRITE setCutoff NOTIFY cutoffChanged)
    Q_PROPERTY(QDate firstDate READ firstDate NOTIFY caseChanged)
    Q_PROPERTY(QDate lastDate READ lastDate NOTIFY caseChanged)
    Q_PROPERTY(int dayIndex READ dayIndex WRITE setDayIndex NOTIFY cutoffChanged)
    Q_PROPERTY(int dayCount READ dayCount NOTIFY caseChanged)
    Q_PROPERTY(QString cutoffText READ cutoffText NOTIFY cutoffChanged)
    /// Days (from firstDate) on which a claim was made.
    Q_PROPERTY(QList<int> claimDays READ claimDays NOTIFY caseChanged)
    Q_PROPERTY(BlameNodeModel *nodes READ nodes CONSTANT)
    Q_PROPERTY(QList<BlameEdge> edges READ edges NOTIFY edgesChanged)
    Q_PROPERTY(int claimCount READ claimCount NOTIFY cutoffChanged)
    Q_PROPERTY(QString claimCountText READ claimCountText NOTIFY cutoffChanged)
    /// The camps view: camps on a ring in the case's order, one arrow per direction.
    Q_PROPERTY(QList<CampNode> campNodes READ campNodes NOTIFY campsChanged)
    Q_PROPERTY(QList<BlameEdge> campEdges READ campEdges NOTIFY campsChanged)
    /// The camp opened into its actors ("" for none).
    Q_PROPERTY(QString openCamp READ openCamp WRITE setOpenCamp NOTIFY campsChanged)
    /// One sentence on who had been blamed by the cutoff (BlameHeadline), about the headline subject.
    Q_PROPERTY(QString headline READ headline NOTIFY headlineChanged)

public:
    explicit BlameView(QObject *parent = nullptr);
    ~BlameView() override;

    void setCase(const Claimscope::CaseData *data);

    QDate cutoff() const { return m_cutoff; }
    void setCutoff(const QDate &cutoff);
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    int dayIndex() const;
    void setDayIndex(int index);
    int dayCount() const;
    QString cutoffText() const;
    QList<int> claimDays() const;
    /// Moves the cutoff to the next/previous day on which a claim was made.
    Q_INVOKABLE bool stepToNextClaimDay();
    Q_INVOKABLE bool stepToPreviousClaimDay();
    BlameNodeModel *nodes() { return &m_nodes; }
    /// Sent only when an edge changes, so views of the edges are not rebuilt every day.
    QList<BlameEdge> edges() const { return m_edges; }
    int claimCount() const;
    /// "29 claims by this date".
    QString claimCountText() const;
    /// "3 claims selected".
    Q_INVOKABLE static QString selectedText(int count);

    /// Kept from the last change: while the timeline plays, most days add no
    /// claim, and the view must not be rebuilt for them (campsChanged is not sent).
    QList<CampNode> campNodes() const { return m_campNodes; }
    QList<BlameEdge> campEdges() const { return m_campEdges; }
    QString openCamp() const;
    void setOpenCamp(const QString &campId);
    QString headline() const;
    /// Whom the headline speaks of: kind "camp", "actor" or "about" (an
    /// actor) and its id; anything else: the most blamed.
    Q_INVOKABLE void setHeadlineSubject(const QString &kind, const QString &id);
    /// The claims made or received up to the cutoff by a camp or an actor
    /// (kind "camp" or "actor"), or made about an actor (kind "about"), in date order.
    Q_INVOKABLE QStringList claimsOf(const QString &kind, const QString &id) const;
    /// The camps view with the actors `hidden` of the open camp drawn as one
    /// card ("5 more"), after the others: campNodes() without them and with
    /// that card, and campEdges() with their arrows summed (a claim counted once).
    struct CampGrouping
    {
        QList<CampNode> nodes;
        QList<BlameEdge> edges;
    };
    [[nodiscard]] CampGrouping groupCampActors(const QStringList &hidden) const;
    /// The claims made or received by any of these actors up to the cutoff, in date order.
    Q_INVOKABLE QStringList claimsOfActors(const QStringList &actorIds) const;
    /// The arrow from one camp to another up to the cutoff; one with an empty `from` when there is none.
    Q_INVOKABLE BlameEdge campEdge(const QString &from, const QString &to) const;
    /// The camp of an actor, or of the card for several of a camp's actors
    /// (groupCampActors()); "" when it has none.
    Q_INVOKABLE QString campOf(const QString &actorId) const;
    /// The id of the card for several actors of a camp.
    static QString groupIdOf(const QString &campId);
    /// The actor or camp named by an id, for headings ("" when unknown).
    Q_INVOKABLE QString nameOf(const QString &id) const;
    /// "Officials → Hackers: 5 claims", for the claims of a pair
    /// of camps or actors; an empty id reads as "everyone" (a total).
    Q_INVOKABLE QString pairHeading(const QString &claimant, const QString &target, int count) const;

    /// Where the camp in place `slot` of `count` sits: on a ring of rows
    /// (top row left to right, right side down, bottom row right to left,
    /// left side up), 0..1 across and down.
    static QPointF campSlot(int slot, int count);
    /// Where actor `index` of `count` of an open camp sits inside the ring, 0..1.
    static QPointF actorCell(int index, int count);
    /// The dash pattern (in stroke widths) that marks a stance besides its colour; empty: solid.
    Q_INVOKABLE static QList<qreal> dashPattern(const QString &stance);

    /// Fills a horizontal stacked bar chart: one bar per claimant → target
    /// pair (the `limit` largest), stacked by evidence offered.
    Q_INVOKABLE void fillEvidenceChart(QAbstractBarSeries *series, QBarCategoryAxis *categories, QValueAxis *values, int limit = 10) const;

Q_SIGNALS:
    void cutoffChanged();
    void caseChanged();
    void campsChanged();
    void edgesChanged();
    void headlineChanged();

private:
    const Claimscope::CaseData *m_data = nullptr;
    void updateCamps();

    std::unique_ptr<Claimscope::BlameGraph> m_graph;
    std::unique_ptr<Claimscope::CampGraph> m_camps;
    std::unique_ptr<Claimscope::BlameHeadline> m_headline;
    Claimscope::BlameHeadline::Subject m_subject;
    QList<CampNode> m_campNodes;
    QList<BlameEdge> m_campEdges;
    QList<BlameEdge> m_edges;
    QString m_shownHeadline;
    [[nodiscard]] QList<CampNode> computeCampNodes() const;
    [[nodiscard]] QList<BlameEdge> computeCampEdges() const;
    /// The claims up to the cutoff made by (unless `about`) or aimed at an actor for which `is` holds, in date order.
    [[nodiscard]] QStringList claimsWhere(bool about, const std::function<bool(const QString &)> &is) const;
    /// An arrow of the camps view between two of its nodes.
    [[nodiscard]] static BlameEdge campEdgeOf(const CampNode &from, const CampNode &to, const Claimscope::CampGraph::Edge &edge);
    [[nodiscard]] QList<BlameEdge> computeEdges() const;
    void updateEdges();
    /// Sends headlineChanged only when the sentence changed.
    void updateHeadline();
    /// The lists and sentences written again after a change of language.
    void refreshTexts();
    BlameNodeModel m_nodes;
    QDate m_cutoff, m_first, m_last;
};
