// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/pseudotranslator.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// Accented look-alikes of a-z and A-Z: still readable, plainly not English.
constexpr char16_t Lower[] = u"áƀçđéƒĝĥîĵķļɱñöƥʠŕšţûṽŵẋýž";
constexpr char16_t Upper[] = u"ÁƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤɊŔŠŢÛṼŴẊÝŽ";
static_assert(std::size(Lower) == 27 && std::size(Upper) == 27, "one look-alike per letter");
// Filler words that lengthen a text, breakable like real words.
constexpr QStringView Filler = u" ļöŕéɱ îƥšûɱ đöļöŕ šîţ áɱéţ çöñšéçţéţûŕ áđîƥîšçîñĝ éļîţ šéđ đö éîûšɱöđ ţéɱƥöŕ";

QChar accent(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'a' && u <= u'z')
        return QChar(Lower[u - u'a']);
    if (u >= u'A' && u <= u'Z')
        return QChar(Upper[u - u'A']);
    return c;
}

// The length of a placeholder starting at text[i] ("%1", "%L12", "%n", "%Ln"), or 0.
qsizetype placeholderLength(QStringView text, qsizetype i)
{
    if (text[i] != u'%')
        return 0;
    qsizetype j = i + 1;
    if (j < text.size() && text[j] == u'L')
        ++j;
    if (j < text.size() && text[j] == u'n')
        return j + 1 - i;
    const qsizetype digits = j;
    while (j < text.size() && text[j].isDigit())
        ++j;
    return j > digits ? j - i : 0;
}

// The length of a kept run at text[i]: a tag "<b>", an entity "&amp;", a
// mnemonic "&S" or a literal "&&"; 0 if none.
qsizetype keptLength(QStringView text, qsizetype i)
{
    if (const qsizetype p = placeholderLength(text, i))
        return p;
    if (text[i] == u'<') {
        const qsizetype end = text.indexOf(u'>', i);
        return end < 0 ? 0 : end + 1 - i;
    }
    if (text[i] == u'&' && i + 1 < text.size()) {
        qsizetype j = i + 1;
        while (j < text.size() && (text[j].isLetterOrNumber() || text[j] == u'#'))
            ++j;
        if (j < text.size() && text[j] == u';' && j > i + 1)
            return j + 1 - i;
        return 2;
    }
    return 0;
}

} // namespace

PseudoTranslator::PseudoTranslator(QObject *parent)
    : QTranslator(parent)
{
}

QString PseudoTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    if (!sourceText || !*sourceText || qstrcmp(disambiguation, "date format") == 0)
        return {};
    QString text = m_base ? m_base->translate(context, sourceText, disambiguation, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    return pseudo(text);
}

QString PseudoTranslator::pseudo(QStringView text)
{
    QString out;
    out.reserve(text.size() * 2 + 2);
    out += u'[';
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size();) {
        if (const qsizetype kept = keptLength(text, i)) {
            out += text.mid(i, kept);
            i += kept;
            continue;
        }
        const QChar c = text[i++];
        ++shown;
        out += accent(c);
    }
    // About 40% longer than the text, two of which are the brackets.
    for (qsizetype extra = (shown * 4 + 5) / 10 - 2; extra > 0; extra -= Filler.size())
        out += Filler.left(extra);
    out += u']';
    return out;
}
