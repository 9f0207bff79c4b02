// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

/// Paths into a JSON file as problems name them: keys joined by ".", array
/// elements by "[i]" — "claims[3].targets[0]"; "" is the whole file.
namespace JsonPath {

struct Step
{
    QString key;          ///< the key of an object, when index < 0
    qsizetype index = -1; ///< the element of an array
};

/// The steps of `path`, or nothing when it is not a path.
[[nodiscard]] std::optional<QList<Step>> parse(const QString &path);

/// The value at `path`; undefined when there is none.
[[nodiscard]] QJsonValue get(const QJsonObject &root, const QString &path);

/// Sets the value at `path`, creating missing objects on the way; an
/// undefined `value` removes the key. False when the path cannot be reached
/// (a missing array element, a step into a value of another type).
bool set(QJsonObject &root, const QString &path, const QJsonValue &value);

/// Inserts `value` before element `index` of the array at `arrayPath`
/// (created when missing); index -1 or the size appends.
bool insert(QJsonObject &root, const QString &arrayPath, qsizetype index, const QJsonValue &value);
bool remove(QJsonObject &root, const QString &arrayPath, qsizetype index);
/// Moves element `from` so that it ends up at `to`.
bool move(QJsonObject &root, const QString &arrayPath, qsizetype from, qsizetype to);

} // namespace JsonPath
