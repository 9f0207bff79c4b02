// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

/// Reduced motion for the Material style's ripples, which no public API
/// turns off: while `enabled`, the expanding wave that a press starts never
/// begins. A press starts the wave from a short delay timer (80 ms) on the
/// ripple item; an application event filter drops that timer's events, so
/// the release ends a wave that never appeared. The hover and focus tint
/// stays: it changes colour, it does not move. `StillRipples { enabled:
/// Theme.reducedMotion }` once in the app.
class StillRipples : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged FINAL)

public:
    using QObject::QObject;
    ~StillRipples() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void enabledChanged();

private:
    bool m_enabled = false;
};
