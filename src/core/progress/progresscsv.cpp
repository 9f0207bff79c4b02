// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progresscsv.h"
#include "progress/boosterschedule.h"

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

QString csvField(QString text)
{
    // A spreadsheet would run a leading = + - @ as a formula.
    if (!text.isEmpty() && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

QString csvRow(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(u',') + u"\r\n"_s;
}

QString answerText(const QuizAnswer &a)
{
    if (a.truth)
        return *a.truth ? u"true"_s : u"false"_s;
    if (!a.choice.isEmpty())
        return a.choice;
    if (!a.order.isEmpty())
        return a.order.join(u';');
    QStringList spans;
    for (const int s : a.spans)
        spans << QString::number(s);
    return spans.join(u';');
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

void appendRunCsv(QString &out, const CaseData &data, const QString &runName, const RunProgress &run, const QStringList &items)
{
    const QMap<QString, QuizAnswer> answers = run.plainAnswers();
    for (const QString &id : items) {
        const QuizItem *q = data.quizItem(id);
        if (!q)
            continue;
        const auto it = run.answers.constFind(id);
        if (it == run.answers.cend()) {
            out += csvRow({u"item"_s, runName, id, Quiz::typeName(q->type), q->criteria.join(u';'), {}, {}, {}, {}});
            continue;
        }
        const QuizVerdict v = scoreAnswer(*q, it->answer);
        out += csvRow({u"item"_s,
                       runName,
                       id,
                       Quiz::typeName(q->type),
                       q->criteria.join(u';'),
                       answerText(it->answer),
                       v.correct ? u"yes"_s : u"no"_s,
                       number(v.credit),
                       isoDateTime(it->answeredAt)});
    }
    const QuizSummary s = summarise(data, answers);
    auto summary = [&](const QString &measure, const QString &value) { out += csvRow({u"summary"_s, runName, measure, {}, {}, value, {}, {}, {}}); };
    summary(u"score"_s, number(s.score));
    summary(u"items"_s, QString::number(items.size()));
    summary(u"answered"_s, QString::number(s.answered));
    summary(u"correct"_s, QString::number(s.correct));
    summary(u"true_statements_accuracy"_s, s.trueItemsAnswered > 0 ? number(s.trueItemAccuracy) : QString());
    summary(u"false_statements_accuracy"_s, s.falseItemsAnswered > 0 ? number(s.falseItemAccuracy) : QString());
    for (const Criterion &c : data.criteria) {
        const auto r = s.byCriterion.value(c.id, {0.0, 0});
        if (r.second > 0)
            summary(u"criterion:"_s + c.id, number(r.first / r.second));
    }
    summary(u"seconds_spent"_s, QString::number(run.secondsSpent));
    summary(u"started"_s, isoDateTime(run.started));
    summary(u"finished"_s, isoDateTime(run.finished));
}

} // namespace

QString progressCsv(const CaseData &data, const StudentProfile &profile)
{
    QString out = csvRow({u"row"_s, u"run"_s, u"item_id"_s, u"type"_s, u"criteria"_s, u"answer"_s, u"correct"_s, u"credit"_s, u"answered_at"_s});
    out += csvRow({u"summary"_s, {}, u"student"_s, {}, {}, profile.name, {}, {}, {}});
    out += csvRow({u"summary"_s, {}, u"case"_s, {}, {}, data.info.id, {}, {}, {}});
    const CaseProgress progress = profile.cases.value(data.info.id);
    appendRunCsv(out, data, u"lesson"_s, progress.lesson, lessonItemIds(data));
    if (progress.booster.isStarted())
        appendRunCsv(out, data, u"booster"_s, progress.booster, boosterItemIds(data));
    return out;
}

} // namespace Claimscope
