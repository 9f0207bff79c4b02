// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/articletext.h"
#include "case/casedata.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace ArticleText {

bool looksLikeHtml(const QString &text)
{
    return Qt::mightBeRichText(text.trimmed());
}

QStringList paragraphsFromText(const QString &text)
{
    static const QRegularExpression blankLine(u"\\n[ \\t\\f\\v]*\\n"_s);
    QString unified = text;
    unified.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').replace(QChar::ParagraphSeparator, u"\n\n"_s);
    QStringList out;
    for (const QString &piece : unified.split(blankLine)) {
        const QString paragraph = piece.simplified();
        if (!paragraph.isEmpty())
            out << paragraph;
    }
    return out;
}

QStringList paragraphsFromHtml(const QString &html)
{
    // Only the text of the parsed document is kept: QTextDocumentFragment
    // does not run scripts, and a document never fetched resources loads none.
    QString plain = QTextDocumentFragment::fromHtml(html).toPlainText();
    plain.remove(QChar::ObjectReplacementCharacter).replace(QChar::LineSeparator, u'\n'); // images go; a <br> ends a paragraph
    QStringList out;
    for (const QString &line : plain.split(u'\n')) {
        const QString paragraph = line.simplified();
        if (!paragraph.isEmpty())
            out << paragraph;
    }
    return out;
}

QString fullText(const QJsonObject &article)
{
    Article a;
    a.headline = article.value(u"headline"_s).toString();
    a.standfirst = article.value(u"standfirst"_s).toString();
    a.caption = article.value(u"caption"_s).toString();
    for (const QJsonValue &p : article.value(u"paragraphs"_s).toArray())
        a.paragraphs << p.toString();
    return a.fullText();
}

Quote quoteAt(const QString &text, qsizetype start, qsizetype end)
{
    Quote q;
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, 0, text.size());
    if (start > end)
        std::swap(start, end);
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    q.start = start;
    q.end = end;
    if (start == end) {
        q.error = u"select some words of the article"_s;
        return q;
    }
    q.quote = text.mid(start, end - start);
    // Count matches as CaseValidator::find() does: each search starts after the previous match.
    int n = 1;
    qsizetype at = text.indexOf(q.quote);
    while (at >= 0 && at < start) {
        at = text.indexOf(q.quote, at + q.quote.size());
        ++n;
    }
    if (at == start)
        q.occurrence = n;
    else
        q.error = u"the selection overlaps an earlier match of the same words; select a word more or less"_s;
    return q;
}

QString slug(const QString &text, qsizetype maxLength)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c == u'\'' || c == u'\u2019' || c.category() == QChar::Mark_NonSpacing)
            continue; // "Rivera's" → "riveras", "é" → "e"
        const char16_t lower = c.toLower().unicode();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += QChar(lower);
            dash = false;
        } else {
            dash = true;
        }
    }
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        while (out.endsWith(u'-'))
            out.chop(1);
    }
    return out;
}

} // namespace ArticleText
