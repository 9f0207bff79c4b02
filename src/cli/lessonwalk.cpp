// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonwalk.h"
#include "lesson/lessonmodel.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {
// A step counts as rendered after the second frame following the change:
// the first may still be in flight when the step changes.
constexpr int FramesPerStep = 2;
constexpr int TimeoutMs = 120000;
} // namespace

LessonWalk::LessonWalk(QQuickWindow *window, LessonModel *lesson, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_lesson(lesson)
{
}

void LessonWalk::start()
{
    connect(m_window, &QQuickWindow::frameSwapped, this, &LessonWalk::frameSwapped);
    QTimer::singleShot(TimeoutMs, this, [this] {
        std::fprintf(stderr, "claimscope: the lesson walk did not finish within %d s\n", TimeoutMs / 1000);
        finish();
    });
    m_lesson->setCurrentIndex(0);
    m_framesToWait = FramesPerStep;
    m_window->update();
}

void LessonWalk::frameSwapped()
{
    if (m_done)
        return;
    if (--m_framesToWait > 0) {
        m_window->update();
        return;
    }
    m_rendered.insert(m_lesson->currentIndex());
    // Change the step outside the frame-swapped handler, on the next turn of the event loop.
    QTimer::singleShot(0, this, [this] {
        if (!m_lesson->advance()) { // reveals first, then moves on; false at the end
            finish();
            return;
        }
        m_framesToWait = FramesPerStep;
        m_window->update();
    });
}

void LessonWalk::finish()
{
    if (m_done)
        return;
    m_done = true;
    const int steps = m_lesson->rowCount();
    const int rendered = static_cast<int>(m_rendered.size());
    std::printf("walked %d of %d lesson steps\n", rendered, steps);
    std::fflush(stdout);
    QCoreApplication::exit(rendered == steps && steps > 0 ? 0 : 1);
}
