// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

/// The closed vocabularies of the case format as the studio's choices offer
/// them: the words the files take, each with the label the app shows.
class StudioVocabulary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// [{ value, text }] for one vocabulary: "actorKind", "outletKind",
    /// "stance", "attribution", "evidence", "layer", "status", "marker",
    /// "datePrecision", "quizType", "stepKind"; empty for any other name.
    Q_INVOKABLE static QVariantList choices(const QString &vocabulary);
};
