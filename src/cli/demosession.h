// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progressstore.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class CaseLibrary;
class QQmlEngine;
class QQuickWindow;
class StudentProgress;

/// Made-up data and screenshot plumbing, kept out of the product's API: the
/// sample student profiles that --screenshot, --self-test and --walk-all
/// show (never the user's own), the show of hands (--votes) and the blank
/// audience screen (--blank) of a presentation opened with --page, the
/// window a screenshot grabs, and for tests a fixed "now" and a folder of
/// their own. Quick Tests reach it as the `Demo` singleton of
/// org.claimscope.Demo, which only the test runner registers.
class DemoSession : public QObject
{
    Q_OBJECT

public:
    DemoSession(CaseLibrary *library, StudentProgress *progress, QObject *parent = nullptr);
    /// On `engine`'s CaseLibrary and StudentProgress.
    explicit DemoSession(QQmlEngine *engine, QObject *parent = nullptr);

    /// Made-up profiles in memory, the first one current: a finished lesson,
    /// with the booster done when `boosterDone`; "now" is a week after the
    /// lesson, so the booster is open. Nothing is read or written.
    Q_INVOKABLE void useSample(bool boosterDone);
    /// A fixed "now" for every timestamp; an invalid date goes back to the system clock.
    Q_INVOKABLE void setNow(const QDateTime &now);
    /// Reads the profiles from `directory` instead of the user's; leaves sample mode.
    Q_INVOKABLE void setStorageDirectory(const QString &directory);

    /// The sample profiles for `data`'s case (a lesson of `steps` steps).
    [[nodiscard]] static QList<Claimscope::StudentProfile> sampleProfiles(const Claimscope::CaseData &data, int steps, bool boosterDone);
    /// "Now" in the sample: a week after its lesson.
    [[nodiscard]] static QDateTime sampleNow();

    /// --votes and --blank on the presentation that --page presenter or
    /// audience started in `window`: `hands` for each choice of the first
    /// question, then revealed; the audience screen blank when `blank`.
    static void showVotes(QQuickWindow *window, const QList<int> &hands, bool blank);
    /// The window a screenshot of `page` grabs: the audience's own for
    /// "audience" (once the presentation has opened it), else `window`.
    [[nodiscard]] static QQuickWindow *captureWindow(QQuickWindow *window, const QString &page);

private:
    QPointer<CaseLibrary> m_library;
    QPointer<StudentProgress> m_progress;
};
