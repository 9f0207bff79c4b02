// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progressstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

/// Profile files are small; anything bigger is not ours.
constexpr qint64 MaxProfileBytes = 8 * 1024 * 1024;

QString isoDate(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue dateValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoDate(t)) : QJsonValue(QJsonValue::Null);
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
            out += csvRow({u"item"_s, runName, id, q->type, q->criteria.join(u';'), {}, {}, {}, {}});
            continue;
        }
        const QuizVerdict v = scoreAnswer(*q, it->answer);
        out += csvRow({u"item"_s,
                       runName,
                       id,
                       q->type,
                       q->criteria.join(u';'),
                       answerText(it->answer),
                       v.correct ? u"yes"_s : u"no"_s,
                       number(v.credit),
                       isoDate(it->answeredAt)});
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
    summary(u"started"_s, isoDate(run.started));
    summary(u"finished"_s, isoDate(run.finished));
}

} // namespace

QMap<QString, QuizAnswer> RunProgress::plainAnswers() const
{
    QMap<QString, QuizAnswer> plain;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        plain.insert(it.key(), it->answer);
    return plain;
}

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

QStringList lessonItemIds(const CaseData &data)
{
    QStringList ids;
    for (const Chapter &c : data.chapters) {
        for (const LessonStep &s : c.steps) {
            for (const QString &id : s.quiz) {
                if (!ids.contains(id))
                    ids << id;
            }
        }
    }
    return ids;
}

QStringList boosterItemIds(const CaseData &data)
{
    const QStringList lesson = lessonItemIds(data);
    QStringList ids;
    for (const QuizItem &q : data.quizItems) {
        if (q.booster && !lesson.contains(q.id))
            ids << q.id;
    }
    return ids;
}

QDateTime boosterAvailableAt(const CaseProgress &progress, int delayDays)
{
    if (!progress.lesson.isFinished())
        return {};
    return progress.lesson.finished.addDays(std::max(0, delayDays));
}

bool isBoosterAvailable(const CaseProgress &progress, int delayDays, const QDateTime &now)
{
    const QDateTime at = boosterAvailableAt(progress, delayDays);
    return at.isValid() && now >= at;
}

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

ProgressStore::ProgressStore(QString directory)
    : m_directory(std::move(directory))
{
}

QDateTime ProgressStore::now() const
{
    QDateTime t = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    t = t.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second())); // whole seconds, as stored
    return t;
}

QString ProgressStore::fileFor(const QString &profileId) const
{
    return QDir(m_directory).filePath(profileId + u".json"_s);
}

QString ProgressStore::newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ProgressStore::Loaded ProgressStore::load(const QString &profileId, const CaseData *data) const
{
    Loaded result;
    const QString path = fileFor(profileId);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.append(Problem{path, 0, 0, {}, u"unreadable"_s, file.errorString()});
        return result;
    }
    if (file.size() > MaxProfileBytes) {
        result.problems.append(Problem{path, 0, 0, {}, u"too-large"_s, u"%1 bytes; a progress file is at most %2"_s.arg(file.size()).arg(MaxProfileBytes)});
    } else {
        result.profile = parseProfile(file.readAll(), path, &result.problems);
        if (result.profile && result.profile->id != profileId) {
            result.problems.append(Problem{path, 0, 0, u"id"_s, u"bad-value"_s, u"\"%1\" does not match the file name"_s.arg(result.profile->id)});
            result.profile.reset();
        }
        if (result.profile && data)
            result.problems += checkAgainstCase(*result.profile, *data, path);
    }
    file.close();
    if (!result.problems.isEmpty()) {
        result.profile.reset();
        const bool newer = std::any_of(result.problems.cbegin(), result.problems.cend(), [](const Problem &p) { return p.code == u"newer-version"_s; });
        result.movedTo = moveAside(path, newer ? u"newer"_s : u"corrupt"_s);
        result.problems.append(Problem{path,
                                       0,
                                       0,
                                       {},
                                       u"moved-aside"_s,
                                       result.movedTo.isEmpty() ? u"could not be moved aside; it is left as it is"_s
                                                                : u"kept as %1; this student starts fresh"_s.arg(QFileInfo(result.movedTo).fileName())});
    }
    return result;
}

QList<StudentProfile> ProgressStore::loadAll(const CaseData *data, Problems *problems) const
{
    QList<StudentProfile> profiles;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        Loaded loaded = load(name.chopped(5), data);
        if (problems)
            *problems += loaded.problems;
        if (loaded.profile)
            profiles.append(*loaded.profile);
    }
    std::stable_sort(profiles.begin(), profiles.end(), [](const StudentProfile &a, const StudentProfile &b) { return a.created < b.created; });
    return profiles;
}

bool ProgressStore::save(const StudentProfile &profile, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = u"cannot create the folder %1"_s.arg(m_directory);
        return false;
    }
    QSaveFile file(fileFor(profile.id));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    const QByteArray bytes = serialiseProfile(profile);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = u"%1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool ProgressStore::remove(const QString &profileId) const
{
    return QFile::remove(fileFor(profileId));
}

QString ProgressStore::moveAside(const QString &path, const QString &reason) const
{
    const QString base = u"%1.%2-%3"_s.arg(path, reason, now().toString(u"yyyyMMdd-HHmmss"_s));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + u'-' + QString::number(n);
    return QFile::rename(path, target) ? target : QString();
}

} // namespace Claimscope
