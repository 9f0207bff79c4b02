// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/vocabularystyle.h"
#include "case/vocabulary.h"
#include "common/localenotifier.h"

#include <QCoreApplication>

#include <span>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

struct Style
{
    const char16_t *id;
    const char *label; ///< translatable
    const char16_t *color;
    const char16_t *marker;
};

constexpr Style Stances[] = {
    {u"blames", QT_TRANSLATE_NOOP("VocabularyStyle", "blames"), u"#d93025", u"▲"},
    {u"denies", QT_TRANSLATE_NOOP("VocabularyStyle", "denies"), u"#1a73e8", u"▼"},
    {u"defends", QT_TRANSLATE_NOOP("VocabularyStyle", "defends"), u"#2e8b3a", u"■"},
    {u"doubts", QT_TRANSLATE_NOOP("VocabularyStyle", "doubts"), u"#9c50c8", u"?"},
    {u"threatens", QT_TRANSLATE_NOOP("VocabularyStyle", "threatens"), u"#d35400", u"!"},
    {u"criticises", QT_TRANSLATE_NOOP("VocabularyStyle", "criticises"), u"#d1307a", u"◆"},
    {u"urges", QT_TRANSLATE_NOOP("VocabularyStyle", "urges"), u"#00838f", u"»"},
    {u"neutral", QT_TRANSLATE_NOOP("VocabularyStyle", "neutral"), u"#767676", u"○"},
};
constexpr Style Attributions[] = {
    {u"named", QT_TRANSLATE_NOOP("VocabularyStyle", "named person"), u"#2e8b3a", u"●"},
    {u"anonymous", QT_TRANSLATE_NOOP("VocabularyStyle", "anonymous"), u"#d35400", u"○"},
    {u"institutional", QT_TRANSLATE_NOOP("VocabularyStyle", "official statement"), u"#1a73e8", u"■"},
    {u"state-media", QT_TRANSLATE_NOOP("VocabularyStyle", "state media"), u"#9c50c8", u"◆"},
};
// The markers fill up as the evidence gets stronger.
constexpr Style EvidenceLevels[] = {
    {u"none", QT_TRANSLATE_NOOP("VocabularyStyle", "no evidence offered"), u"#858585", u"○"},
    {u"asserted", QT_TRANSLATE_NOOP("VocabularyStyle", "evidence claimed, not shown"), u"#c76a00", u"◔"},
    {u"technical", QT_TRANSLATE_NOOP("VocabularyStyle", "technical evidence"), u"#2f7ed8", u"◑"},
    {u"documentary", QT_TRANSLATE_NOOP("VocabularyStyle", "documents"), u"#2e8b3a", u"◕"},
    {u"first-hand", QT_TRANSLATE_NOOP("VocabularyStyle", "first-hand account"), u"#9c50c8", u"●"},
};
constexpr Style AnnotationLayers[] = {
    {u"claim", QT_TRANSLATE_NOOP("VocabularyStyle", "Claims"), u"#fff0a0", u"◆"},
    {u"named-attribution", QT_TRANSLATE_NOOP("VocabularyStyle", "Named sources"), u"#c9e4ff", u"●"},
    {u"anonymous-attribution", QT_TRANSLATE_NOOP("VocabularyStyle", "Anonymous sources"), u"#ffd2a1", u"○"},
    {u"loaded-language", QT_TRANSLATE_NOOP("VocabularyStyle", "Loaded language"), u"#f9c6dc", u"!"},
    {u"hedge", QT_TRANSLATE_NOOP("VocabularyStyle", "Hedges"), u"#ddd3f5", u"~"},
    {u"evidence", QT_TRANSLATE_NOOP("VocabularyStyle", "Evidence"), u"#c4efcd", u"✓"},
    {u"factual-slip", QT_TRANSLATE_NOOP("VocabularyStyle", "Factual slips"), u"#ffb0a8", u"✗"},
};

struct Table
{
    std::span<const Style> styles;
    QStringList (*ids)(); ///< the case format's words, in order
    const char16_t *fallbackColor;
};

Table table(VocabularyStyle::Kind kind)
{
    switch (kind) {
    case VocabularyStyle::Kind::Stance: return {Stances, &Vocabulary::stances, u"#767676"};
    case VocabularyStyle::Kind::Attribution: return {Attributions, &Vocabulary::attributions, u"#767676"};
    case VocabularyStyle::Kind::Evidence: return {EvidenceLevels, &Vocabulary::evidenceLevels, u"#858585"};
    case VocabularyStyle::Kind::AnnotationLayer: return {AnnotationLayers, &Vocabulary::annotationLayers, u"#e0e0e0"};
    }
    Q_UNREACHABLE_RETURN({});
}

const Style *find(VocabularyStyle::Kind kind, QStringView id)
{
    for (const Style &s : table(kind).styles) {
        if (id == QStringView(s.id))
            return &s;
    }
    return nullptr;
}

} // namespace

VocabularyEntry VocabularyStyle::entry(Kind kind, const QString &id)
{
    if (const Style *s = find(kind, id))
        return {id, QCoreApplication::translate("VocabularyStyle", s->label), QString::fromUtf16(s->color), QString::fromUtf16(s->marker)};
    return {id, id, QString::fromUtf16(table(kind).fallbackColor), u"•"_s};
}

QString VocabularyStyle::color(Kind kind, const QString &id)
{
    const Style *s = find(kind, id);
    return QString::fromUtf16(s ? s->color : table(kind).fallbackColor);
}

VocabularyStyle::VocabularyStyle(QObject *parent)
    : QObject(parent)
{
    connect(LocaleNotifier::instance(), &LocaleNotifier::changed, this, &VocabularyStyle::wordsChanged);
}

QList<VocabularyEntry> VocabularyStyle::entries(Kind kind)
{
    QList<VocabularyEntry> list;
    for (const QString &id : table(kind).ids())
        list.append(entry(kind, id));
    return list;
}

QString VocabularyStyle::markInk()
{
    return u"#1d2330"_s;
}

QStringList VocabularyStyle::countList(Kind kind, const QMap<QString, int> &counts)
{
    QStringList list;
    const QList<VocabularyEntry> all = entries(kind);
    for (const VocabularyEntry &entry : all) {
        if (const int n = counts.value(entry.id))
            list << u"%1 %2"_s.arg(n).arg(entry.label);
    }
    return list;
}
