// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

/// Tells the objects that write dates, numbers and sentences in C++ (the
/// blame and coverage views, the time axes, the claim and matrix models)
/// that the interface's language changed. It fires once the translators and
/// QLocale's default are both in place; QEvent::LanguageChange comes earlier,
/// once per translator, before the locale has changed.
class LocaleNotifier : public QObject
{
    Q_OBJECT

public:
    static LocaleNotifier *instance();
    /// Called by LanguageManager after a switch to `language` ("de").
    void notify(const QString &language)
    {
        m_language = language;
        Q_EMIT changed();
    }
    /// The interface's language; empty until LanguageManager has set one.
    QString language() const { return m_language; }

Q_SIGNALS:
    void changed();

private:
    using QObject::QObject;
    QString m_language;
};
