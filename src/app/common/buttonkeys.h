// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

/// Return and Enter press the focused button, as Space does. Qt Quick
/// Controls press a button with Space only; rather than a key handler in
/// every button, an application event filter turns Return and Enter sent to
/// a focused button (a push button, a tab, a delegate or one of the app's own
/// AbstractButtons, not a check box, switch or radio button) into Space, so
/// that the button presses on the key and clicks on its release as with
/// Space. `ButtonKeys {}` once in the app.
class ButtonKeys : public QObject
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit ButtonKeys(QObject *parent = nullptr);
    ~ButtonKeys() override;

    bool eventFilter(QObject *watched, QEvent *event) override;
};
