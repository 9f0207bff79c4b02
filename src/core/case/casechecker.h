// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casevalidator.h"

#include <QHash>
#include <QSet>

namespace Claimscope {

/// One run of CaseValidator::validate(): the references between the files of a
/// case (casevalidator.cpp) and the quotes searched for in its articles, within
/// the limits (casequotes.cpp). Internal to the validator.
class CaseChecker
{
public:
    CaseChecker(const CaseData &data, Problems &problems, const CaseLimits &limits, const QSet<QString> &unread);
    void run();

private:
    /// One text of the case's own, to be searched for quoted words.
    struct Quoted
    {
        QString text, file, path;
        bool whole = false; ///< the whole text is a quotation (a headline example)
    };

    void report(const QString &file, const QString &path, const QString &code, const QString &message);
    template<typename T>
    void unique(const QList<T> &items, const QString &file, const QString &array);
    /// The ids of one kind and the file that declares them.
    struct Ids
    {
        QSet<QString> ids;
        QString file;
    };
    /// Reports `id` unless `known` has it or its file could not be read:
    /// then what it holds is unknown, and that file's own problem says why.
    void ref(const Ids &known, const QString &id, const QString &file, const QString &path, const char *what);
    /// The same for an article, declared in its own file.
    bool articleRef(const QString &id, const QString &file, const QString &path);
    void inPeriod(const QDate &date, const QString &file, const QString &path);
    [[nodiscard]] const Article *article(const QString &id) const;
    /// An article's full text, built once for a run of quotes in it; a few
    /// are kept, since claims cite several articles in turn.
    const QString &text(const Article &article);
    /// Characters searched to find `quote` in the article: its whole text.
    [[nodiscard]] qint64 searchCost(const QString &articleId, const QString &quote) const;
    /// Checks the limits on annotations and on quote searching before any
    /// quote is searched for. Articles over the annotation limit have their
    /// quotes skipped; over the search limit, no quote is searched at all.
    void checkLimits();
    void quote(const QString &articleId, const QString &quote, int occurrence, const QString &file, const QString &path);
    void sourceRefs(const QList<SourceRef> &refs, const QString &file, const QString &path);
    /// A later development happens after the coverage period and no later
    /// than the date the case's "known now" layer is current to.
    void laterDevelopment(const LaterDevelopment &l, const QString &p);
    /// Every text of the case's own words that may quote someone.
    [[nodiscard]] QList<Quoted> quotedTexts() const;
    /// Every run of words the case's own text puts in quotation marks must be
    /// verbatim in an article of the case or in a quote recorded in sources.json.
    void quotations();
    void quizItem(const QuizItem &q, const QString &p);
    /// Warnings about what the app never shows, or not where the author may
    /// expect: a directed claim without a target, a quiz item no quiz step
    /// asks, a booster item a quiz step asks.
    void unseen();
    void warn(const QString &file, const QString &path, const QString &code, const QString &message);

    const CaseData &m_data;
    Problems &m_problems;
    const CaseLimits &m_limits;
    const QSet<QString> &m_unread; ///< files there but not read or parsed
    Ids m_actors, m_sources, m_claims, m_phases, m_criteria, m_quiz, m_later;
    QHash<QString, qsizetype> m_articles; ///< id → index in m_data.articles
    QHash<QString, QString> m_texts;      ///< article id → full text, a few at a time
    QSet<QString> m_skipQuotes;           ///< articles over the annotation limit
    bool m_searchQuotes = true;           ///< false over the quote-search limit
    qint64 m_quoteSearchChars = 0;        ///< article text searched for the quotes of source references and annotations
    /// Article text searched for the nearest text of quotes not found; past
    /// the bound, a quote not found is reported without a hint.
    qint64 m_hintChars = 0;
    static constexpr qint64 MaxHintChars = 20'000'000;
};

} // namespace Claimscope
