// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/blameview.h"
#include "case/vocabulary.h"
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

namespace {

/// "3 blames", "1 denies", … in the vocabulary's order, for the entries with a count.
QStringList countList(const QMap<QString, int> &counts, const QList<VocabularyEntry> &entries)
{
    QStringList list;
    for (const VocabularyEntry &entry : entries) {
        if (const int n = counts.value(entry.id))
            list << u"%1 %2"_s.arg(n).arg(entry.label);
    }
    return list;
}

} // namespace

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
    updateCamps();
    Q_EMIT caseChanged();
    Q_EMIT cutoffChanged();
}

void BlameView::updateCamps()
{
    if (m_camps && m_graph)
        m_camps->update(*m_graph);
    Q_EMIT campsChanged();
    Q_EMIT headlineChanged();
}

void BlameView::setCutoff(const QDate &cutoff)
{
    if (cutoff == m_cutoff || !m_graph)
        return;
    m_cutoff = cutoff;
    m_graph->setCutoff(cutoff);
    m_nodes.countsChanged();
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
    return m_cutoff.isValid() ? QLocale::c().toString(m_cutoff, u"d MMMM yyyy"_s) : QString();
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

QList<BlameEdge> BlameView::edges() const
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
        const QStringList stances = countList(e.byStance, VocabularyStyle::stances());
        const QStringList evidence = countList(e.byEvidence, VocabularyStyle::evidenceLevels());
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
                              PackText::plain(translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%1 → %2: %n claim(s), %3; %4"), e.count),
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
    return translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%n claim(s) by this date"), claimCount());
}

QString BlameView::selectedText(int count)
{
    return translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%n claim(s) selected"), count);
}

// ---------------------------------------------------------------- camps

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

namespace {

QString nodeLabel(const QString &name, int outgoing, int incoming)
{
    //: %1 a camp's or actor's name, %2 "3 claims" made, %3 "2 claims" received
    return PackText::plain(QCoreApplication::translate("BlameView", "%1: made %2, received %3"),
                           {name,
                            translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%n claim(s)"), outgoing),
                            translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%n claim(s)"), incoming)});
}

} // namespace

QList<CampNode> BlameView::campNodes() const
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
                                 PackText::plain(tr("%1, opened into its actors"), {camp.name})};
            }
        }
        const QPointF at = n.isActor ? actorCell(actor++, actors) : campSlot(slot, slots);
        list << CampNode{
            n.id, n.name, n.marker, n.campId, n.isActor, false, n.active(), n.outgoing, n.incoming, at.x(), at.y(), nodeLabel(n.name, n.outgoing, n.incoming)};
    }
    return list;
}

QList<BlameEdge> BlameView::campEdges() const
{
    QList<BlameEdge> list;
    if (!m_camps)
        return list;
    const QList<CampNode> placed = campNodes();
    const auto find = [&](const CampGraph::Node &n) {
        return std::find_if(placed.cbegin(), placed.cend(), [&](const CampNode &p) { return !p.isOpen && p.id == n.id && p.isActor == n.isActor; });
    };
    const QList<CampGraph::Node> &nodes = m_camps->nodes();
    for (const CampGraph::Edge &e : m_camps->edges()) {
        const CampGraph::Node &from = nodes.at(e.from), &to = nodes.at(e.to);
        const auto a = find(from), b = find(to);
        const VocabularyEntry stance = VocabularyStyle::entry(VocabularyStyle::Kind::Stance, e.dominantStance());
        const QStringList stances = countList(e.byStance, VocabularyStyle::stances());
        const QStringList attributions = countList(e.byAttribution, VocabularyStyle::attributions());
        const QString label = e.from == e.to
            //: claims from a camp about its own members: "Government about itself: 3 claims, 2 defends, 1 doubts"
            ? PackText::plain(translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%1 about itself: %n claim(s), %2"), e.count),
                              {from.name, stances.join(u", "_s)})
            //: an arrow between camps: "Government → Experts: 5 claims, 4 blames, 1 doubts"
            : PackText::plain(translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%1 → %2: %n claim(s), %3"), e.count),
                              {from.name, to.name, stances.join(u", "_s)});
        list << BlameEdge{from.id,
                          to.id,
                          from.name,
                          to.name,
                          a->x,
                          a->y,
                          b->x,
                          b->y,
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
    return list;
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
    return m_headline ? m_headline->text(m_cutoff, m_subject) : QString();
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
    Q_EMIT headlineChanged();
}

QStringList BlameView::claimsOf(const QString &kind, const QString &id) const
{
    QStringList ids;
    if (!m_data || id.isEmpty())
        return ids;
    const bool camp = kind == u"camp"_s, about = kind == u"about"_s;
    const auto is = [&](const QString &actor) { return camp ? m_camps && m_camps->camps().campOf(actor) == m_camps->camps().indexOf(id) : actor == id; };
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

QString BlameView::campOf(const QString &actorId) const
{
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
    return PackText::plain(translateCount("BlameView", QT_TRANSLATE_N_NOOP("BlameView", "%1 → %2: %n claim(s)"), count), {name(claimant), name(target)});
}
