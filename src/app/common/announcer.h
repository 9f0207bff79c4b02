// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QQuickItem>
#include <QString>

/// Tells a screen reader what just changed and was not focused: a verdict,
/// a step's title, a rank's new order. Qt 6.8 sends the text as an
/// announcement event (AT-SPI "announcement", Orca speaks it); every
/// announcement is also kept as `last` and signalled, so tests can check
/// exactly what a screen reader user would hear, and how often.
class Announcer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString last READ last NOTIFY announced)
    Q_PROPERTY(int count READ count NOTIFY announced)

public:
    using QObject::QObject;

    /// Announces `message` on behalf of `source` (the item whose change it
    /// describes; its window receives the event). Empty messages are dropped.
    /// `assertive` interrupts speech (verdicts); otherwise it waits its turn.
    Q_INVOKABLE void announce(QQuickItem *source, const QString &message, bool assertive = false);

    [[nodiscard]] QString last() const { return m_last; }
    [[nodiscard]] int count() const { return m_count; }

Q_SIGNALS:
    void announced(const QString &message);

private:
    QString m_last;
    int m_count = 0;
};
