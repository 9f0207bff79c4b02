// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/quotehint.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace Claimscope::QuoteHint {

namespace {

/// Characters of the original text, [start, end), and what they fold to.
struct Token
{
    qsizetype start = 0, end = 0;
    qsizetype foldedStart = 0;
    std::array<char16_t, 3> folded{};
    qsizetype length = 0;

    [[nodiscard]] QStringView view() const { return QStringView(folded.data(), length); }
};

/// Invisible characters a copy from a web page may carry.
bool ignorable(char16_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

/// Quote marks, apostrophes and dashes as the one straight character they fold to.
char16_t foldedMark(char16_t c)
{
    switch (c) {
    case u'\'':
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x02BC: return u'\'';
    case u'"':
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033: return u'"';
    case u'-':
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212: return u'-';
    default: return 0;
    }
}

/// Calls `each` with every token of `text`, in order, while it returns
/// true: a run of white space folds to one space, a mark to its straight
/// form, "…" to "...", invisible characters to nothing and letters to their
/// case-folded form.
template<typename Each>
void fold(QStringView text, Each &&each)
{
    const qsizetype n = text.size();
    qsizetype folded = 0;
    bool more = true;
    auto emit = [&](qsizetype start, qsizetype end, std::initializer_list<char16_t> chars) {
        Token t{start, end, folded, {}, qsizetype(chars.size())};
        std::copy(chars.begin(), chars.end(), t.folded.begin());
        folded += t.length;
        more = each(t);
    };
    for (qsizetype i = 0; i < n && more;) {
        const QChar c = text[i];
        if (c.isSpace()) {
            qsizetype j = i;
            while (j < n && text[j].isSpace())
                ++j;
            emit(i, j, {u' '});
            i = j;
        } else if (ignorable(c.unicode())) {
            emit(i, i + 1, {});
            ++i;
        } else if (c.unicode() == 0x2026) {
            emit(i, i + 1, {u'.', u'.', u'.'});
            ++i;
        } else if (const char16_t m = foldedMark(c.unicode())) {
            emit(i, i + 1, {m});
            ++i;
        } else if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            const char32_t u = QChar::toCaseFolded(QChar::surrogateToUcs4(c, text[i + 1]));
            emit(i, i + 2, {QChar::highSurrogate(u), QChar::lowSurrogate(u)});
            i += 2;
        } else {
            emit(i, i + 1, {c.toCaseFolded().unicode()});
            ++i;
        }
    }
}

QString folded(QStringView text)
{
    QString out;
    out.reserve(text.size());
    fold(text, [&](const Token &t) {
        out.append(t.view());
        return true;
    });
    return out;
}

QList<Token> tokens(QStringView text)
{
    QList<Token> out;
    fold(text, [&](const Token &t) {
        out.append(t);
        return true;
    });
    return out;
}

/// The characters of `text` that fold to its folded characters [from, to).
std::pair<qsizetype, qsizetype> original(QStringView text, qsizetype from, qsizetype to)
{
    qsizetype start = -1, end = -1;
    fold(text, [&](const Token &t) {
        const qsizetype foldedEnd = t.foldedStart + t.length;
        if (start < 0 && t.length > 0 && foldedEnd > from)
            start = t.start;
        if (end < 0 && t.length > 0 && foldedEnd >= to)
            end = t.end;
        return end < 0;
    });
    return {std::max<qsizetype>(start, 0), end < 0 ? text.size() : end};
}

QString hex(char16_t c)
{
    return QString::number(c, 16).toUpper().rightJustified(4, u'0');
}

/// "a curly apostrophe (’)", "an en dash (–)"…
QString markName(QStringView s)
{
    if (s.size() != 1)
        return u"“%1”"_s.arg(s);
    switch (s[0].unicode()) {
    case u'\'': return u"a straight apostrophe (')"_s;
    case 0x2019: return u"a curly apostrophe (’)"_s;
    case 0x2018: return u"a curly opening quote (‘)"_s;
    case u'"': return u"a straight quote mark (\")"_s;
    case 0x201C: return u"a curly opening quote mark (“)"_s;
    case 0x201D: return u"a curly closing quote mark (”)"_s;
    case 0x201E: return u"a low quote mark („)"_s;
    case u'-': return u"a hyphen (-)"_s;
    case 0x2013: return u"an en dash (–)"_s;
    case 0x2014: return u"an em dash (—)"_s;
    case 0x2212: return u"a minus sign (−)"_s;
    default: return u"“%1” (U+%2)"_s.arg(s, hex(s[0].unicode()));
    }
}

/// "a line break", "2 spaces", "a non-breaking space"…
QString spaceName(QStringView s)
{
    if (s.count(u'\n') >= 2)
        return u"a paragraph break"_s;
    if (s.contains(u'\n'))
        return u"a line break"_s;
    if (s == u"\t")
        return u"a tab"_s;
    if (s == u" ")
        return u"a space"_s;
    if (s.size() > 1 && s.count(u' ') == s.size())
        return u"%1 spaces"_s.arg(s.size());
    if (s.size() == 1 && s[0].unicode() == 0x00A0)
        return u"a non-breaking space"_s;
    if (s.size() == 1)
        return u"a special space (U+%1)"_s.arg(hex(s[0].unicode()));
    return u"%1 white-space characters"_s.arg(s.size());
}

/// The word of `s` around index `i`.
QStringView wordAt(QStringView s, qsizetype i)
{
    qsizetype start = i, end = i + 1;
    while (start > 0 && s[start - 1].isLetterOrNumber())
        --start;
    while (end < s.size() && s[end].isLetterOrNumber())
        ++end;
    return s.sliced(start, end - start);
}

/// The ways `found` (in the article) and `quote`, equal once folded, differ;
/// each kind once, in order of appearance.
QStringList differences(QStringView found, QStringView quote)
{
    const QList<Token> a = tokens(found), b = tokens(quote);
    QStringList out;
    QList<char16_t> kinds; // the folded character of each kind reported
    auto once = [&](char16_t kind, const QString &text) {
        if (!kinds.contains(kind)) {
            kinds.append(kind);
            out.append(text);
        }
    };
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (b[j].length == 0) {
            ++j;
            continue;
        }
        if (a[i].length == 0) {
            once(0xAD, u"the article has an invisible character (U+%1) there"_s.arg(hex(found[a[i].start].unicode())));
            ++i;
            continue;
        }
        const QStringView ao = found.sliced(a[i].start, a[i].end - a[i].start);
        const QStringView bo = quote.sliced(b[j].start, b[j].end - b[j].start);
        if (a[i].view() != b[j].view()) {
            // "…" against "...": take tokens on both sides until they end together.
            qsizetype ai = i, bj = j;
            while (a[ai].foldedStart + a[ai].length != b[bj].foldedStart + b[bj].length) {
                if (a[ai].foldedStart + a[ai].length < b[bj].foldedStart + b[bj].length && ai + 1 < a.size())
                    ++ai;
                else if (bj + 1 < b.size())
                    ++bj;
                else
                    break;
            }
            once(u'.',
                 u"the article has “%1” where the quote has “%2”"_s.arg(found.sliced(a[i].start, a[ai].end - a[i].start),
                                                                        quote.sliced(b[j].start, b[bj].end - b[j].start)));
            i = ai + 1;
            j = bj + 1;
            continue;
        }
        if (ao != bo) {
            const char16_t kind = a[i].folded[0];
            if (kind == u'\'' || kind == u'"' || kind == u'-')
                once(kind, u"the article has %1 where the quote has %2"_s.arg(markName(ao), markName(bo)));
            else if (kind == u' ')
                once(kind, u"the article has %1 where the quote has %2"_s.arg(spaceName(ao), spaceName(bo)));
            else
                once(u'a', u"letter case differs: the article has “%1” where the quote has “%2”"_s.arg(wordAt(found, a[i].start), wordAt(quote, b[j].start)));
        }
        ++i;
        ++j;
    }
    return out;
}

/// Runs of letters and digits of a folded text: [start, end).
QList<std::pair<qsizetype, qsizetype>> words(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    for (qsizetype i = 0; i < text.size();) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && text[j].isLetterOrNumber())
            ++j;
        out.append({i, j});
        i = j;
    }
    return out;
}

QString shown(QStringView s)
{
    return s.size() > 160 ? s.left(110).toString() + u" … "_s + s.right(40).toString() : s.toString();
}

/// The run of as many words as the quote that shares most of its words, and
/// the words that differ.
QString approximate(const QString &text, const QString &foldedText, const QString &quote, const QString &foldedQuote)
{
    const auto quoteWords = words(foldedQuote);
    const qsizetype n = quoteWords.size();
    if (n == 0)
        return {};
    QHash<QStringView, int> need;
    for (const auto &[s, e] : quoteWords)
        ++need[QStringView(foldedQuote).sliced(s, e - s)];
    const auto textWords = words(foldedText);
    const auto view = [&](qsizetype k) { return QStringView(foldedText).sliced(textWords[k].first, textWords[k].second - textWords[k].first); };
    // Slides a window of n words over the text, calling `each(start, words shared with the quote)`.
    const auto slide = [&](auto &&each) {
        QHash<QStringView, int> have;
        int matches = 0;
        for (qsizetype k = 0; k < textWords.size(); ++k) {
            if (const auto it = need.constFind(view(k)); it != need.cend() && ++have[view(k)] <= *it)
                ++matches;
            if (k >= n) {
                if (const auto it = need.constFind(view(k - n)); it != need.cend() && have[view(k - n)]-- <= *it)
                    --matches;
            }
            if (k >= n - 1 || k + 1 == textWords.size())
                each(std::max<qsizetype>(0, k - n + 1), matches);
        }
    };
    int best = 0;
    slide([&](qsizetype, int matches) { best = std::max(best, matches); });
    if (best == 0 || 2 * best < n)
        return {};
    // Of the windows sharing that many words, the one with most of them where the quote has them.
    qsizetype bestStart = -1;
    int bestAligned = -1, candidates = 0;
    slide([&](qsizetype start, int matches) {
        if (matches != best || ++candidates > 1000)
            return;
        int aligned = 0;
        for (qsizetype k = 0; k < n && start + k < textWords.size(); ++k) {
            const auto &[qs, qe] = quoteWords[k];
            aligned += view(start + k) == QStringView(foldedQuote).sliced(qs, qe - qs);
        }
        if (aligned > bestAligned) {
            bestAligned = aligned;
            bestStart = start;
        }
    });
    const qsizetype last = std::min(bestStart + n, textWords.size()) - 1;
    auto [start, end] = original(text, textWords[bestStart].first, textWords[last].second);
    // Punctuation around the quote's words ("“clear evidence”") is taken around the article's too.
    const auto punctuation = [](QChar c) { return !c.isLetterOrNumber() && !c.isSpace(); };
    for (qsizetype k = 0; k < quote.size() && punctuation(quote[k]) && start > 0 && punctuation(text[start - 1]); ++k)
        --start;
    for (qsizetype k = quote.size() - 1; k >= 0 && punctuation(quote[k]) && end < text.size() && punctuation(text[end]); --k)
        ++end;
    // The words of each side that the other lacks, in order.
    QHash<QStringView, int> window;
    for (qsizetype k = bestStart; k <= last; ++k)
        ++window[view(k)];
    QStringList missing;
    qsizetype missingAt = -1, extraAt = -1, extras = 0; // word positions in the quote and the window
    QHash<QStringView, int> spare = window;
    for (qsizetype k = 0; k < n; ++k) {
        const auto &[s, e] = quoteWords[k];
        const QStringView w = QStringView(foldedQuote).sliced(s, e - s);
        if (spare.value(w) > 0) {
            --spare[w];
        } else if (missing.size() < 5) {
            const auto [qs, qe] = original(quote, s, e);
            missing << quote.sliced(qs, qe - qs);
            missingAt = k;
        }
    }
    QHash<QStringView, int> wanted = need;
    for (qsizetype k = bestStart; k <= last; ++k) {
        if (wanted.value(view(k)) > 0) {
            --wanted[view(k)];
        } else {
            ++extras;
            extraAt = k - bestStart;
        }
    }
    QString why;
    if (missing.size() == 1 && extras == 1 && missingAt == extraAt) { // one word for another, in its place
        const auto [ts, te] = original(text, textWords[bestStart + extraAt].first, textWords[bestStart + extraAt].second);
        why = u"the article has “%1” where the quote has “%2”"_s.arg(text.sliced(ts, te - ts), missing.constFirst());
    } else if (!missing.isEmpty())
        why = u"the words differ; not there: “%1”"_s.arg(missing.mid(0, 4).join(u"”, “"_s));
    else
        why = u"the words differ in order or in what stands between them"_s;
    return u"nearest: “%1” — %2"_s.arg(shown(QStringView(text).sliced(start, end - start)), why);
}

} // namespace

QString nearest(const QString &text, const QString &quote)
{
    const QString trimmed = quote.trimmed();
    const QString foldedQuote = folded(trimmed);
    if (foldedQuote.trimmed().isEmpty())
        return {};
    const QString foldedText = folded(text);
    const qsizetype at = foldedText.indexOf(foldedQuote);
    if (at < 0)
        return approximate(text, foldedText, trimmed, foldedQuote);
    const auto [start, end] = original(text, at, at + foldedQuote.size());
    const QStringView found = QStringView(text).sliced(start, end - start);
    const QStringList why = differences(found, trimmed);
    return u"nearest: “%1”"_s.arg(shown(found)) + (why.isEmpty() ? QString() : u" — "_s + why.join(u"; "_s));
}

} // namespace Claimscope::QuoteHint
