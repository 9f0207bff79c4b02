// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/vocabulary.h"

#include "quiz/quiztypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace Vocabulary {
QStringList actorKinds()
{
    return {u"government"_s,
            u"agency"_s,
            u"state-media"_s,
            u"company"_s,
            u"expert"_s,
            u"politician"_s,
            u"celebrity"_s,
            u"hacker-group"_s,
            u"legal"_s,
            u"news-outlet"_s,
            u"other"_s};
}
QStringList outletKinds()
{
    return {u"newspaper"_s, u"wire-copy"_s, u"entertainment-site"_s, u"news-site"_s, u"state-media"_s, u"broadcaster"_s, u"blog"_s, u"other"_s};
}
QStringList annotationLayers()
{
    return {u"claim"_s, u"named-attribution"_s, u"anonymous-attribution"_s, u"loaded-language"_s, u"hedge"_s, u"evidence"_s, u"factual-slip"_s};
}
QStringList stances()
{
    return {u"blames"_s, u"denies"_s, u"defends"_s, u"doubts"_s, u"threatens"_s, u"criticises"_s, u"urges"_s, u"neutral"_s};
}
QStringList directedStances()
{
    return {u"blames"_s, u"denies"_s, u"defends"_s, u"threatens"_s, u"criticises"_s};
}
QStringList attributions()
{
    return {u"named"_s, u"anonymous"_s, u"institutional"_s, u"state-media"_s};
}
QStringList evidenceLevels()
{
    return {u"none"_s, u"asserted"_s, u"technical"_s, u"documentary"_s, u"first-hand"_s};
}
std::span<const Status> statuses()
{
    static constexpr Status table[] = {
        {u"confirmed",
         QT_TRANSLATE_NOOP("Status", "Confirmed by the later record"),
         QT_TRANSLATE_NOOP("Status", "The public record that came later bears the claim out.")},
        {u"supported-later",
         QT_TRANSLATE_NOOP("Status", "Supported by later public evidence"),
         QT_TRANSLATE_NOOP("Status", "Evidence made public after the coverage supports the claim; no court has ruled on it.")},
        {u"charged",
         QT_TRANSLATE_NOOP("Status", "Later charged in court — charges, not a verdict"),
         QT_TRANSLATE_NOOP("Status", "Prosecutors later brought criminal charges on it: an accusation to be proved, not a finding of guilt.")},
        {u"maintained",
         QT_TRANSLATE_NOOP("Status", "Official position; its evidence not made public"),
         QT_TRANSLATE_NOOP("Status", "The claimant holds to it, but the evidence behind it has not been published.")},
        {u"disputed",
         QT_TRANSLATE_NOOP("Status", "Disputed at the time"),
         QT_TRANSLATE_NOOP("Status", "Credible voices contested the claim when it was made.")},
        {u"contradicted",
         QT_TRANSLATE_NOOP("Status", "Contradicted later"),
         QT_TRANSLATE_NOOP("Status", "The public record that came later contradicts the claim.")},
        {u"unresolved",
         QT_TRANSLATE_NOOP("Status", "Still unresolved"),
         QT_TRANSLATE_NOOP("Status", "The public record does not settle the claim either way.")},
        {u"opinion",
         QT_TRANSLATE_NOOP("Status", "A judgement, not a checkable fact"),
         QT_TRANSLATE_NOOP("Status", "A view, a judgement or a forecast that no record can prove or disprove.")},
    };
    return table;
}
QStringList establishedStatuses()
{
    QStringList ids;
    for (const Status &s : statuses())
        ids << QString::fromUtf16(s.id);
    return ids;
}
namespace {
const Status *findStatus(const QString &status)
{
    for (const Status &s : statuses()) {
        if (status == QStringView(s.id))
            return &s;
    }
    return nullptr;
}
} // namespace
QString statusLabel(const QString &status)
{
    const Status *s = findStatus(status);
    return s ? QCoreApplication::translate("Status", s->label) : status;
}
QString statusDescription(const QString &status)
{
    const Status *s = findStatus(status);
    return s ? QCoreApplication::translate("Status", s->description) : QString();
}
QStringList quizTypes()
{
    return Quiz::typeNames();
}
QStringList stepKinds()
{
    return {u"narrative"_s, u"article"_s, u"blame"_s, u"coverage"_s, u"quiz"_s, u"reveal"_s};
}
} // namespace Vocabulary

} // namespace Claimscope
