// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claims/knownnow.h"
#include "case/vocabulary.h"
#include "common/datetext.h"
#include "common/packtext.h"
#include "common/vocabularystyle.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace KnownNow {

namespace {

QList<const LaterDevelopment *> cited(const CaseData &data, const QStringList &laterIds)
{
    QList<const LaterDevelopment *> list;
    for (const QString &id : laterIds) {
        if (const LaterDevelopment *l = data.laterDevelopment(id))
            list.append(l);
    }
    std::stable_sort(list.begin(), list.end(), [](const LaterDevelopment *a, const LaterDevelopment *b) { return a->date.date < b->date.date; });
    return list;
}

} // namespace

QString knownAsOfText(const CaseInfo &info)
{
    if (!info.knownAsOf.isValid())
        return {};
    // The case's own dates are shown the same way (CaseDate::display).
    //: %1 is the date of the case's latest check of the public record.
    return QCoreApplication::translate("KnownNow", "Known as of %1").arg(DateText::day(info.knownAsOf));
}

QString sinceThenText(const CaseData &data, const QStringList &laterIds)
{
    QStringList parts;
    for (const LaterDevelopment *l : cited(data, laterIds))
        parts << l->date.display() + u" — "_s + PackText::isolated(l->title);
    return parts.isEmpty() ? QString() : QCoreApplication::translate("KnownNow", "Since then: %1").arg(parts.join(u"; "_s));
}

QList<DatedCard> cards(const CaseData &data, const QStringList &laterIds)
{
    QList<DatedCard> list;
    for (const LaterDevelopment *l : cited(data, laterIds))
        list.append(DatedCard{l->date.display(), l->title, l->description});
    return list;
}

ClaimOutcome outcome(const CaseData &data, const Claim &claim)
{
    const Established &e = claim.established;
    return {
        e.status, Vocabulary::statusLabel(e.status), Vocabulary::statusDescription(e.status), e.note, sinceThenText(data, e.later), knownAsOfText(data.info)};
}

ClaimCard card(const CaseData &data, const Claim &claim)
{
    const Actor *who = data.actor(claim.claimant);
    using Kind = VocabularyStyle::Kind;
    return {claim.id,
            who ? who->name : claim.claimant,
            claim.date.display(),
            claim.paraphrase,
            VocabularyStyle::label(Kind::Stance, claim.stance),
            VocabularyStyle::label(Kind::Attribution, claim.attribution),
            VocabularyStyle::label(Kind::Evidence, claim.evidence),
            outcome(data, claim)};
}

} // namespace KnownNow
