// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/// Dates as the app writes them ("17 Dec 2014"), with the year wherever
/// leaving it out could mislead: a case may span years. They follow the
/// default QLocale (the interface's language): month names, digits and, through
/// the translation of each pattern (disambiguation "date format"), the order.
namespace Claimscope::DateText {

/// "17 Dec 2014", or "17 Dec" without the year.
[[nodiscard]] QString day(const QDate &date, bool withYear = true);

/// "17 December 2014", for a heading.
[[nodiscard]] QString longDay(const QDate &date);

/// Whether the dates from `first` to `last` fall in more than one year, so
/// that labels along them need the year.
[[nodiscard]] bool crossesYear(const QDate &first, const QDate &last);

/// A span of days, its year always given and given twice when the span
/// crosses a year: "10–11 Dec 2014", "24 Nov – 7 Dec 2014",
/// "28 Dec 2014 – 4 Jan 2015", "1 Jun 2023 – 30 Sep 2025"; one day alone
/// is "17 Dec 2014". An invalid end gives the first day alone, an invalid
/// start an empty text.
[[nodiscard]] QString range(const QDate &first, const QDate &last);

} // namespace Claimscope::DateText
