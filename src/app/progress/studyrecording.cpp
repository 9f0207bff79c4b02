// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// StudentProgress: recording the student's work as it happens: each answer and
// step change saved at once, the active time counted, the runs started and finished.
#include "progress/studentprogress.h"

#include "case/caselibrary.h"
#include "quiz/quizsession.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {
/// A gap between two actions longer than this counts as a break, not work.
constexpr qint64 IdleSeconds = 5 * 60;
} // namespace

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

void StudentProgress::setClock(ProgressStore::Clock clock)
{
    m_store.setClock(std::move(clock));
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
