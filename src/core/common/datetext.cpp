// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/datetext.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Claimscope::DateText {

QString day(const QDate &date, bool withYear)
{
    if (withYear) {
        //: A QDate::toString() pattern for a day in a list (d: day, MMM: short month name, yyyy: year); keep the letters, change their order and the
        //: punctuation.
        return QLocale().toString(date, QCoreApplication::translate("DateText", "d MMM yyyy", "date format"));
    }
    //: A QDate::toString() pattern for a day when the year is clear (d: day, MMM: short month name); keep the letters, change their order and the punctuation.
    return QLocale().toString(date, QCoreApplication::translate("DateText", "d MMM", "date format"));
}

QString longDay(const QDate &date)
{
    //: A QDate::toString() pattern for a day in a heading (d: day, MMMM: month name, yyyy: year); keep the letters, change their order and the punctuation.
    return QLocale().toString(date, QCoreApplication::translate("DateText", "d MMMM yyyy", "date format"));
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
        return QLocale().toString(first.day()) + u'–' + day(last);
    return day(first, false) + u" – "_s + day(last);
}

} // namespace Claimscope::DateText
