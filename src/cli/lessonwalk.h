// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QSet>

class LessonModel;

/// Walks through the whole lesson without anyone at the keyboard
/// (--walk-lesson): every step, and every reveal, is rendered before the
/// next, as a presenter's "next" key would show them. Prints how many steps
/// were rendered and ends the application: 0 if it was all of them.
class LessonWalk : public QObject
{
    Q_OBJECT

public:
    LessonWalk(QQuickWindow *window, LessonModel *lesson, QObject *parent = nullptr);

    void start();

private:
    void frameSwapped();
    void finish();

    QPointer<QQuickWindow> m_window;
    LessonModel *m_lesson;
    QSet<int> m_rendered; ///< steps with at least one frame rendered
    int m_framesToWait = 0;
    bool m_done = false;
};
