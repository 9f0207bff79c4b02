// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/packtextformat.h"
#include "common/packtext.h"

using namespace Claimscope;

QString PackTextFormat::rich(const QString &markupTemplate, const QStringList &args)
{
    return PackText::rich(markupTemplate, args);
}

QString PackTextFormat::plain(const QString &textTemplate, const QStringList &args)
{
    return PackText::plain(textTemplate, args);
}

QString PackTextFormat::escaped(const QString &text)
{
    return PackText::escaped(text);
}
