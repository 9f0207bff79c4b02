// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/casedata.h"
#include "common/datetext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimscope {

QString CaseDate::display() const
{
    const QString text = DateText::range(date, end);
    return precision == DatePrecision::Approximate ? u"≈ "_s + text : text;
}

QString Article::fullText() const
{
    QStringList parts{headline};
    if (!standfirst.isEmpty())
        parts << standfirst;
    if (!caption.isEmpty())
        parts << caption;
    parts << paragraphs;
    return parts.join(u"\n\n"_s);
}

namespace {
template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

const Actor *CaseData::actor(const QString &id) const
{
    return findById(actors, id);
}
const Article *CaseData::article(const QString &id) const
{
    return findById(articles, id);
}
const Claim *CaseData::claim(const QString &id) const
{
    return findById(claims, id);
}
const QuizItem *CaseData::quizItem(const QString &id) const
{
    return findById(quizItems, id);
}
const LaterDevelopment *CaseData::laterDevelopment(const QString &id) const
{
    return findById(laterDevelopments, id);
}

qsizetype CaseData::annotationCount() const
{
    qsizetype n = 0;
    for (const Article &a : articles)
        n += a.annotations.size();
    return n;
}

} // namespace Claimscope
