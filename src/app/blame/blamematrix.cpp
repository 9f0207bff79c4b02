// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/blamematrix.h"
#include "common/localenotifier.h"

#include "case/caselibrary.h"
#include "case/labelindex.h"
#include "common/packtext.h"
#include "common/plural.h"
#include "common/vocabularystyle.h"

#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

/// "A" … "Z", then "AA", "AB", …: a spreadsheet's column letters.
QString letters(int n)
{
    QString s;
    for (++n; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

} // namespace

BlameMatrixModel::BlameMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Every cell's and header's words, in the new language.
    connect(LocaleNotifier::instance(), &LocaleNotifier::changed, this, [this] {
        const int rows = rowCount(), columns = columnCount();
        if (rows > 0 && columns > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1));
        if (rows > 0)
            Q_EMIT headerDataChanged(Qt::Vertical, 0, rows - 1);
        if (columns > 0)
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    });
}

BlameMatrixModel::~BlameMatrixModel() = default;

void BlameMatrixModel::setCaseLibrary(CaseLibrary *library)
{
    if (library == m_library)
        return;
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (library)
        connect(library, &CaseLibrary::caseChanged, this, &BlameMatrixModel::loadFromLibrary);
    Q_EMIT caseLibraryChanged();
    loadFromLibrary();
}

void BlameMatrixModel::loadFromLibrary()
{
    setCase(m_library && m_library->isLoaded() ? &m_library->caseData() : nullptr);
}

void BlameMatrixModel::setCase(const CaseData *data)
{
    const QString before = expandedCamp();
    beginResetModel();
    m_graph = data ? std::make_unique<BlameGraph>(*data) : nullptr;
    m_camps = data ? std::make_unique<CampGraph>(*data) : nullptr;
    m_stanceOfClaim.clear();
    m_claimOrder.clear();
    if (data) {
        QList<int> order(data->claims.size());
        std::iota(order.begin(), order.end(), 0);
        // The same order as the graphs' claim lists: by date, ties in case order.
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return Aggregation::dayOf(data->claims.at(a).date.date) < Aggregation::dayOf(data->claims.at(b).date.date);
        });
        for (const int i : std::as_const(order)) {
            const Claim &claim = data->claims.at(i);
            m_stanceOfClaim.insert(claim.id, claim.stance);
            m_claimOrder.insert(claim.id, int(m_claimOrder.size()));
        }
        m_graph->setCutoff(m_cutoff);
        m_camps->setOpenCamp(m_wantedCamp);
    }
    recount();
    endResetModel();
    Q_EMIT nodesChanged();
    Q_EMIT countsChanged();
    if (expandedCamp() != before)
        Q_EMIT expandedCampChanged();
}

void BlameMatrixModel::setCutoff(const QDate &cutoff)
{
    if (cutoff == m_cutoff)
        return;
    m_cutoff = cutoff;
    if (m_graph) {
        m_graph->setCutoff(cutoff);
        recount();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT countsChanged();
    }
    Q_EMIT cutoffChanged();
}

QString BlameMatrixModel::expandedCamp() const
{
    return m_camps ? m_camps->openCamp() : QString();
}

void BlameMatrixModel::setExpandedCamp(const QString &campId)
{
    if (campId == m_wantedCamp && campId == expandedCamp())
        return;
    const QString before = expandedCamp();
    m_wantedCamp = campId;
    if (m_camps) {
        beginResetModel();
        m_camps->setOpenCamp(campId);
        recount();
        endResetModel();
        Q_EMIT nodesChanged();
    }
    if (expandedCamp() != before)
        Q_EMIT expandedCampChanged();
}

int BlameMatrixModel::nodeCount() const
{
    return m_camps ? int(m_camps->nodes().size()) : 0;
}

int BlameMatrixModel::claimCount() const
{
    return m_cells.isEmpty() ? 0 : m_cells.constLast().count;
}

bool BlameMatrixModel::toggleNode(int index)
{
    if (index < 0 || index >= nodeCount())
        return false;
    const CampGraph::Node &node = m_camps->nodes().at(index);
    setExpandedCamp(node.isActor ? QString() : node.campId);
    return true;
}

QString BlameMatrixModel::nodeId(int index) const
{
    return index >= 0 && index < nodeCount() ? m_camps->nodes().at(index).id : QString();
}

int BlameMatrixModel::nodeIndex(const QString &id) const
{
    if (!m_camps || id.isEmpty())
        return -1;
    const int camp = m_camps->campNode(id);
    return camp >= 0 ? camp : m_camps->actorNode(id);
}

int BlameMatrixModel::placeOf(const QString &id) const
{
    if (const int own = nodeIndex(id); own >= 0 || !m_camps)
        return own;
    const QList<CampGraph::Node> &nodes = m_camps->nodes();
    const auto firstActor = std::find_if(nodes.cbegin(), nodes.cend(), [&](const CampGraph::Node &n) { return n.isActor && n.campId == id; });
    if (firstActor != nodes.cend())
        return int(firstActor - nodes.cbegin());
    const CampSet &camps = m_camps->camps();
    const int camp = camps.campOf(id);
    return camp < 0 ? -1 : m_camps->campNode(camps.camps().at(camp).id);
}

QStringList BlameMatrixModel::claimIds(const QString &claimant, const QString &target) const
{
    const int row = claimant.isEmpty() ? nodeCount() : nodeIndex(claimant);
    const int column = target.isEmpty() ? nodeCount() : nodeIndex(target);
    return row < 0 || column < 0 || m_cells.isEmpty() ? QStringList() : cell(row, column).claimIds;
}

void BlameMatrixModel::recount()
{
    m_cells.clear();
    m_keys.clear();
    if (!m_camps)
        return;
    m_camps->update(*m_graph);
    const int n = nodeCount();
    m_cells.resize((n + 1) * (n + 1));
    for (const CampGraph::Edge &e : m_camps->edges())
        m_cells[e.from * (n + 1) + e.to] = Cell{e.count, e.byStance, e.claimIds};
    QList<const QStringList *> all;
    for (int i = 0; i < n; ++i) {
        QList<const QStringList *> row, column;
        for (int j = 0; j < n; ++j) {
            row << &cell(i, j).claimIds;
            column << &cell(j, i).claimIds;
        }
        all << row;
        m_cells[i * (n + 1) + n] = total(row);
        m_cells[n * (n + 1) + i] = total(column);
    }
    m_cells[n * (n + 1) + n] = total(all);

    // Camps take letters in order; an open camp's actors share its letter.
    int letter = -1;
    QString lastCamp;
    int actorNumber = 0;
    for (const CampGraph::Node &node : m_camps->nodes()) {
        if (!node.isActor || node.campId != lastCamp) {
            ++letter;
            actorNumber = 0;
        }
        lastCamp = node.campId;
        m_keys << (node.isActor ? letters(letter) + QString::number(++actorNumber) : letters(letter));
    }
}

BlameMatrixModel::Cell BlameMatrixModel::total(const QList<const QStringList *> &lists) const
{
    QSet<QString> seen;
    Cell sum;
    for (const QStringList *ids : lists) {
        for (const QString &id : *ids) {
            if (!seen.contains(id)) {
                seen.insert(id);
                sum.claimIds << id;
                ++sum.byStance[m_stanceOfClaim.value(id)];
            }
        }
    }
    std::sort(sum.claimIds.begin(), sum.claimIds.end(), [&](const QString &a, const QString &b) { return m_claimOrder.value(a) < m_claimOrder.value(b); });
    sum.count = int(sum.claimIds.size());
    return sum;
}

QString BlameMatrixModel::nodeName(int index) const
{
    return index < nodeCount() ? m_camps->nodes().at(index).name : QString();
}

int BlameMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_camps ? 0 : nodeCount() + 1;
}

int BlameMatrixModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

QVariant BlameMatrixModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const int n = nodeCount();
    const int row = index.row(), column = index.column();
    const Cell &c = cell(row, column);
    const CellKind kind = row < n ? (column < n ? Pair : RowTotal) : (column < n ? ColumnTotal : GrandTotal);
    const QString dominant = BlameGraph::dominantStance(c.byStance);
    switch (role) {
    case Qt::DisplayRole:
    case CountRole: return c.count;
    case StanceRole: return dominant;
    case StanceLabelRole: return dominant.isEmpty() ? QString() : VocabularyStyle::label(VocabularyStyle::Kind::Stance, dominant);
    case StanceColorRole: return dominant.isEmpty() ? QString() : VocabularyStyle::color(VocabularyStyle::Kind::Stance, dominant);
    case StanceMarkerRole: return dominant.isEmpty() ? QString() : VocabularyStyle::entry(VocabularyStyle::Kind::Stance, dominant).marker;
    case StancesRole:
    case Qt::AccessibleTextRole:
    case AccessibleTextRole: {
        QStringList stances;
        for (const VocabularyEntry &s : VocabularyStyle::stances()) {
            if (const int count = c.byStance.value(s.id))
                stances << u"%1 %2"_s.arg(count).arg(s.label);
        }
        if (role == StancesRole)
            return stances.join(u", "_s);
        const QString from = nodeName(row), to = nodeName(column);
        const QString claims = c.count == 0
            ? tr("no claims")
            : translateCount("BlameMatrixModel", QT_TRANSLATE_N_NOOP("BlameMatrixModel", "%Ln claim(s), %1"), c.count).arg(stances.join(u", "_s));
        switch (kind) {
        case Pair: return PackText::plain(tr("%1 → %2: %3"), {from, to, claims});
        case RowTotal: return PackText::plain(tr("%1 → all targets: %2"), {from, claims});
        case ColumnTotal: return PackText::plain(tr("All claimants → %1: %2"), {to, claims});
        case GrandTotal: return tr("All claimants → all targets: %1").arg(claims);
        }
        return {};
    }
    case ClaimantIdRole: return nodeId(row);
    case TargetIdRole: return nodeId(column);
    case ClaimIdsRole: return c.claimIds;
    case CellKindRole: return int(kind);
    }
    return {};
}

QVariant BlameMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    Q_UNUSED(orientation) // rows and columns are the same nodes
    const int n = nodeCount();
    if (section < 0 || section > n)
        return {};
    if (section == n) {
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
        case KeyRole:
        case HeaderTextRole: return totalHeading();
        case IsCampRole:
        case IsActorRole: return false;
        case NodeIdRole:
        case MarkerRole:
        case CampNameRole: return QString();
        }
        return {};
    }
    const CampGraph::Node &node = m_camps->nodes().at(section);
    const CampSet &camps = m_camps->camps();
    const QString campName = camps.camps().value(camps.indexOf(node.campId)).name;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return node.name;
    case KeyRole: return m_keys.value(section);
    case MarkerRole: return node.marker;
    case IsCampRole: return !node.isActor;
    case IsActorRole: return node.isActor;
    case NodeIdRole: return node.id;
    case CampNameRole: return campName;
    case HeaderTextRole:
        return node.isActor
            ? PackText::plain(tr("%1: %2, of %3"), {m_keys.value(section), node.name, campName})
            : PackText::plain(translateCount("BlameMatrixModel", QT_TRANSLATE_N_NOOP("BlameMatrixModel", "%1: %2, a camp of %Ln actor(s)"), node.actors),
                              {m_keys.value(section), node.name});
    }
    return {};
}

QHash<int, QByteArray> BlameMatrixModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {CountRole, "count"},
            {StanceRole, "stance"},
            {StanceLabelRole, "stanceLabel"},
            {StanceColorRole, "stanceColor"},
            {StanceMarkerRole, "stanceMarker"},
            {StancesRole, "stances"},
            {AccessibleTextRole, "accessibleText"},
            {ClaimantIdRole, "claimantId"},
            {TargetIdRole, "targetId"},
            {ClaimIdsRole, "claimIds"},
            {CellKindRole, "cellKind"},
            {NodeIdRole, "nodeId"},
            {NameRole, "name"},
            {KeyRole, "key"},
            {MarkerRole, "marker"},
            {IsCampRole, "isCamp"},
            {IsActorRole, "isActor"},
            {CampNameRole, "campName"},
            {HeaderTextRole, "headerText"}};
}
