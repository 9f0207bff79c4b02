// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// StudentProgress: the profiles on this computer: listing, reading, creating, picking and
// removing them, and profiles held in memory.
#include "progress/studentprogress.h"

#include "case/caselibrary.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

QList<ProfileSummary> StudentProgress::profiles() const
{
    QList<ProfileSummary> list;
    const CaseData *data = caseData();
    const int steps = m_library ? m_library->lesson()->rowCount() : 0;
    const qsizetype items = data ? Claimscope::lessonItemIds(*data).size() : 0;
    for (const StudentProfile &p : m_profiles) {
        const CaseProgress c = p.cases.value(caseId());
        list.append(ProfileSummary{p.id,
                                   p.name,
                                   p.name.isEmpty() ? tr("Anonymous student") : p.name,
                                   c.lesson.isStarted(),
                                   c.step,
                                   steps,
                                   static_cast<int>(c.lesson.answers.size()),
                                   static_cast<int>(items),
                                   c.lesson.isFinished(),
                                   Claimscope::boosterAvailableAt(c, m_boosterDelayDays),
                                   Claimscope::isBoosterAvailable(c, m_boosterDelayDays, m_store.now()),
                                   c.booster.isFinished()});
    }
    return list;
}

QString StudentProgress::profileId() const
{
    return current() ? current()->id : QString();
}

QString StudentProgress::displayName() const
{
    if (!current())
        return {};
    return current()->name.isEmpty() ? tr("Anonymous student") : current()->name;
}

void StudentProgress::setStorageDirectory(const QString &directory)
{
    m_sample = false;
    m_store.setDirectory(directory);
    Q_EMIT storageChanged();
    reload();
}

void StudentProgress::reload()
{
    if (m_sample)
        return;
    const QString keep = profileId();
    Problems problems;
    m_profiles = m_store.loadAll(caseData(), &problems);
    m_current = -1;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == keep)
            m_current = static_cast<int>(i);
    }
    addProblems(problems);
    Q_EMIT profilesChanged();
    Q_EMIT currentChanged();
    changed();
}

void StudentProgress::useProfilesInMemory(const QList<StudentProfile> &profiles)
{
    m_sample = true;
    m_recording = false;
    m_profiles = profiles;
    m_current = profiles.isEmpty() ? -1 : 0;
    Q_EMIT storageChanged();
    Q_EMIT recordingChanged();
    Q_EMIT profilesChanged();
    Q_EMIT currentChanged();
    changed();
}

QString StudentProgress::createProfile(const QString &name)
{
    StudentProfile p;
    p.id = m_sample ? u"sample-%1"_s.arg(m_profiles.size() + 1) : ProgressStore::newProfileId();
    p.name = name.simplified().left(80);
    p.created = m_store.now();
    m_profiles.append(p);
    m_current = static_cast<int>(m_profiles.size() - 1);
    save();
    Q_EMIT profilesChanged();
    Q_EMIT currentChanged();
    changed();
    return p.id;
}

bool StudentProgress::selectProfile(const QString &id)
{
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(), [&](const StudentProfile &p) { return p.id == id; });
    if (it == m_profiles.cend())
        return false;
    int index = static_cast<int>(it - m_profiles.cbegin());
    if (!m_sample) {
        // The file may have changed since the list was read: read it again.
        ProgressStore::Loaded loaded = m_store.load(id, caseData());
        if (!loaded.profile) {
            addProblems(loaded.problems);
            m_profiles.removeAt(index);
            m_current = -1;
            Q_EMIT profilesChanged();
            Q_EMIT currentChanged();
            changed();
            return false;
        }
        m_profiles[index] = *loaded.profile;
    }
    m_current = index;
    Q_EMIT profilesChanged();
    Q_EMIT currentChanged();
    changed();
    return true;
}

bool StudentProgress::removeProfile(const QString &id)
{
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(), [&](const StudentProfile &p) { return p.id == id; });
    if (it == m_profiles.cend())
        return false;
    if (!m_sample && !m_store.remove(id) && QFile::exists(m_store.fileFor(id))) {
        addProblem(tr("%1 could not be removed.").arg(m_store.fileFor(id)));
        return false;
    }
    const QString keep = profileId();
    m_profiles.erase(it);
    m_current = -1;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == keep)
            m_current = static_cast<int>(i);
    }
    Q_EMIT profilesChanged();
    Q_EMIT currentChanged();
    changed();
    return true;
}

void StudentProgress::leaveProfile()
{
    setRecording(false);
    m_current = -1;
    Q_EMIT currentChanged();
    changed();
}

void StudentProgress::startOver()
{
    if (!hasProfile() || !caseData())
        return;
    m_profiles[m_current].cases.remove(caseId());
    save();
    Q_EMIT profilesChanged();
    changed();
}
