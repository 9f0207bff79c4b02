// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QString>
#include <QStringList>

namespace Claimscope {

/// The kinds of quiz items and of saved quiz runs, defined once for C++ and
/// QML (the app registers the namespace as `Quiz`). Their names appear only
/// where a file is read or written: quiz.json, progress files, the CSV.
namespace Quiz {
Q_NAMESPACE

/// A quiz item's type (the "type" key of quiz.json).
enum class Type {
    Unknown, ///< not one of the types below: the item is reported and never scores
    Single,
    TrueFalse,
    Highlight,
    Rank,
    Evidence,
};
Q_ENUM_NS(Type)

/// The run a quiz belongs to in a student's progress (progress files name
/// them "lesson" and "booster").
enum class Run {
    None, ///< not saved
    Lesson,
    Booster,
};
Q_ENUM_NS(Run)

/// The name in quiz.json: "single", "true-false", "highlight", "rank",
/// "evidence"; empty for Unknown.
[[nodiscard]] QString typeName(Type type);
/// The type named `name`; Unknown for any other text.
[[nodiscard]] Type typeFromName(QStringView name);
/// Every type's name, in the order of the enum.
[[nodiscard]] QStringList typeNames();
/// Single and evidence items: one choice out of several.
[[nodiscard]] constexpr bool isChoice(Type type)
{
    return type == Type::Single || type == Type::Evidence;
}

} // namespace Quiz
} // namespace Claimscope
