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

QuizSpan quizSpan(const Article *article, const QuizChoice &c, int index)
{
    const SpanContext ctx = article ? spanContext(*article, c.quote, c.occurrence) : SpanContext{};
    const QString lead = ctx.cutBefore ? u"… "_s : QString();
    const QString tail = ctx.cutAfter ? u" …"_s : QString();
    return QuizSpan{index,
                    c.quote,
                    whereText(ctx),
                    lead + ctx.before + c.quote + ctx.after + tail,
                    PackText::isolatedMarkup(lead + PackText::escapedRun(ctx.before) + u"<b><u>"_s + PackText::escapedRun(c.quote) + u"</u></b>"_s +
                                             PackText::escapedRun(ctx.after) + tail)};
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
    m_answers.clear();
    if (recompute())
        Q_EMIT resultsChanged();
    // Back to the first item; currentId and finished may change even when the index does not.
    m_currentIndex = 0;
    Q_EMIT currentIndexChanged();
}

bool QuizSession::recompute()
{
    QuizResult result = m_library ? quizResult(m_library->caseData(), m_itemIds, m_answers) : QuizResult{};
    if (result == m_result)
        return false;
    m_result = std::move(result);
    return true;
}

const QuizItem *QuizSession::find(const QString &id) const
{
    return m_library ? m_library->caseData().quizItem(id) : nullptr;
}

bool QuizSession::isComplete() const
{
    return count() > 0 && std::all_of(m_itemIds.cbegin(), m_itemIds.cend(), [this](const QString &id) { return m_answers.contains(id); });
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

QuizQuestion QuizSession::item(const QString &id) const
{
    QuizQuestion question;
    question.id = id;
    const QuizItem *q = find(id);
    if (!q)
        return question;
    const CaseData &data = m_library->caseData();
    question.valid = true;
    question.type = q->type;
    question.prompt = q->prompt;
    question.statement = q->statement;
    for (const QString &c : q->criteria) {
        const auto it = std::find_if(data.criteria.cbegin(), data.criteria.cend(), [&](const Criterion &k) { return k.id == c; });
        question.criteria << (it == data.criteria.cend() ? c : it->title);
    }

    switch (q->type) {
    case Quiz::Type::Single:
    case Quiz::Type::Evidence:
        for (const QuizChoice &c : q->choices)
            question.choices.append(QuizOption{c.id, c.text});
        break;
    case Quiz::Type::Highlight: {
        const Article *article = data.article(q->article);
        for (qsizetype i = 0; i < q->choices.size(); ++i)
            question.spans.append(quizSpan(article, q->choices.at(i), static_cast<int>(i)));
        if (article)
            question.article = QuizArticleRef{true, article->headline, article->outlet, article->date.display()};
        break;
    }
    case Quiz::Type::Rank:
        for (const qsizetype i : presentationOrder(*q))
            question.options.append(QuizOption{q->choices.at(i).id, q->choices.at(i).text});
        break;
    case Quiz::Type::TrueFalse:
    case Quiz::Type::Unknown: break;
    }
    return question;
}

ItemVerdict QuizSession::answerChoice(const QString &id, const QString &choiceId)
{
    QuizAnswer a;
    a.choice = choiceId;
    return record(id, a);
}

ItemVerdict QuizSession::answerTrueFalse(const QString &id, bool truth)
{
    QuizAnswer a;
    a.truth = truth;
    return record(id, a);
}

ItemVerdict QuizSession::answerSpans(const QString &id, const QList<int> &spans)
{
    QList<int> marked = spans;
    std::sort(marked.begin(), marked.end());
    marked.erase(std::unique(marked.begin(), marked.end()), marked.end());
    QuizAnswer a;
    a.spans = marked;
    return record(id, a);
}

ItemVerdict QuizSession::answerOrder(const QString &id, const QStringList &order)
{
    QuizAnswer a;
    a.order = order;
    return record(id, a);
}

ItemVerdict QuizSession::record(const QString &id, const QuizAnswer &answer)
{
    if (m_answers.contains(id))
        return verdict(id); // answered once, kept
    const QuizItem *q = find(id);
    if (!q || !m_itemIds.contains(id) || !scoreAnswer(*q, answer).valid)
        return {};
    m_answers.insert(id, answer);
    const bool changed = recompute();
    Q_EMIT itemAnswered(id);
    if (changed)
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
    if (restored > 0 && recompute())
        Q_EMIT resultsChanged();
    const auto open = std::find_if(m_itemIds.cbegin(), m_itemIds.cend(), [this](const QString &id) { return !m_answers.contains(id); });
    setCurrentIndex(open == m_itemIds.cend() ? 0 : static_cast<int>(open - m_itemIds.cbegin()));
    return restored;
}

ItemVerdict QuizSession::verdict(const QString &id) const
{
    const auto it = m_answers.constFind(id);
    const QuizItem *q = find(id);
    if (it == m_answers.cend() || !q)
        return {};
    const QuizAnswer &a = *it;
    const QuizVerdict v = scoreAnswer(*q, a);
    ItemVerdict verdict;
    verdict.answered = true;
    verdict.valid = v.valid;
    verdict.correct = v.correct;
    verdict.credit = v.credit;
    verdict.feedback = v.feedback;
    verdict.explanation = v.explanation;

    switch (q->type) {
    case Quiz::Type::Single:
    case Quiz::Type::Evidence:
        verdict.choiceId = a.choice;
        for (const QuizChoice &c : q->choices) {
            if (c.correct)
                verdict.correctChoiceId = c.id;
        }
        break;
    case Quiz::Type::TrueFalse:
        verdict.truth = a.truth.value_or(false);
        verdict.correctAnswer = q->answer;
        break;
    case Quiz::Type::Highlight:
        verdict.spans = a.spans;
        for (qsizetype i = 0; i < q->choices.size(); ++i) {
            const QuizChoice &c = q->choices.at(i);
            const int index = static_cast<int>(i);
            if (c.correct)
                verdict.correctSpans.append(index);
            verdict.spanResults.append(SpanVerdict{index, a.spans.contains(index), c.correct, c.feedback});
        }
        break;
    case Quiz::Type::Rank:
        for (qsizetype i = 0; i < q->order.size(); ++i) {
            const auto c = std::find_if(q->choices.cbegin(), q->choices.cend(), [&](const QuizChoice &k) { return k.id == q->order.at(i); });
            if (c == q->choices.cend())
                continue;
            verdict.optionResults.append(OptionVerdict{c->id, c->text, c->feedback, static_cast<int>(a.order.indexOf(c->id)) + 1, static_cast<int>(i) + 1});
        }
        verdict.order = a.order;
        verdict.correctOrder = q->order;
        break;
    case Quiz::Type::Unknown: break;
    }
    return verdict;
}
