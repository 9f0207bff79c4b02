// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/quizresult.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

/// Results in words, the one place for them: the quiz's summary
/// (QuizSummary.qml), the student's results page (ResultsPage.qml) and the
/// PDF report all say scores, shares and times the same way.
class ResultsFormatter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// "40%"; "–" for a fraction below 0 (nothing answered to measure).
    Q_INVOKABLE static QString percent(double fraction);
    /// Points with at most one decimal: "3", "2.5".
    Q_INVOKABLE static QString points(double score);
    /// "7.5 of 12 points".
    Q_INVOKABLE static QString score(const QuizResult &result);
    /// "3 of 5".
    Q_INVOKABLE static QString countOf(int count, int total);
    /// Time spent as a student reads it: "under a minute", "12 min", "1 h 05 min".
    Q_INVOKABLE static QString duration(qint64 seconds);

    /// "You answered all 6 questions; 4 fully right." (or "3 of 6").
    Q_INVOKABLE static QString answered(const QuizResult &result);
    /// How the true and the false statements were judged, in a sentence.
    Q_INVOKABLE static QString discernment(const QuizResult &result);
    /// "1 of 2 (50%)": statements of one kind judged right, of those answered.
    Q_INVOKABLE static QString statementShare(int correct, int answered, double accuracy);
    /// "not answered", "1 of 1 point (100%)", "1.5 of 3 points (50%)".
    Q_INVOKABLE static QString criterionPoints(const CriterionScore &criterion);

    /// "12 of 17 answered · 9 fully right · time spent 14 min".
    Q_INVOKABLE static QString runLine(const QuizResult &result);
    /// Both kinds of statements on two lines, as styled text.
    Q_INVOKABLE static QString statementsText(const QuizResult &result);
    /// The report's "50% (4 answered)", or "none answered".
    Q_INVOKABLE static QString statementsAnswered(double accuracy, int answered);
};
