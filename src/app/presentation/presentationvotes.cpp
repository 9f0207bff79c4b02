// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The class's votes on the current question and the revealed answer.
#include "presentation/presentation.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {
constexpr int MaxVoteChoices = 4; // keys 1–4
} // namespace

int Presentation::voteChoices(const QuizItem &q)
{
    if (q.type == Quiz::Type::TrueFalse)
        return 2;
    const int n = static_cast<int>(q.choices.size());
    return Quiz::isChoice(q.type) && n >= 2 && n <= MaxVoteChoices ? n : 0;
}

int Presentation::choiceCount(const QString &id) const
{
    const QuizItem *q = find(id);
    return q ? voteChoices(*q) : 0;
}

ItemAnswer Presentation::answer() const
{
    const QuizItem *q = isOnQuiz() ? find(itemId()) : nullptr;
    if (!q)
        return {};
    ItemAnswer a;
    a.explanation = q->explanation;
    if (q->type == Quiz::Type::TrueFalse) {
        a.kind = u"true-false"_s;
        a.correct << (q->answer ? tr("True") : tr("False"));
        a.correctNumbers << (q->answer ? 1 : 2);
    } else if (q->type == Quiz::Type::Rank) {
        a.kind = u"rank"_s;
        for (const QString &id : q->order) {
            const auto c = std::find_if(q->choices.cbegin(), q->choices.cend(), [&](const QuizChoice &k) { return k.id == id; });
            if (c != q->choices.cend())
                a.correct << c->text;
        }
    } else {
        a.kind = q->type == Quiz::Type::Highlight ? u"highlight"_s : u"choice"_s;
        const bool votable = choiceCount(q->id) > 0;
        for (qsizetype i = 0; i < q->choices.size(); ++i) {
            const QuizChoice &c = q->choices.at(i);
            if (!c.correct)
                continue;
            a.correct << (a.kind == u"highlight"_s ? c.quote : c.text);
            if (votable)
                a.correctNumbers << static_cast<int>(i + 1);
        }
    }
    return a;
}

QList<VoteTally> Presentation::votes() const
{
    QList<VoteTally> rows;
    const QString id = itemId();
    const QuizItem *q = find(id);
    const int n = choiceCount(id);
    if (!q || n == 0)
        return rows;
    const QList<int> &given = m_votes[id];
    const int total = static_cast<int>(given.size());
    for (int number = 1; number <= n; ++number) {
        const int count = static_cast<int>(given.count(number));
        QString choiceId, text;
        bool correct = false;
        if (q->type == Quiz::Type::TrueFalse) {
            choiceId = number == 1 ? u"true"_s : u"false"_s;
            text = number == 1 ? tr("True") : tr("False");
            correct = q->answer == (number == 1);
        } else {
            const QuizChoice &c = q->choices.at(number - 1);
            choiceId = c.id;
            text = c.text;
            correct = c.correct;
        }
        rows.append(VoteTally{number, choiceId, text, count, total > 0 ? qRound(100.0 * count / total) : 0, correct});
    }
    return rows;
}

bool Presentation::vote(int number)
{
    const QString id = itemId();
    if (number < 1 || number > choiceCount(id))
        return false;
    m_votes[id].append(number);
    Q_EMIT votesChanged();
    return true;
}

bool Presentation::unvote(int number)
{
    const QString id = itemId();
    auto it = m_votes.find(id);
    if (it == m_votes.end())
        return false;
    const qsizetype at = it->lastIndexOf(number);
    if (at < 0)
        return false;
    it->removeAt(at);
    Q_EMIT votesChanged();
    return true;
}

bool Presentation::undoLastVote()
{
    auto it = m_votes.find(itemId());
    if (it == m_votes.end() || it->isEmpty())
        return false;
    it->removeLast();
    Q_EMIT votesChanged();
    return true;
}

void Presentation::clearVotes()
{
    if (m_votes.remove(itemId()) > 0)
        Q_EMIT votesChanged();
}
