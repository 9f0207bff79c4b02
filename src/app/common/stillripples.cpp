// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/stillripples.h"

#include <QCoreApplication>
#include <QEvent>

StillRipples::~StillRipples()
{
    setEnabled(false);
}

void StillRipples::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (QCoreApplication *app = QCoreApplication::instance()) {
        if (m_enabled)
            app->installEventFilter(this);
        else
            app->removeEventFilter(this);
    }
    Q_EMIT enabledChanged();
}

bool StillRipples::eventFilter(QObject *watched, QEvent *event)
{
    // The ripple's only timer is the one that starts a wave (QQuickMaterialRipple is private).
    return event->type() == QEvent::Timer && watched->inherits("QQuickMaterialRipple");
}
