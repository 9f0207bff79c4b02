// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QQmlEngine>
#include <QString>

/// A profile as the profile picker lists it, with its progress on the open case.
struct ProfileSummary
{
    Q_GADGET
    QML_VALUE_TYPE(profileSummary)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString displayName MEMBER displayName)
    Q_PROPERTY(bool started MEMBER started)
    Q_PROPERTY(int step MEMBER step)
    Q_PROPERTY(int steps MEMBER steps)
    Q_PROPERTY(int answered MEMBER answered)
    Q_PROPERTY(int items MEMBER items)
    Q_PROPERTY(bool lessonFinished MEMBER lessonFinished)
    Q_PROPERTY(QDateTime boosterAvailableAt MEMBER boosterAvailableAt)
    Q_PROPERTY(bool boosterAvailable MEMBER boosterAvailable)
    Q_PROPERTY(bool boosterFinished MEMBER boosterFinished)

public:
    QString id;
    QString name;        ///< as typed; empty for an anonymous profile
    QString displayName; ///< the name, or "Anonymous student"
    bool started = false;
    int step = 0;     ///< the lesson step to resume at
    int steps = 0;    ///< steps in the lesson
    int answered = 0; ///< the lesson's checks answered
    int items = 0;    ///< the lesson's checks
    bool lessonFinished = false;
    QDateTime boosterAvailableAt; ///< invalid while the lesson is not finished
    bool boosterAvailable = false;
    bool boosterFinished = false;
    bool operator==(const ProfileSummary &) const = default;
};
