// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quiztypes.h"

#include <array>
#include <utility>

namespace Claimscope::Quiz {

namespace {
// The one table of names; the enum's order.
constexpr std::array<std::pair<Type, QStringView>, 5> TypeNames{{
    {Type::Single, u"single"},
    {Type::TrueFalse, u"true-false"},
    {Type::Highlight, u"highlight"},
    {Type::Rank, u"rank"},
    {Type::Evidence, u"evidence"},
}};
} // namespace

QString typeName(Type type)
{
    for (const auto &[t, name] : TypeNames) {
        if (t == type)
            return name.toString();
    }
    return {};
}

Type typeFromName(QStringView name)
{
    for (const auto &[t, n] : TypeNames) {
        if (n == name)
            return t;
    }
    return Type::Unknown;
}

QStringList typeNames()
{
    QStringList names;
    for (const auto &entry : TypeNames)
        names << entry.second.toString();
    return names;
}

} // namespace Claimscope::Quiz
