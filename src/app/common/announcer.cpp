// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/announcer.h"

#include <QAccessible>
#include <QQuickWindow>

void Announcer::announce(QQuickItem *source, const QString &message, bool assertive)
{
    const QString text = message.simplified();
    if (text.isEmpty())
        return;
    if (source && QAccessible::isActive()) {
        // An item a screen reader does not see (a plain Item or FocusScope, no
        // Accessible properties) has no accessible interface and its events
        // are dropped: the nearest ancestor that has one speaks for it.
        QQuickItem *speaker = source;
        while (speaker && !QAccessible::queryAccessibleInterface(speaker))
            speaker = speaker->parentItem();
        if (QObject *target = speaker ? static_cast<QObject *>(speaker) : source->window()) {
            QAccessibleAnnouncementEvent event(target, text);
            event.setPoliteness(assertive ? QAccessible::AnnouncementPoliteness::Assertive : QAccessible::AnnouncementPoliteness::Polite);
            QAccessible::updateAccessibility(&event);
        }
    }
    m_last = text;
    ++m_count;
    Q_EMIT announced(text);
}
