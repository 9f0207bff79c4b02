// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <QLocale>

/// The lesson on paper, for any case pack: the teacher's guide (chapters and
/// steps, what the class sees, the presenter notes, every question with its
/// answer, explanation and how the class votes, the reveals, a time per
/// chapter and the keys) and the worksheet for classes without devices (the
/// questions and choices, no answers, lines to write on). Laid out with
/// QTextDocument and printed with QPdfWriter on A4 or US Letter, as the
/// student report is; every pack string is escaped (PackText::escaped).
namespace LessonPrint {

enum class Paper { A4, Letter };

[[nodiscard]] QString guideHtml(const Claimscope::CaseData &data);
[[nodiscard]] QString worksheetHtml(const Claimscope::CaseData &data);

/// Write the PDF; false with the reason in `error` when it cannot be written.
bool writeGuide(const QString &path, const Claimscope::CaseData &data, Paper paper, QString *error = nullptr);
bool writeWorksheet(const QString &path, const Claimscope::CaseData &data, Paper paper, QString *error = nullptr);

/// US Letter where the locale measures in US units, A4 everywhere else.
[[nodiscard]] Paper defaultPaper(const QLocale &locale = QLocale());

} // namespace LessonPrint
