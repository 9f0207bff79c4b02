// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/problem.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimscope {

QString Problem::toString() const
{
    QString out = file;
    if (line > 0) {
        out += u':' + QString::number(line);
        if (column > 0)
            out += u':' + QString::number(column);
    }
    if (!path.isEmpty())
        out += (out.isEmpty() ? QString() : u": "_s) + path;
    return out + (out.isEmpty() ? QString() : u": "_s) + (warning ? u"warning: "_s : QString()) + message;
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return !p.warning; });
}

} // namespace Claimscope
