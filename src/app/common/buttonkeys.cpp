// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/buttonkeys.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QQuickItem>

using namespace Qt::StringLiterals;

namespace {
/// A focused button that Return should press (the Quick Controls classes are private).
bool isButton(const QObject *object)
{
    const auto *item = qobject_cast<const QQuickItem *>(object);
    if (!item || !item->hasActiveFocus() || !item->isEnabled() || !object->inherits("QQuickAbstractButton"))
        return false;
    // Return in a form does not tick a box: those keep Space alone.
    return !object->inherits("QQuickCheckBox") && !object->inherits("QQuickSwitch") && !object->inherits("QQuickRadioButton") &&
        !object->inherits("QQuickCheckDelegate") && !object->inherits("QQuickSwitchDelegate") && !object->inherits("QQuickRadioDelegate");
}
} // namespace

ButtonKeys::ButtonKeys(QObject *parent)
    : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

ButtonKeys::~ButtonKeys()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool ButtonKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || (key->modifiers() & ~Qt::KeypadModifier) || !isButton(watched))
        return false;
    QKeyEvent space(key->type(), Qt::Key_Space, Qt::NoModifier, u" "_s, key->isAutoRepeat());
    QCoreApplication::sendEvent(watched, &space);
    return true;
}
