// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problemline.h"
#include "progress/profilesummary.h"
#include "progress/progressstore.h"
#include "quiz/quizresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QUrl>

class CaseLibrary;
class QuizSession;

/// The self-paced student mode: profiles on this computer and each one's
/// progress through the open case, saved after every answer and step change
/// (Claimscope::ProgressStore). QML picks a profile, attaches the lesson's
/// and the booster's QuizSessions, and shows the results.
///
/// In sample mode (useProfilesInMemory(): the screenshots' made-up profiles)
/// nothing is read from or written to disk.
class StudentProgress : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The profiles with their progress on the open case, oldest first.
    Q_PROPERTY(QList<ProfileSummary> profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(bool hasProfile READ hasProfile NOTIFY currentChanged)
    Q_PROPERTY(QString profileId READ profileId NOTIFY currentChanged)
    /// The name, or "Anonymous student" for a profile without one.
    Q_PROPERTY(QString displayName READ displayName NOTIFY currentChanged)
    /// True while the student works through the lesson: step changes are saved.
    Q_PROPERTY(bool recording READ isRecording WRITE setRecording NOTIFY recordingChanged)
    Q_PROPERTY(bool sample READ isSample NOTIFY storageChanged)
    Q_PROPERTY(QString storageDirectory READ storageDirectory NOTIFY storageChanged)
    /// Days between finishing the lesson and the booster check: AppSettings'
    /// boosterDelayDays, which create() follows.
    Q_PROPERTY(int boosterDelayDays READ boosterDelayDays WRITE setBoosterDelayDays NOTIFY boosterDelayDaysChanged)

    // The current profile on the open case.
    Q_PROPERTY(bool started READ isStarted NOTIFY progressChanged)
    Q_PROPERTY(int resumeStep READ resumeStep NOTIFY progressChanged)
    Q_PROPERTY(bool lessonFinished READ isLessonFinished NOTIFY progressChanged)
    /// Invalid while the lesson is not finished.
    Q_PROPERTY(QDateTime boosterAvailableAt READ boosterAvailableAt NOTIFY progressChanged)
    Q_PROPERTY(bool boosterAvailable READ isBoosterAvailable NOTIFY progressChanged)
    Q_PROPERTY(bool boosterStarted READ isBoosterStarted NOTIFY progressChanged)
    Q_PROPERTY(bool boosterFinished READ isBoosterFinished NOTIFY progressChanged)
    /// The saved runs' results, with their time spent and when they started and finished.
    Q_PROPERTY(QuizResult lessonResults READ lessonResults NOTIFY progressChanged)
    Q_PROPERTY(QuizResult boosterResults READ boosterResults NOTIFY progressChanged)

    /// Files that could not be used (moved aside) and saves that failed:
    /// A moved file adds a "moved-aside" line saying where it went. Cleared by clearProblems().
    Q_PROPERTY(QList<ProblemLine> problems READ problems NOTIFY problemsChanged)

public:
    explicit StudentProgress(CaseLibrary *library, QObject *parent = nullptr);
    static StudentProgress *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QList<ProfileSummary> profiles() const;
    bool hasProfile() const { return m_current >= 0; }
    QString profileId() const;
    QString displayName() const;
    bool isRecording() const { return m_recording; }
    void setRecording(bool recording);
    bool isSample() const { return m_sample; }
    QString storageDirectory() const { return m_store.directory(); }
    int boosterDelayDays() const { return m_boosterDelayDays; }
    void setBoosterDelayDays(int days);

    bool isStarted() const;
    int resumeStep() const;
    bool isLessonFinished() const;
    QDateTime boosterAvailableAt() const;
    bool isBoosterAvailable() const;
    bool isBoosterStarted() const;
    bool isBoosterFinished() const;
    QuizResult lessonResults() const;
    QuizResult boosterResults() const;
    QList<ProblemLine> problems() const { return m_problems; }

    /// "Now" for every timestamp and for the booster's opening; the system clock by default.
    void setClock(Claimscope::ProgressStore::Clock clock);
    /// Reads the profiles from `directory` instead of the user's (tests); leaves sample mode.
    void setStorageDirectory(const QString &directory);
    /// Shows `profiles`, held in memory, the first one current: sample mode,
    /// in which nothing is read or written (DemoSession's made-up profiles).
    void useProfilesInMemory(const QList<Claimscope::StudentProfile> &profiles);
    /// Reads the profiles from disk (does nothing in sample mode). Nothing is
    /// read before the first call, so a sample run never touches real data.
    Q_INVOKABLE void reload();

    /// Creates a profile (an empty name makes an anonymous one), saves it and makes it current; returns its id.
    Q_INVOKABLE QString createProfile(const QString &name);
    /// Makes a profile current, re-reading its file; false if it is gone or bad (see problems).
    Q_INVOKABLE bool selectProfile(const QString &id);
    /// Deletes a profile's file (the caller asks first).
    Q_INVOKABLE bool removeProfile(const QString &id);
    /// No profile is current any more.
    Q_INVOKABLE void leaveProfile();
    /// Forgets the current profile's progress on the open case and saves.
    Q_INVOKABLE void startOver();
    /// Restores the run's saved answers into `session` and saves each new
    /// answer. Does nothing without a profile, or for Quiz::Run::None.
    Q_INVOKABLE void attach(QuizSession *session, Claimscope::Quiz::Run run);

    Q_INVOKABLE QStringList lessonItemIds() const;
    Q_INVOKABLE QStringList boosterItemIds() const;

    /// "claimscope-<name>-<yyyy-MM-dd>.<suffix>", safe as a file name.
    Q_INVOKABLE QString exportFileName(const QString &suffix) const;
    /// The user's documents folder, for the export dialogs.
    Q_INVOKABLE QUrl exportFolder() const;
    /// Writes the current profile's results; false (and a problem) on failure.
    Q_INVOKABLE bool exportCsv(const QUrl &file);
    Q_INVOKABLE bool exportPdf(const QUrl &file);
    Q_INVOKABLE void clearProblems();

Q_SIGNALS:
    void profilesChanged();
    void currentChanged();
    void recordingChanged();
    void storageChanged();
    void boosterDelayDaysChanged();
    void progressChanged();
    void problemsChanged();

private:
    const Claimscope::CaseData *caseData() const;
    QString caseId() const;
    const Claimscope::StudentProfile *current() const;
    Claimscope::CaseProgress progress() const;
    Claimscope::CaseProgress &progressRef();
    Claimscope::RunProgress &runRef(Claimscope::Quiz::Run run);
    void addActiveTime(Claimscope::RunProgress &run);
    void onStepChanged();
    void onAnswered(QuizSession *session, Claimscope::Quiz::Run run, const QString &id);
    void save();
    void addProblems(const Claimscope::Problems &problems);
    void addProblem(const QString &text);
    void changed();

    QPointer<CaseLibrary> m_library;
    Claimscope::ProgressStore m_store;
    QList<Claimscope::StudentProfile> m_profiles;
    int m_current = -1;
    bool m_recording = false;
    bool m_sample = false;
    int m_boosterDelayDays; ///< AppSettings::DefaultBoosterDelayDays until the settings say otherwise
    QElapsedTimer m_activity;
    QSet<QuizSession *> m_attached;
    QList<ProblemLine> m_problems;
};
