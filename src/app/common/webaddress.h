// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

/// A source's web address, opened only when the user asks for it, after
/// seeing the whole address, and only for http and https: nothing in a case
/// pack can make the app open a page, a file or a program by itself.
class WebAddress : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// Whether `address` may be handed to the desktop: an absolute http or
    /// https URL with a host, written exactly as given (no spaces around it).
    Q_INVOKABLE static bool canOpen(const QString &address);
    /// The site the address leads to, in ASCII (a look-alike letter in a
    /// domain shows as "xn--…"), or "" when it cannot be opened.
    Q_INVOKABLE static QString site(const QString &address);
    /// Hands the address to the desktop's browser; false (and nothing opens)
    /// when canOpen() is false.
    Q_INVOKABLE static bool open(const QString &address);
};
