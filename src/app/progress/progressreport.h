// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progressstore.h"

#include <QString>

/// The one-page PDF report a teacher collects: app name, case title, student,
/// date, score, discernment, a table per rubric criterion, time spent and the
/// booster's result if there is one. Laid out with QTextDocument and printed
/// with QPdfWriter (A4). Returns false and says why in `error` on failure.
bool writeProgressPdf(const QString &path,
                      const Claimscope::CaseData &data,
                      const Claimscope::StudentProfile &profile,
                      const QDateTime &now,
                      QString *error = nullptr);

/// The report's HTML (what writeProgressPdf lays out), for tests and previews.
QString progressReportHtml(const Claimscope::CaseData &data, const Claimscope::StudentProfile &profile, const QDateTime &now);
