// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progressjson.h"
#include "common/jsonchecker.h"
#include "progress/boosterschedule.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

QJsonValue dateValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoDateTime(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject runToJson(const RunProgress &run)
{
    QJsonObject answers;
    for (auto it = run.answers.cbegin(); it != run.answers.cend(); ++it) {
        QJsonObject a = answerToJson(it->answer);
        a.insert(u"answeredAt"_s, dateValue(it->answeredAt));
        answers.insert(it.key(), a);
    }
    return QJsonObject{{u"started"_s, dateValue(run.started)},
                       {u"finished"_s, dateValue(run.finished)},
                       {u"secondsSpent"_s, static_cast<double>(run.secondsSpent)},
                       {u"answers"_s, answers}};
}

// Answers to highlight items name spans by index; steps index the lesson.
constexpr qint64 MaxSpan = 10000;
constexpr qint64 MaxStep = 100000;
// Active time in seconds: far beyond any real lesson, still exact in a double.
constexpr qint64 MaxSeconds = 1'000'000'000'000;

// The readers below stop at the first problem: a file with any problem is not used.

std::optional<QuizAnswer> readAnswer(JsonChecker &c, const QJsonObject &o, const QString &path)
{
    static const QStringList kinds{u"choice"_s, u"truth"_s, u"spans"_s, u"order"_s};
    QStringList present;
    for (const QString &k : kinds) {
        if (o.contains(k))
            present << k;
    }
    if (present.size() != 1) {
        c.report(path,
                 present.isEmpty() ? u"missing-key"_s : u"bad-value"_s,
                 u"expected exactly one of choice, truth, spans, order; found %1"_s.arg(present.isEmpty() ? u"none"_s : present.join(u", "_s)));
        return std::nullopt;
    }
    QuizAnswer a;
    const QString kind = present.constFirst();
    const QJsonValue v = o.value(kind);
    const QString at = JsonChecker::join(path, kind);
    if (kind == u"choice"_s) {
        if (!c.expect(v, at, QJsonValue::String, "a choice id"))
            return std::nullopt;
        a.choice = v.toString();
    } else if (kind == u"truth"_s) {
        if (!c.expect(v, at, QJsonValue::Bool, "true or false"))
            return std::nullopt;
        a.truth = v.toBool();
    } else if (kind == u"spans"_s) {
        if (!c.expect(v, at, QJsonValue::Array, "a list of span numbers"))
            return std::nullopt;
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto n = c.wholeNumber(list.at(i), JsonChecker::join(at, i), 0, MaxSpan);
            if (!n)
                return std::nullopt;
            a.spans << static_cast<int>(*n);
        }
    } else {
        if (!c.expect(v, at, QJsonValue::Array, "a list of option ids"))
            return std::nullopt;
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!c.expect(list.at(i), JsonChecker::join(at, i), QJsonValue::String, "an option id"))
                return std::nullopt;
            a.order << list.at(i).toString();
        }
    }
    return a;
}

std::optional<RunProgress> readRun(JsonChecker &c, const QJsonValue &value, const QString &path)
{
    if (!c.expect(value, path, QJsonValue::Object, "an object"))
        return std::nullopt;
    const QJsonObject o = value.toObject();
    RunProgress run;
    const auto started = c.dateTime(o.value(u"started"_s), JsonChecker::join(path, "started"_L1), JsonChecker::Optional);
    const auto finished = c.dateTime(o.value(u"finished"_s), JsonChecker::join(path, "finished"_L1), JsonChecker::Optional);
    const auto seconds = c.wholeNumber(o.value(u"secondsSpent"_s), JsonChecker::join(path, "secondsSpent"_L1), 0, MaxSeconds);
    if (!started || !finished || !seconds)
        return std::nullopt;
    run.started = *started;
    run.finished = *finished;
    run.secondsSpent = *seconds;
    const QString answersPath = JsonChecker::join(path, "answers"_L1);
    const QJsonValue answers = o.value(u"answers"_s);
    if (!c.expect(answers, answersPath, QJsonValue::Object, "an object of answers by item id"))
        return std::nullopt;
    const QJsonObject map = answers.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString at = JsonChecker::join(answersPath, it.key());
        if (!c.expect(it.value(), at, QJsonValue::Object, "an object"))
            return std::nullopt;
        const QJsonObject ao = it.value().toObject();
        const auto a = readAnswer(c, ao, at);
        const auto when = c.dateTime(ao.value(u"answeredAt"_s), JsonChecker::join(at, "answeredAt"_L1));
        if (!a || !when)
            return std::nullopt;
        run.answers.insert(it.key(), RecordedAnswer{*a, *when});
    }
    return run;
}

std::optional<StudentProfile> readProfile(JsonChecker &c)
{
    const QJsonObject &root = c.root();
    if (c.formatVersion(ProgressFormatVersion) == 0)
        return std::nullopt;

    StudentProfile profile;
    const QJsonValue id = root.value(u"id"_s), name = root.value(u"name"_s);
    if (!c.expect(id, u"id"_s, QJsonValue::String, "text") || !c.expect(name, u"name"_s, QJsonValue::String, "text"))
        return std::nullopt;
    profile.id = id.toString();
    profile.name = name.toString();
    const auto created = c.dateTime(root.value(u"created"_s), u"created"_s);
    if (!created)
        return std::nullopt;
    profile.created = *created;

    const QJsonValue cases = root.value(u"cases"_s);
    if (!c.expect(cases, u"cases"_s, QJsonValue::Object, "an object of progress by case id"))
        return std::nullopt;
    const QJsonObject map = cases.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString path = JsonChecker::join(u"cases"_s, it.key());
        if (!c.expect(it.value(), path, QJsonValue::Object, "an object"))
            return std::nullopt;
        const QJsonObject o = it.value().toObject();
        CaseProgress progress;
        const auto step = c.wholeNumber(o.value(u"step"_s), JsonChecker::join(path, "step"_L1), 0, MaxStep);
        const auto lesson = readRun(c, o.value(u"lesson"_s), JsonChecker::join(path, "lesson"_L1));
        if (!step || !lesson)
            return std::nullopt;
        progress.step = static_cast<int>(*step);
        progress.lesson = *lesson;
        if (o.contains(u"booster"_s)) {
            const auto booster = readRun(c, o.value(u"booster"_s), JsonChecker::join(path, "booster"_L1));
            if (!booster)
                return std::nullopt;
            progress.booster = *booster;
        }
        profile.cases.insert(it.key(), progress);
    }
    return profile;
}

} // namespace

QJsonObject answerToJson(const QuizAnswer &answer)
{
    if (answer.truth)
        return {{u"truth"_s, *answer.truth}};
    if (!answer.choice.isEmpty())
        return {{u"choice"_s, answer.choice}};
    if (!answer.order.isEmpty())
        return {{u"order"_s, QJsonArray::fromStringList(answer.order)}};
    QJsonArray spans;
    for (const int s : answer.spans)
        spans.append(s);
    return {{u"spans"_s, spans}};
}

QJsonObject profileToJson(const StudentProfile &profile)
{
    QJsonObject cases;
    for (auto it = profile.cases.cbegin(); it != profile.cases.cend(); ++it) {
        QJsonObject c{{u"step"_s, it->step}, {u"lesson"_s, runToJson(it->lesson)}};
        if (it->booster.isStarted() || !it->booster.answers.isEmpty())
            c.insert(u"booster"_s, runToJson(it->booster));
        cases.insert(it.key(), c);
    }
    return QJsonObject{{u"formatVersion"_s, ProgressFormatVersion},
                       {u"id"_s, profile.id},
                       {u"name"_s, profile.name},
                       {u"created"_s, dateValue(profile.created)},
                       {u"cases"_s, cases}};
}

QByteArray serialiseProfile(const StudentProfile &profile)
{
    return QJsonDocument(profileToJson(profile)).toJson(QJsonDocument::Indented);
}

std::optional<StudentProfile> parseProfile(const QByteArray &bytes, const QString &file, Problems *problems)
{
    Problems found;
    JsonChecker checker(file, bytes, found);
    std::optional<StudentProfile> profile = checker.ok() ? readProfile(checker) : std::nullopt;
    if (problems)
        *problems += found;
    return profile;
}

Problems checkAgainstCase(const StudentProfile &profile, const CaseData &data, const QString &file)
{
    Problems problems;
    const auto it = profile.cases.constFind(data.info.id);
    if (it == profile.cases.cend())
        return problems;
    const QString path = u"cases."_s + data.info.id;
    int steps = 0;
    for (const Chapter &c : data.chapters)
        steps += static_cast<int>(c.steps.size());
    if (it->step >= steps)
        problems.append(
            Problem{file, 0, 0, path + u".step"_s, u"out-of-range"_s, u"step %1 does not exist; the lesson has %2 steps"_s.arg(it->step).arg(steps)});
    const auto checkRun = [&](const QString &runName, const RunProgress &run, const QStringList &items) {
        for (auto a = run.answers.cbegin(); a != run.answers.cend(); ++a) {
            const QString at = path + u'.' + runName + u".answers."_s + a.key();
            const QuizItem *q = data.quizItem(a.key());
            if (!q || !items.contains(a.key())) {
                problems.append(Problem{file, 0, 0, at, u"unknown-reference"_s, u"\"%1\" is not a quiz item of this case's %2"_s.arg(a.key(), runName)});
                continue;
            }
            if (!scoreAnswer(*q, a->answer).valid)
                problems.append(Problem{file, 0, 0, at, u"bad-answer"_s, u"the answer does not fit this %1 item"_s.arg(Quiz::typeName(q->type))});
        }
    };
    checkRun(u"lesson"_s, it->lesson, lessonItemIds(data));
    checkRun(u"booster"_s, it->booster, boosterItemIds(data));
    return problems;
}

} // namespace Claimscope
