// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizsession.h"

#include "common/packtext.h"
#include "quiz/quizorder.h"
#include "quiz/spancontext.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

/// Where a span stands, as the student reads it: "Headline", "Paragraph 3".
QString whereText(const SpanContext &ctx)
{
    if (!ctx.found)
        return {};
    switch (ctx.part) {
    case ArticlePart::Headline: return QuizSession::tr("Headline");
    case ArticlePart::Standfirst: return QuizSession::tr("Standfirst");
    case ArticlePart::Caption: return QuizSession::tr("Caption");
    case ArticlePart::Paragraph: break;
    }
    return QuizSession::tr("Paragraph %1").arg(ctx.paragraph);
}

} // namespace

QuizSession::QuizSession(QObject *parent)
    : QObject(parent)
{
}

void QuizSession::setLibrary(CaseLibrary *library)
{
    if (m_library == library)
        return;
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (m_library) {
        connect(m_library, &CaseLibrary::caseChanged, this, [this] {
            // Another case: the answers were to other questions.
            resetAnswers();
            Q_EMIT itemIdsChanged();
        });
    }
    resetAnswers();
    Q_EMIT libraryChanged();
    Q_EMIT itemIdsChanged(); // the totals depend on the case
}

void QuizSession::setItemIds(const QStringList &ids)
{
    if (m_itemIds == ids)
        return;
    m_itemIds = ids;
    resetAnswers();
    Q_EMIT itemIdsChanged();
}

void QuizSession::setCurrentIndex(int index)
{
    index = std::clamp(index, 0, count());
    if (m_currentIndex == index)
        return;
    m_currentIndex = index;
    Q_EMIT currentIndexChanged();
}

QString QuizSession::currentId() const
{
    return isFinished() ? QString() : m_itemIds.at(m_currentIndex);
}

void QuizSession::next()
{
    setCurrentIndex(m_currentIndex + 1);
}

void QuizSession::previous()
{
    setCurrentIndex(m_currentIndex - 1);
}

void QuizSession::restart()
{
    resetAnswers();
}

void QuizSession::resetAnswers()
{
    const bool hadAnswers = !m_answers.isEmpty();
    m_answers.clear();
    recompute();
    if (hadAnswers)
        Q_EMIT resultsChanged();
    // Back to the first item; currentId and finished may change even when the index does not.
    m_currentIndex = 0;
    Q_EMIT currentIndexChanged();
}

void QuizSession::recompute()
{
    m_summary = m_library ? summarise(m_library->caseData(), m_answers) : QuizSummary{};
}

const QuizItem *QuizSession::find(const QString &id) const
{
    return m_library ? m_library->caseData().quizItem(id) : nullptr;
}

bool QuizSession::isComplete() const
{
    return count() > 0 && std::all_of(m_itemIds.cbegin(), m_itemIds.cend(), [this](const QString &id) { return m_answers.contains(id); });
}

int QuizSession::trueItemsCorrect() const
{
    return m_summary.trueItemsAnswered > 0 ? qRound(m_summary.trueItemAccuracy * m_summary.trueItemsAnswered) : 0;
}

int QuizSession::falseItemsCorrect() const
{
    return m_summary.falseItemsAnswered > 0 ? qRound(m_summary.falseItemAccuracy * m_summary.falseItemsAnswered) : 0;
}

int QuizSession::statementsTotal(bool truth) const
{
    return static_cast<int>(std::count_if(m_itemIds.cbegin(), m_itemIds.cend(), [&](const QString &id) {
        const QuizItem *q = find(id);
        return q && q->type == Quiz::Type::TrueFalse && q->answer == truth;
    }));
}

QVariantList criterionRows(const CaseData &data, const QStringList &itemIds, const QuizSummary &summary)
{
    QVariantList rows;
    for (const CriterionResult &r : criterionResults(data, itemIds, summary)) {
        rows.append(QVariantMap{{u"id"_s, r.criterion->id},
                                {u"title"_s, r.criterion->title},
                                {u"description"_s, r.criterion->description},
                                {u"credit"_s, r.credit},
                                {u"answered"_s, r.answered},
                                {u"items"_s, r.items},
                                {u"fraction"_s, r.fraction()}});
    }
    return rows;
}

QVariantList QuizSession::byCriterion() const
{
    return m_library ? criterionRows(m_library->caseData(), m_itemIds, m_summary) : QVariantList();
}

QStringList QuizSession::caseItemIds() const
{
    QStringList ids;
    if (m_library) {
        for (const QuizItem &q : m_library->caseData().quizItems)
            ids << q.id;
    }
    return ids;
}

QStringList QuizSession::caseItemIds(Quiz::Type type) const
{
    QStringList ids;
    if (m_library) {
        for (const QuizItem &q : m_library->caseData().quizItems) {
            if (q.type == type)
                ids << q.id;
        }
    }
    return ids;
}

QVariantMap QuizSession::item(const QString &id) const
{
    const QuizItem *q = find(id);
    if (!q)
        return {{u"valid"_s, false}, {u"id"_s, id}};
    const CaseData &data = m_library->caseData();

    QStringList criteria;
    for (const QString &c : q->criteria) {
        const auto it = std::find_if(data.criteria.cbegin(), data.criteria.cend(), [&](const Criterion &k) { return k.id == c; });
        criteria << (it == data.criteria.cend() ? c : it->title);
    }
    QVariantMap map{{u"valid"_s, true},
                    {u"id"_s, q->id},
                    {u"type"_s, static_cast<int>(q->type)},
                    {u"prompt"_s, q->prompt},
                    {u"criteria"_s, criteria},
                    {u"statement"_s, q->statement}};

    QVariantList choices, spans, options;
    if (q->type == Quiz::Type::Single || q->type == Quiz::Type::Evidence) {
        for (const QuizChoice &c : q->choices)
            choices.append(QVariantMap{{u"id"_s, c.id}, {u"text"_s, c.text}});
    } else if (q->type == Quiz::Type::Highlight) {
        const Article *article = data.article(q->article);
        for (qsizetype i = 0; i < q->choices.size(); ++i) {
            const QuizChoice &c = q->choices.at(i);
            const SpanContext ctx = article ? spanContext(*article, c.quote, c.occurrence) : SpanContext{};
            const QString lead = ctx.cutBefore ? u"… "_s : QString();
            const QString tail = ctx.cutAfter ? u" …"_s : QString();
            spans.append(QVariantMap{{u"index"_s, static_cast<int>(i)},
                                     {u"quote"_s, c.quote},
                                     {u"where"_s, whereText(ctx)},
                                     {u"context"_s, QString(lead + ctx.before + c.quote + ctx.after + tail)},
                                     {u"contextHtml"_s,
                                      PackText::isolatedMarkup(lead + PackText::escapedRun(ctx.before) + u"<b><u>"_s + PackText::escapedRun(c.quote) +
                                                               u"</u></b>"_s + PackText::escapedRun(ctx.after) + tail)}});
        }
        if (article)
            map.insert(u"article"_s, QVariantMap{{u"headline"_s, article->headline}, {u"outlet"_s, article->outlet}, {u"date"_s, article->date.display()}});
    } else if (q->type == Quiz::Type::Rank) {
        for (const qsizetype i : presentationOrder(*q))
            options.append(QVariantMap{{u"id"_s, q->choices.at(i).id}, {u"text"_s, q->choices.at(i).text}});
    }
    map.insert(u"choices"_s, choices);
    map.insert(u"spans"_s, spans);
    map.insert(u"options"_s, options);
    return map;
}

QVariantMap QuizSession::answerChoice(const QString &id, const QString &choiceId)
{
    QuizAnswer a;
    a.choice = choiceId;
    return record(id, a);
}

QVariantMap QuizSession::answerTrueFalse(const QString &id, bool truth)
{
    QuizAnswer a;
    a.truth = truth;
    return record(id, a);
}

QVariantMap QuizSession::answerSpans(const QString &id, const QList<int> &spans)
{
    QList<int> marked = spans;
    std::sort(marked.begin(), marked.end());
    marked.erase(std::unique(marked.begin(), marked.end()), marked.end());
    QuizAnswer a;
    a.spans = marked;
    return record(id, a);
}

QVariantMap QuizSession::answerOrder(const QString &id, const QStringList &order)
{
    QuizAnswer a;
    a.order = order;
    return record(id, a);
}

QVariantMap QuizSession::record(const QString &id, const QuizAnswer &answer)
{
    if (m_answers.contains(id))
        return verdict(id); // answered once, kept
    const QuizItem *q = find(id);
    if (!q || !m_itemIds.contains(id))
        return {{u"answered"_s, false}, {u"valid"_s, false}};
    const QuizVerdict v = scoreAnswer(*q, answer);
    if (!v.valid)
        return {{u"answered"_s, false}, {u"valid"_s, false}};
    m_answers.insert(id, answer);
    recompute();
    Q_EMIT itemAnswered(id);
    Q_EMIT resultsChanged();
    return verdict(id);
}

std::optional<QuizAnswer> QuizSession::answer(const QString &id) const
{
    const auto it = m_answers.constFind(id);
    if (it == m_answers.cend())
        return std::nullopt;
    return *it;
}

int QuizSession::restoreAnswers(const QMap<QString, QuizAnswer> &answers)
{
    int restored = 0;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const QuizItem *q = find(it.key());
        if (!q || !m_itemIds.contains(it.key()) || m_answers.contains(it.key()) || !scoreAnswer(*q, it.value()).valid)
            continue;
        m_answers.insert(it.key(), it.value());
        ++restored;
    }
    if (restored > 0) {
        recompute();
        Q_EMIT resultsChanged();
    }
    const auto open = std::find_if(m_itemIds.cbegin(), m_itemIds.cend(), [this](const QString &id) { return !m_answers.contains(id); });
    setCurrentIndex(open == m_itemIds.cend() ? 0 : static_cast<int>(open - m_itemIds.cbegin()));
    return restored;
}

QVariantMap QuizSession::verdict(const QString &id) const
{
    const auto it = m_answers.constFind(id);
    const QuizItem *q = find(id);
    if (it == m_answers.cend() || !q)
        return {{u"answered"_s, false}};
    const QuizAnswer &a = *it;
    const QuizVerdict v = scoreAnswer(*q, a);
    QVariantMap map{{u"answered"_s, true},
                    {u"valid"_s, v.valid},
                    {u"correct"_s, v.correct},
                    {u"credit"_s, v.credit},
                    {u"feedback"_s, v.feedback},
                    {u"explanation"_s, v.explanation}};

    if (q->type == Quiz::Type::Single || q->type == Quiz::Type::Evidence) {
        map.insert(u"choiceId"_s, a.choice);
        for (const QuizChoice &c : q->choices) {
            if (c.correct)
                map.insert(u"correctChoiceId"_s, c.id);
        }
    } else if (q->type == Quiz::Type::TrueFalse) {
        map.insert(u"truth"_s, a.truth.value_or(false));
        map.insert(u"correctAnswer"_s, q->answer);
    } else if (q->type == Quiz::Type::Highlight) {
        QVariantList marked, correct, results;
        for (const int i : a.spans)
            marked.append(i);
        for (qsizetype i = 0; i < q->choices.size(); ++i) {
            const QuizChoice &c = q->choices.at(i);
            const int index = static_cast<int>(i);
            if (c.correct)
                correct.append(index);
            results.append(QVariantMap{{u"index"_s, index}, {u"marked"_s, a.spans.contains(index)}, {u"correct"_s, c.correct}, {u"feedback"_s, c.feedback}});
        }
        map.insert(u"spans"_s, marked);
        map.insert(u"correctSpans"_s, correct);
        map.insert(u"spanResults"_s, results);
    } else if (q->type == Quiz::Type::Rank) {
        QVariantList results;
        for (qsizetype i = 0; i < q->order.size(); ++i) {
            const auto c = std::find_if(q->choices.cbegin(), q->choices.cend(), [&](const QuizChoice &k) { return k.id == q->order.at(i); });
            if (c == q->choices.cend())
                continue;
            results.append(QVariantMap{{u"id"_s, c->id},
                                       {u"text"_s, c->text},
                                       {u"feedback"_s, c->feedback},
                                       {u"correctPosition"_s, static_cast<int>(i) + 1},
                                       {u"position"_s, static_cast<int>(a.order.indexOf(c->id)) + 1}});
        }
        map.insert(u"order"_s, a.order);
        map.insert(u"correctOrder"_s, q->order);
        map.insert(u"optionResults"_s, results);
    }
    return map;
}
