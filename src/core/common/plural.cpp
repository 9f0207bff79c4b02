// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/plural.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Claimscope {

QString translateCount(const char *context, const char *sourceText, int n)
{
    QString text = QCoreApplication::translate(context, sourceText, nullptr, n);
    // A translation has its own plural forms; only the untranslated source keeps "(s)".
    return text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
}

} // namespace Claimscope
