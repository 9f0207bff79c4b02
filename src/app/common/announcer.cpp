// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/announcer.h"

#include <QAccessible>

void Announcer::announce(QQuickItem *source, const QString &message, bool assertive)
{
    const QString text = message.simplified();
    if (text.isEmpty())
        return;
    if (source && QAccessible::isActive()) {
        QAccessibleAnnouncementEvent event(source, text);
        event.setPoliteness(assertive ? QAccessible::AnnouncementPoliteness::Assertive : QAccessible::AnnouncementPoliteness::Polite);
        QAccessible::updateAccessibility(&event);
    }
    m_last = text;
    ++m_count;
    Q_EMIT announced(text);
}
