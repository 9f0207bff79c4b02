// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// StudentProgress: the current profile's progress on the open case, its
// results, and saving. The profiles (studentprofiles.cpp), recording the
// work (studyrecording.cpp) and the exports (progressexport.cpp) have files
// of their own.
#include "progress/studentprogress.h"

#include "case/caselibrary.h"
#include "quiz/quizresult.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

QString defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"profiles"_s);
}

} // namespace

StudentProgress::StudentProgress(CaseLibrary *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_store(defaultDirectory())
    , m_boosterDelayDays(AppSettings::DefaultBoosterDelayDays)
{
    if (m_library) {
        connect(m_library, &CaseLibrary::caseChanged, this, [this] {
            Q_EMIT profilesChanged();
            changed();
        });
        // The results' criteria are the case's words: they follow its language.
        connect(m_library, &CaseLibrary::textsChanged, this, &StudentProgress::changed);
        connect(m_library->lesson(), &LessonModel::currentChanged, this, &StudentProgress::onStepChanged);
    }
    // Nothing is read until reload() or setStorageDirectory(): screenshots
    // (DemoSession's sample profiles) never touch the user's data.
}

StudentProgress *StudentProgress::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    auto *library = qmlEngine->singletonInstance<CaseLibrary *>(u"org.claimscope.Claimscope"_s, u"CaseLibrary"_s);
    auto *progress = new StudentProgress(library);
    // The booster opens after the delay chosen in the settings: wired here, so
    // wherever the module is used (the app, Quick Tests) it follows them.
    if (auto *settings = qmlEngine->singletonInstance<AppSettings *>(u"org.claimscope.Claimscope"_s, u"AppSettings"_s)) {
        progress->setBoosterDelayDays(settings->boosterDelayDays());
        connect(
            settings, &AppSettings::boosterDelayDaysChanged, progress, [settings, progress] { progress->setBoosterDelayDays(settings->boosterDelayDays()); });
    }
    return progress;
}

const CaseData *StudentProgress::caseData() const
{
    return m_library && m_library->isLoaded() ? &m_library->caseData() : nullptr;
}

QString StudentProgress::caseId() const
{
    return caseData() ? caseData()->info.id : QString();
}

const StudentProfile *StudentProgress::current() const
{
    return m_current >= 0 && m_current < m_profiles.size() ? &m_profiles.at(m_current) : nullptr;
}

CaseProgress StudentProgress::progress() const
{
    const StudentProfile *p = current();
    return p ? p->cases.value(caseId()) : CaseProgress{};
}

CaseProgress &StudentProgress::progressRef()
{
    Q_ASSERT(hasProfile());
    return m_profiles[m_current].cases[caseId()];
}

RunProgress &StudentProgress::runRef(Quiz::Run run)
{
    return run == Quiz::Run::Booster ? progressRef().booster : progressRef().lesson;
}

void StudentProgress::setBoosterDelayDays(int days)
{
    days = std::max(0, days);
    if (m_boosterDelayDays == days)
        return;
    m_boosterDelayDays = days;
    Q_EMIT boosterDelayDaysChanged();
    Q_EMIT profilesChanged();
    changed();
}

bool StudentProgress::isStarted() const
{
    return progress().lesson.isStarted();
}

int StudentProgress::resumeStep() const
{
    return progress().step;
}

bool StudentProgress::isLessonFinished() const
{
    return progress().lesson.isFinished();
}

QDateTime StudentProgress::boosterAvailableAt() const
{
    return Claimscope::boosterAvailableAt(progress(), m_boosterDelayDays);
}

bool StudentProgress::isBoosterAvailable() const
{
    return hasProfile() && !boosterItemIds().isEmpty() && Claimscope::isBoosterAvailable(progress(), m_boosterDelayDays, m_store.now());
}

bool StudentProgress::isBoosterStarted() const
{
    return progress().booster.isStarted();
}

bool StudentProgress::isBoosterFinished() const
{
    return progress().booster.isFinished();
}

QuizResult StudentProgress::lessonResults() const
{
    return caseData() ? quizResult(*caseData(), lessonItemIds(), progress().lesson) : QuizResult{};
}

QuizResult StudentProgress::boosterResults() const
{
    return caseData() ? quizResult(*caseData(), boosterItemIds(), progress().booster) : QuizResult{};
}

QStringList StudentProgress::lessonItemIds() const
{
    return caseData() ? Claimscope::lessonItemIds(*caseData()) : QStringList();
}

QStringList StudentProgress::boosterItemIds() const
{
    return caseData() ? Claimscope::boosterItemIds(*caseData()) : QStringList();
}

void StudentProgress::clearProblems()
{
    if (m_problems.isEmpty())
        return;
    m_problems.clear();
    Q_EMIT problemsChanged();
}

void StudentProgress::save()
{
    if (m_sample || !current())
        return;
    QString error;
    if (!m_store.save(*current(), &error))
        addProblem(tr("Progress could not be saved: %1").arg(error));
}

void StudentProgress::addProblems(const Problems &problems)
{
    if (problems.isEmpty())
        return;
    for (const Problem &p : problems) {
        m_problems.append(ProblemLine::of(p));
    }
    Q_EMIT problemsChanged();
}

void StudentProgress::addProblem(const QString &text)
{
    m_problems.append(ProblemLine::sentence(text));
    Q_EMIT problemsChanged();
}

void StudentProgress::changed()
{
    Q_EMIT progressChanged();
}
