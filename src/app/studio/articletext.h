// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Text that goes into an article, and quotes taken out of it.
namespace ArticleText {

/// Whether pasted text is HTML (a tag on its first line) rather than plain text.
[[nodiscard]] bool looksLikeHtml(const QString &text);

/// The paragraphs of pasted plain text: blank lines separate them; a single
/// line break inside one (hard-wrapped text) and runs of white space become
/// one space.
[[nodiscard]] QStringList paragraphsFromText(const QString &text);

/// The paragraphs of HTML (a web page, a copied selection): its text only,
/// one paragraph per block. Markup is dropped, never rendered: nothing is
/// loaded and no script runs.
[[nodiscard]] QStringList paragraphsFromHtml(const QString &html);

/// The text an article's quotes are searched in, from its JSON: headline,
/// standfirst, caption and paragraphs joined by blank lines (Article::fullText()).
[[nodiscard]] QString fullText(const QJsonObject &article);

/// A quote taken from a selection of an article's full text.
struct Quote
{
    QString quote;      ///< the selected words, white space at either end left out
    int occurrence = 0; ///< which match of `quote` the selection is (1-based, as the format counts); 0 when none
    qsizetype start = 0, end = 0;
    QString error; ///< why the selection cannot be a quote ("" when it can)
};

/// The quote and occurrence that name the text from `start` to `end` of
/// `text`, counted as the validator finds quotes (non-overlapping matches
/// from the start).
[[nodiscard]] Quote quoteAt(const QString &text, qsizetype start, qsizetype end);

/// An id made from a name or title: lower-case ASCII letters, digits and
/// "-", accents dropped ("Café Müller's" → "cafe-mullers"); "" when nothing is left.
[[nodiscard]] QString slug(const QString &text, qsizetype maxLength = 40);

} // namespace ArticleText
