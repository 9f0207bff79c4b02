// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/spancontext.h"

#include "case/caseloader.h"

using namespace Qt::StringLiterals;

namespace Claimscope {

bool isSentenceEnd(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c != u'.' && c != u'?' && c != u'!')
        return false;
    // "U.S." and initials such as "J." do not end a sentence.
    if (c == u'.' && i >= 1 && text.at(i - 1).isUpper() && (i == 1 || !text.at(i - 2).isLetter()))
        return false;
    qsizetype j = i + 1;
    while (j < text.size() && (text.at(j) == u'"' || text.at(j) == u'\'' || text.at(j) == u'’' || text.at(j) == u'”' || text.at(j) == u')'))
        ++j;
    return j >= text.size() || text.at(j).isSpace();
}

SpanContext spanContext(const Article &article, const QString &quote, int occurrence)
{
    SpanContext ctx;
    const QString text = article.fullText();
    const qsizetype at = CaseValidator::find(text, quote, occurrence);
    if (at < 0)
        return ctx;
    ctx.found = true;

    // Which part of fullText(): headline, standfirst, caption, paragraphs.
    const qsizetype partStart = [&] {
        const qsizetype sep = text.lastIndexOf(u"\n\n"_s, at);
        return sep < 0 ? qsizetype(0) : sep + 2;
    }();
    const qsizetype partEnd = [&] {
        const qsizetype sep = text.indexOf(u"\n\n"_s, at + quote.size());
        return sep < 0 ? text.size() : sep;
    }();
    const qsizetype partNumber = text.left(partStart).count(u"\n\n"_s);
    QList<ArticlePart> parts{ArticlePart::Headline};
    if (!article.standfirst.isEmpty())
        parts << ArticlePart::Standfirst;
    if (!article.caption.isEmpty())
        parts << ArticlePart::Caption;
    if (partNumber < parts.size()) {
        ctx.part = parts.at(partNumber);
    } else {
        ctx.part = ArticlePart::Paragraph;
        ctx.paragraph = static_cast<int>(partNumber - parts.size() + 1);
    }

    qsizetype from = partStart;
    qsizetype to = partEnd;
    if (partEnd - partStart > WholeParagraphLimit) {
        for (qsizetype i = at - 1; i > partStart; --i) {
            if (isSentenceEnd(text, i)) {
                from = i + 1;
                while (from < at && text.at(from).isSpace())
                    ++from;
                ctx.cutBefore = true;
                break;
            }
        }
        for (qsizetype i = at + quote.size(); i < partEnd; ++i) {
            if (isSentenceEnd(text, i)) {
                to = i + 1;
                while (to < partEnd && !text.at(to).isSpace())
                    ++to; // closing quotation marks
                ctx.cutAfter = to < partEnd;
                break;
            }
        }
    }
    ctx.before = text.mid(from, at - from);
    ctx.after = text.mid(at + quote.size(), to - at - quote.size());
    return ctx;
}

} // namespace Claimscope
