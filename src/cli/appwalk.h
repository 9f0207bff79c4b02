// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibleaudit.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QString>

#include <functional>

class QQmlApplicationEngine;

/// Walks every page of the application without anyone at the keyboard
/// (--walk-all): home, every article with every note opened, who blamed
/// whom, the coverage, every quiz item answered, settings, profiles and
/// results, every lesson step and reveal in the story, and the whole
/// presentation in the presenter console and the audience window.
///
/// After each render it audits the text on screen: wherever `probe` (a
/// piece of markup planted in a case pack's text) appears, the user must see
/// it literally, never drawn as markup. It prints the counts and ends the
/// application: 0 when every render was seen, the probe was shown literally
/// at least once and never as markup.
///
/// With `auditAccessibility` it also checks each render's accessible tree
/// (AccessibleAudit) and fails on any problem.
class AppWalk : public QObject
{
public:
    AppWalk(QQmlApplicationEngine *engine,
            QQuickWindow *window,
            const QString &probe,
            const QString &reportFile,
            bool auditAccessibility = false,
            QObject *parent = nullptr);

    void start();

private:
    struct Step
    {
        QString label;
        std::function<bool()> action; ///< true: run again (more to show)
    };
    void plan();
    void runNext();
    void waitForFrames();
    void frameSwapped(QQuickWindow *window);
    void windowGone(QQuickWindow *window);
    /// Every window has rendered the current step: audit it and go on.
    void stepRendered();
    void audit(const QString &label);
    void finish(bool timedOut);
    [[nodiscard]] QObject *currentPage() const;

    QQmlApplicationEngine *m_engine;
    QPointer<QQuickWindow> m_window;
    QString m_probe;
    QString m_reportFile;
    QList<Step> m_steps;
    qsizetype m_next = 0;
    QString m_label; ///< the step whose render is awaited
    QHash<QQuickWindow *, int> m_framesToWait;
    int m_renders = 0;
    int m_literal = 0;
    QStringList m_violations;
    bool m_done = false;
    bool m_auditAccessibility = false;
    AccessibleAudit m_accessible;
};
