// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/resultsformatter.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
/// A whole number in the interface's language's digits, as every number on the page.
QString number(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

QString ResultsFormatter::percent(double fraction)
{
    return fraction < 0 ? tr("–") : tr("%1%").arg(number(qRound(fraction * 100)));
}

QString ResultsFormatter::points(double score)
{
    const double rounded = std::round(score * 10) / 10;
    return QLocale().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

QString ResultsFormatter::score(const QuizResult &result)
{
    return tr("%1 of %2 points").arg(points(result.score), number(result.items));
}

QString ResultsFormatter::countOf(int count, int total)
{
    return tr("%1 of %2").arg(number(count), number(total));
}

QString ResultsFormatter::duration(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 1)
        return tr("under a minute");
    if (minutes < 60)
        return tr("%1 min").arg(number(minutes));
    return tr("%1 h %2 min").arg(number(minutes / 60), QLocale().toString(minutes % 60).rightJustified(2, QLocale().zeroDigit().at(0)));
}

QString ResultsFormatter::answered(const QuizResult &r)
{
    if (r.answered == r.items)
        return tr("You answered all %1 questions; %2 fully right.").arg(number(r.items), number(r.correct));
    return tr("You answered %1 of %2 questions; %3 fully right.").arg(number(r.answered), number(r.items), number(r.correct));
}

QString ResultsFormatter::discernment(const QuizResult &r)
{
    const bool judgedTrue = r.trueAnswered > 0;
    const bool judgedFalse = r.falseAnswered > 0;
    if (judgedTrue && judgedFalse)
        return tr("You judged %1 of %2 true statements correctly and %3 of %4 false ones.")
            .arg(number(r.trueCorrect), number(r.trueAnswered), number(r.falseCorrect), number(r.falseAnswered));
    if (judgedTrue)
        return tr("You judged %1 of %2 true statements correctly.").arg(number(r.trueCorrect), number(r.trueAnswered)) + u' ' +
            (r.falseItems == 0 ? tr("This quiz had no false statements.") : tr("You did not answer the false ones."));
    if (judgedFalse)
        return tr("You judged %1 of %2 false statements correctly.").arg(number(r.falseCorrect), number(r.falseAnswered)) + u' ' +
            (r.trueItems == 0 ? tr("This quiz had no true statements.") : tr("You did not answer the true ones."));
    return tr("You did not answer any of the true-or-false statements.");
}

QString ResultsFormatter::statementShare(int correct, int answered, double accuracy)
{
    return tr("%1 of %2 (%3)").arg(number(correct), number(answered), percent(accuracy));
}

QString ResultsFormatter::criterionPoints(const CriterionScore &c)
{
    if (c.answered == 0)
        return tr("not answered");
    if (c.answered == 1)
        return tr("%1 of 1 point (%2)").arg(points(c.credit), percent(c.fraction));
    return tr("%1 of %2 points (%3)").arg(points(c.credit), number(c.answered), percent(c.fraction));
}

QString ResultsFormatter::runLine(const QuizResult &r)
{
    return tr("%1 of %2 answered · %3 fully right · time spent %4").arg(number(r.answered), number(r.items), number(r.correct), duration(r.secondsSpent));
}

QString ResultsFormatter::statementsText(const QuizResult &r)
{
    return tr("<b>True statements:</b> %1 (%2 of %3)<br/><b>False statements:</b> %4 (%5 of %6)")
        .arg(percent(r.trueAnswered > 0 ? r.trueAccuracy : -1),
             number(r.trueCorrect),
             number(r.trueAnswered),
             percent(r.falseAnswered > 0 ? r.falseAccuracy : -1),
             number(r.falseCorrect),
             number(r.falseAnswered));
}

QString ResultsFormatter::statementsAnswered(double accuracy, int answered)
{
    return answered > 0 ? tr("%1 (%2 answered)").arg(percent(accuracy), number(answered)) : tr("none answered");
}
