// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/studiovocabulary.h"

#include "case/campformat.h"
#include "case/vocabulary.h"
#include "common/vocabularystyle.h"

using namespace Qt::StringLiterals;
namespace Vocabulary = Claimscope::Vocabulary;

namespace {

QVariantMap choice(const QString &value, const QString &text)
{
    return {{u"value"_s, value}, {u"text"_s, text}};
}

/// Words without a label of their own read as themselves ("news-site" → "news site").
QVariantList plain(const QStringList &words)
{
    QVariantList list;
    for (const QString &word : words)
        list.append(choice(word, QString(word).replace(u'-', u' ')));
    return list;
}

QVariantList styled(VocabularyStyle::Kind kind)
{
    QVariantList list;
    for (const VocabularyEntry &e : VocabularyStyle::entries(kind))
        list.append(choice(e.id, e.label));
    return list;
}

} // namespace

QVariantList StudioVocabulary::choices(const QString &vocabulary)
{
    if (vocabulary == u"actorKind"_s)
        return plain(Vocabulary::actorKinds());
    if (vocabulary == u"outletKind"_s)
        return plain(Vocabulary::outletKinds());
    if (vocabulary == u"stance"_s)
        return styled(VocabularyStyle::Kind::Stance);
    if (vocabulary == u"attribution"_s)
        return styled(VocabularyStyle::Kind::Attribution);
    if (vocabulary == u"evidence"_s)
        return styled(VocabularyStyle::Kind::Evidence);
    if (vocabulary == u"layer"_s)
        return styled(VocabularyStyle::Kind::AnnotationLayer);
    if (vocabulary == u"status"_s) {
        QVariantList list;
        for (const QString &status : Vocabulary::establishedStatuses())
            list.append(choice(status, Vocabulary::statusLabel(status)));
        return list;
    }
    if (vocabulary == u"marker"_s)
        return plain(Claimscope::CampFormat::markers());
    if (vocabulary == u"datePrecision"_s)
        return {choice(u"day"_s, tr("known to the day")), choice(u"approximate"_s, tr("approximate (inferred)"))};
    if (vocabulary == u"quizType"_s)
        return plain(Vocabulary::quizTypes());
    if (vocabulary == u"stepKind"_s)
        return plain(Vocabulary::stepKinds());
    return {};
}
