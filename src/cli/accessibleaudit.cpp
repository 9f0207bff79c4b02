// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibleaudit.h"
#include "common/packtext.h"

#include <QAccessible>
#include <QMetaEnum>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxDepth = 200;

bool operable(const QAccessibleInterface *iface)
{
    switch (iface->role()) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::Slider:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::MenuItem: return true;
    case QAccessible::EditableText: return iface->state().focusable && !iface->state().readOnly;
    default: return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    const QObject *object = iface->object();
    const QString type = object ? QString::fromLatin1(object->metaObject()->className()).section(u'_', 0, 0) : u"?"_s;
    const QString id = object && !object->objectName().isEmpty() ? u" \""_s + object->objectName() + u'"' : QString();
    return u"%1 %2%3"_s.arg(QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(iface->role())), type, id);
}
} // namespace

void AccessibleAudit::audit(const QString &label, QQuickWindow *window, QObject *page)
{
    if (page) {
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(page); iface && iface->text(QAccessible::Name).trimmed().isEmpty())
            report(label, iface, u"the page has no name"_s);
    }
    visit(QAccessible::queryAccessibleInterface(window), label, 0);
}

void AccessibleAudit::visit(QAccessibleInterface *iface, const QString &label, int depth)
{
    if (!iface || !iface->isValid() || depth > MaxDepth)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    ++m_objects;
    const QString name = iface->text(QAccessible::Name);
    const QString description = iface->text(QAccessible::Description);
    if (Claimscope::PackText::looksLikeMarkup(name))
        report(label, iface, u"markup in its name: "_s + name.left(80));
    if (Claimscope::PackText::looksLikeMarkup(description))
        report(label, iface, u"markup in its description: "_s + description.left(80));
    if (operable(iface) && !state.disabled && name.trimmed().isEmpty())
        report(label, iface, u"no name"_s);
    checkSlider(iface, label);
    checkComboBox(iface, label);
    for (int i = 0; i < iface->childCount(); ++i)
        visit(iface->child(i), label, depth + 1);
}

void AccessibleAudit::checkSlider(QAccessibleInterface *iface, const QString &label)
{
    if (iface->role() != QAccessible::Slider)
        return;
    QAccessibleValueInterface *value = iface->valueInterface();
    if (!value) {
        report(label, iface, u"a slider without a value"_s);
        return;
    }
    const double min = value->minimumValue().toDouble();
    const double max = value->maximumValue().toDouble();
    const double current = value->currentValue().toDouble();
    if (!(min < max) || current < min || current > max)
        report(label, iface, u"a slider's value %1 is not within %2 to %3"_s.arg(current).arg(min).arg(max));
}

void AccessibleAudit::checkComboBox(QAccessibleInterface *iface, const QString &label)
{
    // A choice that cannot be typed is not announced "editable" with a text field inside.
    if (iface->role() != QAccessible::ComboBox || iface->state().editable)
        return;
    for (int i = 0; i < iface->childCount(); ++i) {
        if (QAccessibleInterface *child = iface->child(i); child && child->role() == QAccessible::EditableText && !child->state().invisible)
            report(label, iface, u"a combo box that cannot be typed in holds a text field"_s);
    }
}

void AccessibleAudit::report(const QString &label, QAccessibleInterface *iface, const QString &what)
{
    const QString problem = describe(iface) + u": "_s + what;
    if (m_seen.contains(problem))
        return;
    m_seen.insert(problem);
    m_problems << label + u": "_s + problem;
}
