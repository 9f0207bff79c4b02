// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

/// QML's way to put pack text beside the app's own words (Claimscope::PackText):
/// a Label that shows styled text writes
///   text: PackText.rich(qsTr("<b>Notes</b> %1"), [step.presenterNotes])
/// and never concatenates pack text into markup itself.
class PackTextFormat : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(PackText)
    QML_SINGLETON

public:
    using QObject::QObject;

    /// The app's markup template with %1 … filled by escaped, isolated pack text.
    Q_INVOKABLE static QString rich(const QString &markupTemplate, const QStringList &args);
    /// A plain-text template with %1 … filled by isolated pack text.
    Q_INVOKABLE static QString plain(const QString &textTemplate, const QStringList &args);
    /// One pack string for use inside markup.
    Q_INVOKABLE static QString escaped(const QString &text);
    /// What a screen reader should say for a label's styled text: the words
    /// without tags, entities decoded (escaped pack text reads as written),
    /// line breaks as spaces. StyledLabel uses it for its accessible name.
    Q_INVOKABLE static QString spoken(const QString &styledText);
};
