// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/resultsformatter.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

QString ResultsFormatter::percent(double fraction)
{
    return fraction < 0 ? tr("–") : tr("%1%").arg(qRound(fraction * 100));
}

QString ResultsFormatter::points(double score)
{
    const double rounded = std::round(score * 10) / 10;
    return QLocale().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

QString ResultsFormatter::score(const QuizResult &result)
{
    return tr("%1 of %2 points").arg(points(result.score)).arg(result.items);
}

QString ResultsFormatter::countOf(int count, int total)
{
    return tr("%1 of %2").arg(count).arg(total);
}

QString ResultsFormatter::duration(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 1)
        return tr("under a minute");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString ResultsFormatter::answered(const QuizResult &r)
{
    if (r.answered == r.items)
        return tr("You answered all %1 questions; %2 fully right.").arg(r.items).arg(r.correct);
    return tr("You answered %1 of %2 questions; %3 fully right.").arg(r.answered).arg(r.items).arg(r.correct);
}

QString ResultsFormatter::discernment(const QuizResult &r)
{
    const bool judgedTrue = r.trueAnswered > 0;
    const bool judgedFalse = r.falseAnswered > 0;
    if (judgedTrue && judgedFalse)
        return tr("You judged %1 of %2 true statements correctly and %3 of %4 false ones.")
            .arg(r.trueCorrect)
            .arg(r.trueAnswered)
            .arg(r.falseCorrect)
            .arg(r.falseAnswered);
    if (judgedTrue)
        return tr("You judged %1 of %2 true statements correctly.").arg(r.trueCorrect).arg(r.trueAnswered) + u' ' +
            (r.falseItems == 0 ? tr("This quiz had no false statements.") : tr("You did not answer the false ones."));
    if (judgedFalse)
        return tr("You judged %1 of %2 false statements correctly.").arg(r.falseCorrect).arg(r.falseAnswered) + u' ' +
            (r.trueItems == 0 ? tr("This quiz had no true statements.") : tr("You did not answer the true ones."));
    return tr("You did not answer any of the true-or-false statements.");
}

QString ResultsFormatter::statementShare(int correct, int answered, double accuracy)
{
    return tr("%1 of %2 (%3)").arg(correct).arg(answered).arg(percent(accuracy));
}

QString ResultsFormatter::criterionPoints(const CriterionScore &c)
{
    if (c.answered == 0)
        return tr("not answered");
    if (c.answered == 1)
        return tr("%1 of 1 point (%2)").arg(points(c.credit), percent(c.fraction));
    return tr("%1 of %2 points (%3)").arg(points(c.credit)).arg(c.answered).arg(percent(c.fraction));
}

QString ResultsFormatter::runLine(const QuizResult &r)
{
    return tr("%1 of %2 answered · %3 fully right · time spent %4").arg(r.answered).arg(r.items).arg(r.correct).arg(duration(r.secondsSpent));
}

QString ResultsFormatter::statementsText(const QuizResult &r)
{
    return tr("<b>True statements:</b> %1 (%2 of %3)<br/><b>False statements:</b> %4 (%5 of %6)")
        .arg(percent(r.trueAnswered > 0 ? r.trueAccuracy : -1))
        .arg(r.trueCorrect)
        .arg(r.trueAnswered)
        .arg(percent(r.falseAnswered > 0 ? r.falseAccuracy : -1))
        .arg(r.falseCorrect)
        .arg(r.falseAnswered);
}

QString ResultsFormatter::statementsAnswered(double accuracy, int answered)
{
    return answered > 0 ? tr("%1 (%2 answered)").arg(percent(accuracy)).arg(answered) : tr("none answered");
}
