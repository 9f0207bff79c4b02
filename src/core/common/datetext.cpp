// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/datetext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Claimscope::DateText {

QString day(const QDate &date, bool withYear)
{
    return QLocale::c().toString(date, withYear ? u"d MMM yyyy"_s : u"d MMM"_s);
}

bool crossesYear(const QDate &first, const QDate &last)
{
    return first.isValid() && last.isValid() && first.year() != last.year();
}

QString range(const QDate &first, const QDate &last)
{
    if (!first.isValid())
        return {};
    if (!last.isValid() || last == first)
        return day(first);
    if (crossesYear(first, last))
        return day(first) + u" – "_s + day(last);
    if (first.month() == last.month())
        return QString::number(first.day()) + u'–' + day(last);
    return day(first, false) + u" – "_s + day(last);
}

} // namespace Claimscope::DateText
