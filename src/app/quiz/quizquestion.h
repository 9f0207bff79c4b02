// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/quiztypes.h"

#include <QList>
#include <QQmlEngine>
#include <QString>
#include <QStringList>

// What QuizSession gives QML about one item: the question, revealing no
// answer, and the verdict on the student's answer.

/// A choice of a single or evidence item, or an option of a rank item.
struct QuizOption
{
    Q_GADGET
    QML_VALUE_TYPE(quizOption)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString text MEMBER text)

public:
    QString id, text;
    bool operator==(const QuizOption &) const = default;
};

/// A span of a highlight item, shown in the words around it.
struct QuizSpan
{
    Q_GADGET
    QML_VALUE_TYPE(quizSpan)
    Q_PROPERTY(int index MEMBER index)
    Q_PROPERTY(QString quote MEMBER quote)
    Q_PROPERTY(QString where MEMBER where)
    Q_PROPERTY(QString context MEMBER context)
    Q_PROPERTY(QString contextHtml MEMBER contextHtml)

public:
    int index = 0; ///< 0-based, as answerSpans() takes it
    QString quote;
    QString where;       ///< "Headline", "Paragraph 3", …
    QString context;     ///< the sentence or paragraph around the quote, plain
    QString contextHtml; ///< the same, escaped, the quote in bold and underlined
    bool operator==(const QuizSpan &) const = default;
};

/// The article a highlight item's spans come from.
struct QuizArticleRef
{
    Q_GADGET
    QML_VALUE_TYPE(quizArticleRef)
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(QString headline MEMBER headline)
    Q_PROPERTY(QString outlet MEMBER outlet)
    Q_PROPERTY(QString date MEMBER date)

public:
    bool valid = false;
    QString headline, outlet, date;
    bool operator==(const QuizArticleRef &) const = default;
};

/// One quiz item as the student sees it, with no answer in it.
struct QuizQuestion
{
    Q_GADGET
    QML_VALUE_TYPE(quizQuestion)
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(Claimscope::Quiz::Type type MEMBER type)
    Q_PROPERTY(QString prompt MEMBER prompt)
    Q_PROPERTY(QString statement MEMBER statement)
    Q_PROPERTY(QStringList criteria MEMBER criteria)
    Q_PROPERTY(QList<QuizOption> choices MEMBER choices)
    Q_PROPERTY(QList<QuizSpan> spans MEMBER spans)
    Q_PROPERTY(QList<QuizOption> options MEMBER options)
    Q_PROPERTY(QuizArticleRef article MEMBER article)

public:
    bool valid = false; ///< false for an id that is not a quiz item of the case
    QString id;
    Claimscope::Quiz::Type type = Claimscope::Quiz::Type::Unknown;
    QString prompt;
    QString statement;         ///< true-false
    QStringList criteria;      ///< the titles of the rubric criteria it trains
    QList<QuizOption> choices; ///< single, evidence
    QList<QuizSpan> spans;     ///< highlight
    QList<QuizOption> options; ///< rank, never in the right order
    QuizArticleRef article;    ///< highlight
    bool operator==(const QuizQuestion &) const = default;
};

/// A highlight span after the answer: whether it was marked and should be.
struct SpanVerdict
{
    Q_GADGET
    QML_VALUE_TYPE(spanVerdict)
    Q_PROPERTY(int index MEMBER index)
    Q_PROPERTY(bool marked MEMBER marked)
    Q_PROPERTY(bool correct MEMBER correct)
    Q_PROPERTY(QString feedback MEMBER feedback)

public:
    int index = 0;
    bool marked = false;
    bool correct = false; ///< the span is one to mark
    QString feedback;
    bool operator==(const SpanVerdict &) const = default;
};

/// A rank option after the answer: where the student put it and where it belongs.
struct OptionVerdict
{
    Q_GADGET
    QML_VALUE_TYPE(optionVerdict)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString feedback MEMBER feedback)
    Q_PROPERTY(int position MEMBER position)
    Q_PROPERTY(int correctPosition MEMBER correctPosition)

public:
    QString id, text, feedback;
    int position = 0;        ///< 1-based, in the student's order
    int correctPosition = 0; ///< 1-based
    bool operator==(const OptionVerdict &) const = default;
};

/// The verdict on a recorded answer, with what to show about it. Which of
/// the answer fields are set depends on the item's type.
struct ItemVerdict
{
    Q_GADGET
    QML_VALUE_TYPE(itemVerdict)
    Q_PROPERTY(bool answered MEMBER answered)
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(bool correct MEMBER correct)
    Q_PROPERTY(double credit MEMBER credit)
    Q_PROPERTY(QString feedback MEMBER feedback)
    Q_PROPERTY(QString explanation MEMBER explanation)
    Q_PROPERTY(QString choiceId MEMBER choiceId)
    Q_PROPERTY(QString correctChoiceId MEMBER correctChoiceId)
    Q_PROPERTY(bool truth MEMBER truth)
    Q_PROPERTY(bool correctAnswer MEMBER correctAnswer)
    Q_PROPERTY(QList<int> spans MEMBER spans)
    Q_PROPERTY(QList<int> correctSpans MEMBER correctSpans)
    Q_PROPERTY(QList<SpanVerdict> spanResults MEMBER spanResults)
    Q_PROPERTY(QStringList order MEMBER order)
    Q_PROPERTY(QStringList correctOrder MEMBER correctOrder)
    Q_PROPERTY(QList<OptionVerdict> optionResults MEMBER optionResults)

public:
    bool answered = false; ///< false: not answered yet (or the answer was refused)
    bool valid = false;
    bool correct = false;
    double credit = 0.0;
    QString feedback, explanation;
    QString choiceId, correctChoiceId;         ///< single, evidence
    bool truth = false, correctAnswer = false; ///< true-false: what was said, and what is right
    QList<int> spans, correctSpans;            ///< highlight: marked, and the ones to mark
    QList<SpanVerdict> spanResults;            ///< highlight, every span in order
    QStringList order, correctOrder;           ///< rank: option ids, most reliable first
    QList<OptionVerdict> optionResults;        ///< rank, in the right order
    bool operator==(const ItemVerdict &) const = default;
};
