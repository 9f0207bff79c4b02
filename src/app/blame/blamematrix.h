// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blame/blamegraph.h"
#include "blame/campgraph.h"
#include "case/caselibrary.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>
#include <QQmlEngine>

#include <memory>

/// Who blamed whom as a matrix: claimants in rows, targets in columns, each
/// cell the claims up to the cutoff from the row's camp (or actor) against
/// the column's. One camp can be opened into its actors, in its row and its
/// column, while the others stay whole.
///
/// Rows and columns are the same nodes in the same order (CampGraph's), so
/// the matrix keeps its shape as the cutoff moves; the last row and the last
/// column are the totals. A total counts each claim once, so a claim that
/// names targets in two camps counts in both cells but once in its row's
/// total. headerData() names the nodes (same roles both ways).
class BlameMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Where the case comes from: the model follows the library's open case.
    Q_PROPERTY(CaseLibrary *caseLibrary READ caseLibrary WRITE setCaseLibrary NOTIFY caseLibraryChanged)
    /// Claims dated on or before it count; an invalid date counts them all.
    Q_PROPERTY(QDate cutoff READ cutoff WRITE setCutoff NOTIFY cutoffChanged)
    /// The camp opened into its actors ("" for none; an unknown id reads as "").
    Q_PROPERTY(QString expandedCamp READ expandedCamp WRITE setExpandedCamp NOTIFY expandedCampChanged)
    /// Camps (and actors of the open camp): the rows and columns before the totals.
    Q_PROPERTY(int nodeCount READ nodeCount NOTIFY nodesChanged)
    /// Claims with a target up to the cutoff, each once (the grand total).
    Q_PROPERTY(int claimCount READ claimCount NOTIFY countsChanged)
    /// The heading of the totals' row and column.
    Q_PROPERTY(QString totalHeading READ totalHeading CONSTANT)

public:
    enum Role {
        CountRole = Qt::UserRole + 1,
        StanceRole,         ///< the dominant stance ("" for an empty cell)
        StanceLabelRole,    ///< its label (VocabularyStyle)
        StanceColorRole,    ///< its colour (VocabularyStyle), "" for an empty cell
        StanceMarkerRole,   ///< its marker (VocabularyStyle): the cue that is not colour
        StancesRole,        ///< "4 blames, 1 denies"
        AccessibleTextRole, ///< the whole cell in words
        ClaimantIdRole,     ///< the row's node id ("" in the totals row)
        TargetIdRole,       ///< the column's node id ("" in the totals column)
        ClaimIdsRole,       ///< in date order
        CellKindRole,       ///< CellKind
        // Header roles (headerData), for rows and columns alike.
        NodeIdRole,     ///< camp id, or actor id for an actor of the open camp; "" for the totals
        NameRole,       ///< full name; "Total" for the totals
        KeyRole,        ///< short key shown where the name does not fit: "A", "B", … ("F1" for an actor of F)
        MarkerRole,     ///< the camp's marker shape (CampFormat::markers()), "" for the totals
        IsCampRole,     ///< a whole camp, which can be opened
        IsActorRole,    ///< an actor of the open camp
        CampNameRole,   ///< the node's camp
        HeaderTextRole, ///< the header in words, for tooltips and screen readers
    };
    Q_ENUM(Role)

    enum CellKind {
        Pair,        ///< one claimant against one target
        RowTotal,    ///< everything a claimant claimed
        ColumnTotal, ///< everything claimed against a target
        GrandTotal,
    };
    Q_ENUM(CellKind)

    explicit BlameMatrixModel(QObject *parent = nullptr);
    ~BlameMatrixModel() override;

    CaseLibrary *caseLibrary() const { return m_library; }
    void setCaseLibrary(CaseLibrary *library);
    /// Takes the case directly (tests, tools); the model copies what it needs.
    void setCase(const Claimscope::CaseData *data);

    QDate cutoff() const { return m_cutoff; }
    void setCutoff(const QDate &cutoff);
    QString expandedCamp() const;
    void setExpandedCamp(const QString &campId);
    int nodeCount() const;
    int claimCount() const;
    static QString totalHeading() { return tr("Total"); }

    /// Opens the camp of node `index`, or closes the open camp when it is one
    /// of its actors; false for the totals or an index out of range.
    Q_INVOKABLE bool toggleNode(int index);
    /// The node's id, "" for the totals.
    Q_INVOKABLE QString nodeId(int index) const;
    /// Row (and column) of a node id, -1 when not shown.
    Q_INVOKABLE int nodeIndex(const QString &id) const;
    /// Where `id` shows now: its own row, its camp's while the camp is
    /// closed, the first of its actors while it is open; -1 otherwise.
    Q_INVOKABLE int placeOf(const QString &id) const;
    /// The claims of a cell, in date order: node ids as in the cell's
    /// claimantId and targetId ("" for all, as in the totals).
    Q_INVOKABLE QStringList claimIds(const QString &claimant, const QString &target) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void caseLibraryChanged();
    void cutoffChanged();
    void expandedCampChanged();
    /// The nodes changed (another case, another open camp).
    void nodesChanged();
    void countsChanged();

private:
    struct Cell
    {
        int count = 0;
        QMap<QString, int> byStance;
        QStringList claimIds;
    };

    void loadFromLibrary();
    /// Recomputes the cells from the graphs at the cutoff.
    void recount();
    [[nodiscard]] Cell total(const QList<const QStringList *> &lists) const;
    [[nodiscard]] const Cell &cell(int row, int column) const { return m_cells.at(row * (nodeCount() + 1) + column); }
    [[nodiscard]] QString key(int index) const;
    [[nodiscard]] QString nodeName(int index) const;

    QPointer<CaseLibrary> m_library;
    QDate m_cutoff;
    QString m_wantedCamp; ///< as set: kept across cases, applied when the case has it
    std::unique_ptr<Claimscope::BlameGraph> m_graph;
    std::unique_ptr<Claimscope::CampGraph> m_camps;
    QHash<QString, QString> m_stanceOfClaim;
    QHash<QString, int> m_claimOrder; ///< claim id → position in date order
    QList<Cell> m_cells;              ///< (nodes + 1)², row-major, the totals last
    QStringList m_keys;               ///< per node
};
