// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/blameview.h"
#include "case/vocabulary.h"
#include "common/datetext.h"
#include "common/localenotifier.h"
#include "common/packtext.h"
#include "common/plural.h"
#include "common/vocabularystyle.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace Claimscope;

// ---------------------------------------------------------------- nodes

void BlameNodeModel::setGraph(const BlameGraph *graph)
{
    beginResetModel();
    m_graph = graph;
    rankNodes();
    endResetModel();
}

void BlameNodeModel::rankNodes()
{
    m_prominent.clear();
    if (!m_graph)
        return;
    const auto &nodes = m_graph->nodes();
    QList<int> involvement;
    for (const BlameGraph::Node &n : nodes)
        involvement << n.outgoing + n.incoming;
    QList<int> sorted = involvement;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    const int threshold = std::max(1, sorted.value(ProminentActors - 1, 1));
    for (const int n : std::as_const(involvement))
        m_prominent << (n >= threshold);
}

void BlameNodeModel::countsChanged()
{
    rankNodes();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ActiveRole, OutgoingRole, IncomingRole, ProminentRole});
}

int BlameNodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_graph ? 0 : static_cast<int>(m_graph->nodes().size());
}

QVariant BlameNodeModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const BlameGraph::Node &n = m_graph->nodes().at(index.row());
    switch (static_cast<Role>(role)) {
    case ActorIdRole: return n.actorId;
    case NameRole: return n.name;
    case KindRole: return n.kind;
    case XRole: return n.position.x();
    case YRole: return n.position.y();
    case ActiveRole: return n.active();
    case OutgoingRole: return n.outgoing;
    case IncomingRole: return n.incoming;
    case ProminentRole: return m_prominent.value(index.row());
    }
    return {};
}

QHash<int, QByteArray> BlameNodeModel::roleNames() const
{
    return {{ActorIdRole, "actorId"},
            {NameRole, "name"},
            {KindRole, "kind"},
            {XRole, "nodeX"},
            {YRole, "nodeY"},
            {ActiveRole, "active"},
            {OutgoingRole, "outgoing"},
            {IncomingRole, "incoming"},
            {ProminentRole, "prominent"}};
}

// ---------------------------------------------------------------- view

BlameView::BlameView(QObject *parent)
    : QObject(parent)
{
    connect(LocaleNotifier::instance(), &LocaleNotifier::changed, this, &BlameView::refreshTexts);
}

void BlameView::refreshTexts()
{
    // Every name, count and date these lists and sentences carry is written again in the new language.
    if (!m_graph)
        return;
    m_edges = computeEdges();
    Q_EMIT edgesChanged();
    m_campNodes = computeCampNodes();
    m_campEdges = computeCampEdges();
    Q_EMIT campsChanged();
    m_shownHeadline.clear();
    updateHeadline();
    Q_EMIT cutoffChanged();
}

BlameView::~BlameView() = default;

void BlameView::setCase(const CaseData *data)
{
    m_data = data;
    m_graph = data ? std::make_unique<BlameGraph>(*data) : nullptr;
    m_first = m_last = QDate();
    if (data) {
        for (const Claim &c : data->claims) {
            if (!m_first.isValid() || c.date.date < m_first)
                m_first = c.date.date;
            if (!m_last.isValid() || c.date.date > m_last)
                m_last = c.date.date;
        }
    }
    m_cutoff = m_last;
    if (m_graph)
        m_graph->setCutoff(m_cutoff);
    m_nodes.setGraph(m_graph.get());
    m_camps = data ? std::make_unique<CampGraph>(*data) : nullptr;
    m_headline = data ? std::make_unique<BlameHeadline>(*data) : nullptr;
    m_subject = {};
    updateEdges();
    updateCamps();
    Q_EMIT caseChanged();
    Q_EMIT cutoffChanged();
}

void BlameView::updateEdges()
{
    if (QList<BlameEdge> edges = computeEdges(); edges != m_edges) {
        m_edges = std::move(edges);
        Q_EMIT edgesChanged();
    }
}

void BlameView::updateCamps()
{
    if (m_camps && m_graph)
        m_camps->update(*m_graph);
    QList<CampNode> nodes = computeCampNodes();
    if (nodes != m_campNodes) {
        m_campNodes = std::move(nodes);
        m_campEdges = computeCampEdges();
        Q_EMIT campsChanged();
    } else if (QList<BlameEdge> edges = computeCampEdges(); edges != m_campEdges) {
        m_campEdges = std::move(edges);
        Q_EMIT campsChanged();
    }
    updateHeadline();
}

void BlameView::setCutoff(const QDate &cutoff)
{
    if (cutoff == m_cutoff || !m_graph)
        return;
    m_cutoff = cutoff;
    m_graph->setCutoff(cutoff);
    m_nodes.countsChanged();
    updateEdges();
    updateCamps();
    Q_EMIT cutoffChanged();
}

int BlameView::dayIndex() const
{
    return m_first.isValid() ? static_cast<int>(m_first.daysTo(m_cutoff)) : 0;
}

void BlameView::setDayIndex(int index)
{
    if (m_first.isValid())
        setCutoff(std::clamp(m_first.addDays(index), m_first, m_last));
}

int BlameView::dayCount() const
{
    return m_first.isValid() ? static_cast<int>(m_first.daysTo(m_last)) + 1 : 0;
}

QString BlameView::cutoffText() const
{
    return m_cutoff.isValid() ? DateText::longDay(m_cutoff) : QString();
}

QList<int> BlameView::claimDays() const
{
    QList<int> days;
    if (!m_data)
        return days;
    QSet<qint64> seen;
    for (const Claim &c : m_data->claims) {
        const qint64 d = m_first.daysTo(c.date.date);
        if (!seen.contains(d)) {
            seen.insert(d);
            days.append(static_cast<int>(d));
        }
    }
    return days;
}

bool BlameView::stepToNextClaimDay()
{
    QDate best;
    for (const Claim &c : m_data ? m_data->claims : QList<Claim>()) {
        if (c.date.date > m_cutoff && (!best.isValid() || c.date.date < best))
            best = c.date.date;
    }
    if (!best.isValid())
        return false;
    setCutoff(best);
    return true;
}

bool BlameView::stepToPreviousClaimDay()
{
    QDate best;
    for (const Claim &c : m_data ? m_data->claims : QList<Claim>()) {
        if (c.date.date < m_cutoff && (!best.isValid() || c.date.date > best))
            best = c.date.date;
    }
    if (!best.isValid())
        return false;
    setCutoff(best);
    return true;
}

int BlameView::claimCount() const
{
    if (!m_data)
        return 0;
    return static_cast<int>(
        std::count_if(m_data->claims.cbegin(), m_data->claims.cend(), [&](const Claim &c) { return !m_cutoff.isValid() || c.date.date <= m_cutoff; }));
}

QList<BlameEdge> BlameView::computeEdges() const
{
    QList<BlameEdge> list;
    if (!m_graph)
        return list;
    const auto &nodes = m_graph->nodes();
    for (const BlameGraph::Edge &e : m_graph->edges()) {
        const int from = m_graph->nodeIndex(e.from), to = m_graph->nodeIndex(e.to);
        if (from < 0 || to < 0)
            continue;
        const VocabularyEntry stance = VocabularyStyle::entry(VocabularyStyle::Kind::Stance, e.dominantStance());
        const QStringList stances = VocabularyStyle::countList(VocabularyStyle::Kind::Stance, e.byStance);
        const QStringList evidence = VocabularyStyle::countList(VocabularyStyle::Kind::Evidence, e.byEvidence);
        const QString fromName = nodes.at(from).name, toName = nodes.at(to).name;
        list.append(BlameEdge{e.from,
                              e.to,
                              fromName,
                              toName,
                              nodes.at(from).position.x(),
                              nodes.at(from).position.y(),
                              nodes.at(to).position.x(),
                              nodes.at(to).position.y(),
                              e.count,
                              stance.id,
                              stance.label,
                              stance.color,
                              stances.join(u", "_s),
                              evidence.join(u", "_s),
                              e.claimIds,
                              PackText::plain(translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%1 → %2: %Ln claim(s), %3; %4"), e.count),
                                              {fromName, toName, stances.join(u", "_s), evidence.join(u", "_s)}),
                              dashPattern(stance.id),
                              {}});
    }
    return list;
}

void BlameView::fillEvidenceChart(QAbstractBarSeries *series, QBarCategoryAxis *categories, QValueAxis *values, int limit) const
{
    if (!series || !categories || !values || !m_graph)
        return;
    const auto &nodes = m_graph->nodes();
    QList<const BlameGraph::Edge *> top;
    for (const BlameGraph::Edge &e : m_graph->edges()) {
        if (top.size() < limit)
            top.append(&e);
    }
    std::reverse(top.begin(), top.end()); // a horizontal chart draws its first category at the bottom
    QStringList labels;
    int maxCount = 1;
    for (const BlameGraph::Edge *e : std::as_const(top)) {
        const int from = m_graph->nodeIndex(e->from), to = m_graph->nodeIndex(e->to);
        labels << (from >= 0 ? nodes.at(from).name : e->from) + u" → "_s + (to >= 0 ? nodes.at(to).name : e->to);
        maxCount = std::max(maxCount, e->count);
    }
    series->clear();
    for (const VocabularyEntry &level : VocabularyStyle::evidenceLevels()) {
        auto *set = new QBarSet(level.label);
        set->setColor(QColor(level.color));
        set->setBorderColor(QColor(level.color));
        QList<qreal> counts;
        for (const BlameGraph::Edge *e : std::as_const(top))
            counts << e->byEvidence.value(level.id);
        set->append(counts);
        series->append(set);
    }
    categories->setCategories(labels);
    values->setRange(0, maxCount);
    values->setTickCount(std::min(maxCount, 10) + 1);
    values->setLabelFormat(u"%d"_s);
}

QString BlameView::claimCountText() const
{
    return translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%Ln claim(s) by this date"), claimCount());
}

QString BlameView::selectedText(int count)
{
    return translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%Ln claim(s) selected"), count);
}
