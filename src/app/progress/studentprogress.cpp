// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/studentprogress.h"

#include "case/caselibrary.h"
#include "progress/progressreport.h"
#include "quiz/quizresult.h"
#include "quiz/quizsession.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

/// A gap between two actions longer than this counts as a break, not work.
constexpr qint64 IdleSeconds = 5 * 60;

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

void StudentProgress::setRecording(bool recording)
{
    if (m_recording == recording)
        return;
    m_recording = recording;
    if (m_recording && hasProfile() && caseData()) {
        RunProgress &lesson = progressRef().lesson;
        if (!lesson.isStarted())
            lesson.started = m_store.now();
        m_activity.start();
        save();
        changed();
    }
    Q_EMIT recordingChanged();
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

void StudentProgress::setClock(ProgressStore::Clock clock)
{
    m_store.setClock(std::move(clock));
    Q_EMIT profilesChanged();
    changed();
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

void StudentProgress::attach(QuizSession *session, Quiz::Run run)
{
    if (!session || !hasProfile() || !caseData() || run == Quiz::Run::None)
        return;
    RunProgress &r = runRef(run);
    if (!r.isStarted())
        r.started = m_store.now();
    session->restoreAnswers(r.plainAnswers());
    if (!m_attached.contains(session)) {
        m_attached.insert(session);
        connect(session, &QuizSession::itemAnswered, this, [this, session, run](const QString &id) { onAnswered(session, run, id); });
        connect(session, &QObject::destroyed, this, [this, session] { m_attached.remove(session); });
    }
    m_activity.start();
    save();
    changed();
}

void StudentProgress::addActiveTime(RunProgress &run)
{
    if (m_activity.isValid())
        run.secondsSpent += std::min(m_activity.restart() / 1000, IdleSeconds);
    else
        m_activity.start();
}

void StudentProgress::onAnswered(QuizSession *session, Quiz::Run run, const QString &id)
{
    if (!hasProfile() || !caseData())
        return;
    const auto answer = session->answer(id);
    if (!answer)
        return;
    RunProgress &r = runRef(run);
    r.answers.insert(id, RecordedAnswer{*answer, m_store.now()});
    addActiveTime(r);
    if (run == Quiz::Run::Booster && !r.isFinished()) {
        const QStringList items = boosterItemIds();
        if (std::all_of(items.cbegin(), items.cend(), [&](const QString &i) { return r.answers.contains(i); }))
            r.finished = m_store.now();
    }
    save();
    Q_EMIT profilesChanged();
    changed();
}

void StudentProgress::onStepChanged()
{
    if (!m_recording || !hasProfile() || !caseData())
        return;
    LessonModel *lesson = m_library->lesson();
    CaseProgress &p = progressRef();
    p.step = lesson->currentIndex();
    if (!p.lesson.isStarted())
        p.lesson.started = m_store.now();
    addActiveTime(p.lesson);
    // Reaching the last step finishes the lesson (its last step sums up).
    if (p.step == lesson->rowCount() - 1 && !p.lesson.isFinished())
        p.lesson.finished = m_store.now();
    save();
    Q_EMIT profilesChanged();
    changed();
}

QStringList StudentProgress::lessonItemIds() const
{
    return caseData() ? Claimscope::lessonItemIds(*caseData()) : QStringList();
}

QStringList StudentProgress::boosterItemIds() const
{
    return caseData() ? Claimscope::boosterItemIds(*caseData()) : QStringList();
}

QString StudentProgress::exportFileName(const QString &suffix) const
{
    QString name = current() && !current()->name.isEmpty() ? current()->name.toLower() : u"anonymous"_s;
    QString safe;
    for (const QChar c : std::as_const(name))
        safe += c.isLetterOrNumber() ? c : u'-';
    while (safe.contains(u"--"_s))
        safe.replace(u"--"_s, u"-"_s);
    safe = safe.left(40);
    while (safe.startsWith(u'-'))
        safe.remove(0, 1);
    while (safe.endsWith(u'-'))
        safe.chop(1);
    if (safe.isEmpty())
        safe = u"student"_s;
    return u"claimscope-%1-%2.%3"_s.arg(safe, m_store.now().toLocalTime().date().toString(Qt::ISODate), suffix);
}

QUrl StudentProgress::exportFolder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

bool StudentProgress::exportCsv(const QUrl &url)
{
    if (!current() || !caseData())
        return false;
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QSaveFile file(path);
    const QByteArray bytes = progressCsv(*caseData(), *current()).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        addProblem(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool StudentProgress::exportPdf(const QUrl &url)
{
    if (!current() || !caseData())
        return false;
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QString error;
    if (!writeProgressPdf(path, *caseData(), *current(), m_store.now(), &error)) {
        addProblem(tr("The report could not be written: %1").arg(error));
        return false;
    }
    return true;
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
