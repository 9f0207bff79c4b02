// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progressstore.h"
#include "progress/progressjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

/// Profile files are small; anything bigger is not ours.
constexpr qint64 MaxProfileBytes = 8 * 1024 * 1024;

} // namespace

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
        result.problems.append(
            Problem{path, 0, 0, {}, u"file-too-large"_s, u"%1 bytes; a progress file is at most %2"_s.arg(file.size()).arg(MaxProfileBytes)});
    } else {
        result.profile = parseProfile(file.readAll(), path, &result.problems);
        if (result.profile && result.profile->id != profileId) {
            result.problems.append(Problem{path, 0, 0, u"id"_s, u"id-file-mismatch"_s, u"\"%1\" does not match the file name"_s.arg(result.profile->id)});
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
