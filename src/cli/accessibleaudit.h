// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class QAccessibleInterface;
class QObject;
class QQuickWindow;

/// Checks, in process, what a screen reader would be given for one render:
/// the accessible tree of a window, walked as Qt's own accessibility tests
/// do. The rules need no AT-SPI bus:
/// - the page shown has a name;
/// - every showing control a student can operate (button, check box, radio
///   button, slider, combo box, tab, link, editable text) has a name;
/// - no name or description carries markup ("<b>Next</b>");
/// - a slider's value lies within its minimum and maximum;
/// - a combo box that cannot be typed in holds no text field.
/// Problems are collected once each, with the render that showed them.
class AccessibleAudit
{
public:
    void audit(const QString &label, QQuickWindow *window, QObject *page);

    [[nodiscard]] int objectsChecked() const { return m_objects; }
    [[nodiscard]] const QStringList &problems() const { return m_problems; }

private:
    void visit(QAccessibleInterface *iface, const QString &label, int depth);
    void checkSlider(QAccessibleInterface *iface, const QString &label);
    void checkComboBox(QAccessibleInterface *iface, const QString &label);
    void report(const QString &label, QAccessibleInterface *iface, const QString &what);

    int m_objects = 0;
    QStringList m_problems;
    QSet<QString> m_seen; ///< problems already reported, without the render's label
};
