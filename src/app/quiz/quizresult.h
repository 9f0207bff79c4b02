// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "progress/progressstore.h"
#include "quiz/quizscoring.h"

#include <QDateTime>
#include <QList>
#include <QQmlEngine>

/// How a set of quiz items did on one rubric criterion.
struct CriterionScore
{
    Q_GADGET
    QML_VALUE_TYPE(criterionScore)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString description MEMBER description)
    Q_PROPERTY(double credit MEMBER credit)
    Q_PROPERTY(int answered MEMBER answered)
    Q_PROPERTY(int items MEMBER items)
    Q_PROPERTY(double fraction MEMBER fraction)

public:
    QString id, title, description;
    double credit = 0.0;    ///< earned on the answered items
    int answered = 0;       ///< items answered that train it
    int items = 0;          ///< items of the set that train it
    double fraction = -1.0; ///< credit / answered, 0..1; −1 when none was answered
    bool operator==(const CriterionScore &) const = default;
};

/// The result of one run through a set of quiz items, the same for a quiz on
/// screen (QuizSession), a saved run (StudentProgress) and the PDF report.
/// Numbers come from Claimscope::summarise; ResultsFormatter words them.
struct QuizResult
{
    Q_GADGET
    QML_VALUE_TYPE(quizResult)
    Q_PROPERTY(int items MEMBER items)
    Q_PROPERTY(int answered MEMBER answered)
    Q_PROPERTY(int correct MEMBER correct)
    Q_PROPERTY(double score MEMBER score)
    Q_PROPERTY(int trueItems MEMBER trueItems)
    Q_PROPERTY(int falseItems MEMBER falseItems)
    Q_PROPERTY(int trueAnswered MEMBER trueAnswered)
    Q_PROPERTY(int falseAnswered MEMBER falseAnswered)
    Q_PROPERTY(int trueCorrect MEMBER trueCorrect)
    Q_PROPERTY(int falseCorrect MEMBER falseCorrect)
    Q_PROPERTY(double trueAccuracy MEMBER trueAccuracy)
    Q_PROPERTY(double falseAccuracy MEMBER falseAccuracy)
    Q_PROPERTY(QList<CriterionScore> byCriterion MEMBER byCriterion)
    Q_PROPERTY(qint64 secondsSpent MEMBER secondsSpent)
    Q_PROPERTY(QDateTime started MEMBER started)
    Q_PROPERTY(QDateTime finished MEMBER finished)

public:
    int items = 0; ///< items in the set: the most `score` can reach
    int answered = 0;
    int correct = 0;  ///< fully right
    double score = 0; ///< sum of credits (partial credit for highlight and rank)
    /// Discernment: true and false statements among the items (answered or
    /// not), how many of each were answered and judged right, and the
    /// accuracy on each (0..1, −1 when none of that kind was answered).
    int trueItems = 0, falseItems = 0;
    int trueAnswered = 0, falseAnswered = 0;
    int trueCorrect = 0, falseCorrect = 0;
    double trueAccuracy = -1.0, falseAccuracy = -1.0;
    /// Per rubric criterion the items train, in rubric order.
    QList<CriterionScore> byCriterion;
    /// A saved run's active time and when it started and finished (invalid
    /// while not); zero and invalid for a quiz that is not saved.
    qint64 secondsSpent = 0;
    QDateTime started, finished;

    /// Whether any of the items trains the criterion `id`.
    Q_INVOKABLE bool trains(const QString &criterionId) const;
    /// The share of credit on criterion `id` (see CriterionScore::fraction); −1 when not trained or not answered.
    Q_INVOKABLE double fraction(const QString &criterionId) const;

    bool operator==(const QuizResult &) const = default;
};

/// The result of `answers` to the items `itemIds` of `data` (answers to other
/// items, or that do not fit their item, are left out).
[[nodiscard]] QuizResult quizResult(const Claimscope::CaseData &data, const QStringList &itemIds, const QMap<QString, Claimscope::QuizAnswer> &answers);
/// The result of a saved run through `itemIds`, with its time spent and when it started and finished.
[[nodiscard]] QuizResult quizResult(const Claimscope::CaseData &data, const QStringList &itemIds, const Claimscope::RunProgress &run);
