// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The words a case's own text puts in quotation marks, and the check that
// they are verbatim somewhere in the case (docs/case-format.md, "Quotations").
namespace Claimscope::Quotations {

/// One quoted run: the words between a pair of quotation marks.
struct Run
{
    qsizetype start = 0;  ///< index of the first character after the opening mark
    qsizetype length = 0; ///< characters up to the closing mark
    QString text;         ///< those characters, trimmed
    bool operator==(const Run &) const = default;
};

/// The outermost quoted runs of `text`, in order. Double marks (“…”, "…")
/// pair up; single marks (‘…’, '…') count only where an apostrophe cannot be
/// meant: an opening mark after the start or a non-letter/digit and before a
/// non-space, a closing mark after a non-space and before a non-letter/digit
/// or the end. Unmatched marks quote nothing; runs inside runs are dropped.
QList<Run> extract(QStringView text);

/// Folds curly and straight quotes and apostrophes (’ ‘ ' → ', “ ” " → "),
/// collapses whitespace to single spaces and trims; nothing else changes.
QString normalise(QStringView text);

/// The pieces of a normalised quotation between ellipses (… or ...), trimmed
/// and without empty ones: words left out between them.
QStringList pieces(const QString &normalisedQuotation);

/// True when every piece occurs in `text`, in order.
bool foundInOrder(const QString &text, const QStringList &pieces);

/// The texts quotations may come from, normalised once; each quotation is
/// looked up once however often the case repeats it.
class Index
{
public:
    /// Adds a text (an article's full text, a recorded quote); duplicates cost nothing.
    void add(const QString &text);
    /// True when `quotation` (not yet normalised) is verbatim in one text.
    bool contains(const QString &quotation);
    /// Characters of the distinct texts: what one lookup searches at most.
    [[nodiscard]] qint64 size() const { return m_size; }

private:
    QSet<QString> m_raw;
    QStringList m_texts;
    qint64 m_size = 0;
    QHash<QString, bool> m_known; ///< normalised quotation → found
};

} // namespace Claimscope::Quotations
