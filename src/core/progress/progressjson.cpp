// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progressjson.h"
#include "progress/boosterschedule.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

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

/// Reads JSON values, recording a problem with the JSON path for each misfit.
struct Reader
{
    QString file;
    Problems *problems;

    void fail(const QString &path, const QString &code, const QString &message) const
    {
        if (problems)
            problems->append(Problem{file, 0, 0, path, code, message});
    }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return u"null"_s;
        case QJsonValue::Bool: return u"a true/false value"_s;
        case QJsonValue::Double: return u"a number"_s;
        case QJsonValue::String: return u"text"_s;
        case QJsonValue::Array: return u"a list"_s;
        case QJsonValue::Object: return u"an object"_s;
        case QJsonValue::Undefined: return u"nothing"_s;
        }
        return {};
    }

    bool expect(const QJsonValue &v, QJsonValue::Type type, const QString &path, const QString &what) const
    {
        if (v.type() == type)
            return true;
        if (v.isUndefined())
            fail(path, u"missing-field"_s, u"missing; expected %1"_s.arg(what));
        else
            fail(path, u"wrong-type"_s, u"expected %1, found %2"_s.arg(what, typeName(v)));
        return false;
    }

    std::optional<QDateTime> date(const QJsonValue &v, const QString &path, bool optional) const
    {
        if (optional && (v.isNull() || v.isUndefined()))
            return QDateTime();
        if (!expect(v, QJsonValue::String, path, u"a date and time (ISO 8601)"_s))
            return std::nullopt;
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (!t.isValid()) {
            fail(path, u"bad-value"_s, u"\"%1\" is not a date and time (ISO 8601)"_s.arg(v.toString()));
            return std::nullopt;
        }
        return t.toUTC();
    }

    std::optional<qint64> count(const QJsonValue &v, const QString &path) const
    {
        if (!expect(v, QJsonValue::Double, path, u"a whole number"_s))
            return std::nullopt;
        const double d = v.toDouble();
        if (d < 0 || d != std::floor(d) || d > 1e12) {
            fail(path, u"bad-value"_s, u"expected a whole number from 0, found %1"_s.arg(d));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    std::optional<QuizAnswer> answer(const QJsonObject &o, const QString &path) const
    {
        static const QStringList kinds{u"choice"_s, u"truth"_s, u"spans"_s, u"order"_s};
        QStringList present;
        for (const QString &k : kinds) {
            if (o.contains(k))
                present << k;
        }
        if (present.size() != 1) {
            fail(path,
                 present.isEmpty() ? u"missing-field"_s : u"bad-value"_s,
                 u"expected exactly one of choice, truth, spans, order; found %1"_s.arg(present.isEmpty() ? u"none"_s : present.join(u", "_s)));
            return std::nullopt;
        }
        QuizAnswer a;
        const QString kind = present.constFirst();
        const QJsonValue v = o.value(kind);
        const QString at = path + u'.' + kind;
        if (kind == u"choice"_s) {
            if (!expect(v, QJsonValue::String, at, u"a choice id"_s))
                return std::nullopt;
            a.choice = v.toString();
        } else if (kind == u"truth"_s) {
            if (!expect(v, QJsonValue::Bool, at, u"true or false"_s))
                return std::nullopt;
            a.truth = v.toBool();
        } else if (kind == u"spans"_s) {
            if (!expect(v, QJsonValue::Array, at, u"a list of span numbers"_s))
                return std::nullopt;
            const QJsonArray list = v.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const auto n = count(list.at(i), u"%1[%2]"_s.arg(at).arg(i));
                if (!n || *n > 10000)
                    return std::nullopt;
                a.spans << static_cast<int>(*n);
            }
        } else {
            if (!expect(v, QJsonValue::Array, at, u"a list of option ids"_s))
                return std::nullopt;
            const QJsonArray list = v.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!expect(list.at(i), QJsonValue::String, u"%1[%2]"_s.arg(at).arg(i), u"an option id"_s))
                    return std::nullopt;
                a.order << list.at(i).toString();
            }
        }
        return a;
    }

    std::optional<RunProgress> run(const QJsonValue &value, const QString &path) const
    {
        if (!expect(value, QJsonValue::Object, path, u"an object"_s))
            return std::nullopt;
        const QJsonObject o = value.toObject();
        RunProgress run;
        const auto started = date(o.value(u"started"_s), path + u".started"_s, true);
        const auto finished = date(o.value(u"finished"_s), path + u".finished"_s, true);
        const auto seconds = count(o.value(u"secondsSpent"_s), path + u".secondsSpent"_s);
        if (!started || !finished || !seconds)
            return std::nullopt;
        run.started = *started;
        run.finished = *finished;
        run.secondsSpent = *seconds;
        const QJsonValue answers = o.value(u"answers"_s);
        if (!expect(answers, QJsonValue::Object, path + u".answers"_s, u"an object of answers by item id"_s))
            return std::nullopt;
        const QJsonObject map = answers.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const QString at = path + u".answers."_s + it.key();
            if (!expect(it.value(), QJsonValue::Object, at, u"an object"_s))
                return std::nullopt;
            const QJsonObject ao = it.value().toObject();
            auto a = answer(ao, at);
            const auto when = date(ao.value(u"answeredAt"_s), at + u".answeredAt"_s, false);
            if (!a || !when)
                return std::nullopt;
            run.answers.insert(it.key(), RecordedAnswer{*a, *when});
        }
        return run;
    }
};

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
    const Reader r{file, problems};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        if (problems)
            problems->append(Problem{file, line, column, {}, u"bad-json"_s, u"not valid JSON: %1"_s.arg(error.errorString())});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        r.fail({}, u"wrong-type"_s, u"expected a JSON object at the top"_s);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(u"formatVersion"_s);
    if (!r.expect(version, QJsonValue::Double, u"formatVersion"_s, u"a whole number"_s))
        return std::nullopt;
    if (version.toDouble() > ProgressFormatVersion) {
        r.fail(u"formatVersion"_s,
               u"newer-version"_s,
               u"written by a newer Claimscope (format %1; this one reads up to %2)"_s.arg(version.toDouble()).arg(ProgressFormatVersion));
        return std::nullopt;
    }
    if (version.toDouble() != ProgressFormatVersion) {
        r.fail(u"formatVersion"_s, u"bad-value"_s, u"expected %1, found %2"_s.arg(ProgressFormatVersion).arg(version.toDouble()));
        return std::nullopt;
    }

    StudentProfile profile;
    const QJsonValue id = root.value(u"id"_s), name = root.value(u"name"_s);
    if (!r.expect(id, QJsonValue::String, u"id"_s, u"text"_s) || !r.expect(name, QJsonValue::String, u"name"_s, u"text"_s))
        return std::nullopt;
    profile.id = id.toString();
    profile.name = name.toString();
    const auto created = r.date(root.value(u"created"_s), u"created"_s, false);
    if (!created)
        return std::nullopt;
    profile.created = *created;

    const QJsonValue cases = root.value(u"cases"_s);
    if (!r.expect(cases, QJsonValue::Object, u"cases"_s, u"an object of progress by case id"_s))
        return std::nullopt;
    const QJsonObject map = cases.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString path = u"cases."_s + it.key();
        if (!r.expect(it.value(), QJsonValue::Object, path, u"an object"_s))
            return std::nullopt;
        const QJsonObject c = it.value().toObject();
        CaseProgress progress;
        const auto step = r.count(c.value(u"step"_s), path + u".step"_s);
        const auto lesson = r.run(c.value(u"lesson"_s), path + u".lesson"_s);
        if (!step || !lesson || *step > 100000)
            return std::nullopt;
        progress.step = static_cast<int>(*step);
        progress.lesson = *lesson;
        if (c.contains(u"booster"_s)) {
            const auto booster = r.run(c.value(u"booster"_s), path + u".booster"_s);
            if (!booster)
                return std::nullopt;
            progress.booster = *booster;
        }
        profile.cases.insert(it.key(), progress);
    }
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
        problems.append(Problem{file, 0, 0, path + u".step"_s, u"bad-value"_s, u"step %1 does not exist; the lesson has %2 steps"_s.arg(it->step).arg(steps)});
    const auto checkRun = [&](const QString &runName, const RunProgress &run, const QStringList &items) {
        for (auto a = run.answers.cbegin(); a != run.answers.cend(); ++a) {
            const QString at = path + u'.' + runName + u".answers."_s + a.key();
            const QuizItem *q = data.quizItem(a.key());
            if (!q || !items.contains(a.key())) {
                problems.append(Problem{file, 0, 0, at, u"unknown-item"_s, u"\"%1\" is not a quiz item of this case's %2"_s.arg(a.key(), runName)});
                continue;
            }
            if (!scoreAnswer(*q, a->answer).valid)
                problems.append(Problem{file, 0, 0, at, u"bad-answer"_s, u"the answer does not fit this %1 item"_s.arg(q->type)});
        }
    };
    checkRun(u"lesson"_s, it->lesson, lessonItemIds(data));
    checkRun(u"booster"_s, it->booster, boosterItemIds(data));
    return problems;
}

} // namespace Claimscope
