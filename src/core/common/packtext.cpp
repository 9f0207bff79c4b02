// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/packtext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Claimscope::PackText {

namespace {
constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;

bool isIsolateInitiator(char16_t c)
{
    return c == 0x2066 || c == 0x2067 || c == 0x2068; // LRI, RLI, FSI
}

/// Replaces %1 … %99 in one pass; a placeholder without an argument stays.
QString substitute(const QString &pattern, const QStringList &args, QString (*convert)(QStringView))
{
    QString out;
    out.reserve(pattern.size() + 16 * args.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != u'%' || i + 1 >= pattern.size() || !pattern.at(i + 1).isDigit()) {
            out.append(c);
            continue;
        }
        qsizetype end = i + 1;
        int n = 0;
        while (end < pattern.size() && end < i + 3 && pattern.at(end).isDigit())
            n = n * 10 + pattern.at(end++).digitValue();
        if (n >= 1 && n <= args.size()) {
            out.append(convert(args.at(n - 1)));
            i = end - 1;
        } else {
            out.append(c);
        }
    }
    return out;
}
} // namespace

QString isolated(QStringView text)
{
    QString out;
    out.reserve(text.size() + 4);
    out.append(QChar(FirstStrongIsolate));
    int open = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isIsolateInitiator(u)) {
            ++open;
        } else if (u == PopDirectionalIsolate) {
            if (open == 0)
                continue; // would close our isolate: dropped
            --open;
        } else if (u == u'\n' || u == 0x2029) {
            // A new paragraph ends every isolate (Unicode bidi rule P1).
            for (; open > 0; --open)
                out.append(QChar(PopDirectionalIsolate));
        }
        out.append(c);
    }
    for (; open > 0; --open)
        out.append(QChar(PopDirectionalIsolate));
    out.append(QChar(PopDirectionalIsolate));
    return out;
}

QString escaped(QStringView text)
{
    QString html = isolated(text).toHtmlEscaped();
    html.replace(u"\n"_s, u"<br>"_s);
    return html;
}

QString escapedRun(QStringView text)
{
    // Bidi controls stay inside the paragraph, which isolatedMarkup() closes off.
    QString html = text.toString().toHtmlEscaped();
    html.replace(u"\n"_s, u"<br>"_s);
    return html;
}

QString isolatedMarkup(const QString &markup)
{
    return QChar(FirstStrongIsolate) + markup + QChar(PopDirectionalIsolate);
}

QString rich(const QString &markupTemplate, const QStringList &args)
{
    return substitute(markupTemplate, args, &escaped);
}

QString plain(const QString &textTemplate, const QStringList &args)
{
    return substitute(textTemplate, args, &isolated);
}

bool hasBidiControls(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

bool looksLikeMarkup(QStringView text)
{
    if (!text.contains(u'<'))
        return false;
    static const QRegularExpression tag(
        uR"(<\s*/?\s*(?:img|a|style|span|font|script|iframe|link|object|embed|svg|image|video|audio|source|body|html|table|div|p|br|b|i|u|h[1-6])(?=[\s/>]))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return tag.matchView(text).hasMatch();
}

} // namespace Claimscope::PackText
