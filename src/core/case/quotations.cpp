// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/quotations.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimscope::Quotations {

namespace {

constexpr char16_t LeftDouble = u'\u201C', RightDouble = u'\u201D', LeftSingle = u'\u2018', RightSingle = u'\u2019';

struct Span
{
    qsizetype open, close; ///< indexes of the two marks
};

/// Pairs of double marks: “ opens, ” closes, a straight " closes what is open or opens.
void doublePairs(QStringView text, QList<Span> &out)
{
    QList<qsizetype> open;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == LeftDouble) {
            open.append(i);
        } else if (c == RightDouble || c == u'"') {
            if (!open.isEmpty())
                out.append({open.takeLast(), i});
            else if (c == u'"')
                open.append(i);
        }
    }
}

/// Pairs of single marks, each closing mark with the nearest unpaired opening one.
void singlePairs(QStringView text, QList<Span> &out)
{
    QList<qsizetype> open;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'\'' && c != LeftSingle && c != RightSingle)
            continue;
        const bool atStart = i == 0, atEnd = i + 1 == text.size();
        const bool canOpen = c != RightSingle && (atStart || !text[i - 1].isLetterOrNumber()) && !atEnd && !text[i + 1].isSpace();
        const bool canClose = c != LeftSingle && !atStart && !text[i - 1].isSpace() && (atEnd || !text[i + 1].isLetterOrNumber());
        if (canClose && !open.isEmpty())
            out.append({open.takeLast(), i});
        else if (canOpen)
            open.append(i);
    }
}

} // namespace

QList<Run> extract(QStringView text)
{
    QList<Span> spans;
    doublePairs(text, spans);
    singlePairs(text, spans);
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.open != b.open ? a.open < b.open : a.close > b.close; });
    QList<Run> runs;
    qsizetype outerClose = -1;
    for (const Span &s : std::as_const(spans)) {
        if (s.close < outerClose)
            continue; // inside a run already taken
        outerClose = s.close;
        const QStringView inner = text.sliced(s.open + 1, s.close - s.open - 1);
        const QString trimmed = inner.trimmed().toString();
        if (!trimmed.isEmpty())
            runs.append(Run{s.open + 1, inner.size(), trimmed});
    }
    return runs;
}

QString normalise(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out.append(u' ');
            space = false;
        }
        switch (c.unicode()) {
        case LeftSingle:
        case RightSingle: out.append(u'\''); break;
        case LeftDouble:
        case RightDouble: out.append(u'"'); break;
        default: out.append(c);
        }
    }
    return out;
}

QStringList pieces(const QString &normalisedQuotation)
{
    QString text = normalisedQuotation;
    text.replace(u"..."_s, u"\u2026"_s);
    QStringList out;
    for (const QStringView piece : QStringView(text).split(u'\u2026')) {
        const QStringView trimmed = piece.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed.toString();
    }
    return out;
}

bool foundInOrder(const QString &text, const QStringList &pieces)
{
    qsizetype from = 0;
    for (const QString &piece : pieces) {
        const qsizetype at = text.indexOf(piece, from);
        if (at < 0)
            return false;
        from = at + piece.size();
    }
    return true;
}

void Index::add(const QString &text)
{
    if (text.isEmpty() || m_raw.contains(text))
        return;
    m_raw.insert(text);
    m_texts << normalise(text);
    m_size += m_texts.last().size();
    m_known.clear(); // a new text may hold what was missing
}

bool Index::contains(const QString &quotation)
{
    const QString key = normalise(quotation);
    const auto it = m_known.constFind(key);
    if (it != m_known.cend())
        return *it;
    const QStringList parts = pieces(key);
    const bool found = parts.isEmpty() || std::any_of(m_texts.cbegin(), m_texts.cend(), [&](const QString &t) { return foundInOrder(t, parts); });
    m_known.insert(key, found);
    return found;
}

} // namespace Claimscope::Quotations
