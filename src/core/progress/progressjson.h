// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "common/problem.h"
#include "progress/progressdata.h"

#include <QJsonObject>

#include <optional>

namespace Claimscope {

/// QuizAnswer ↔ JSON: exactly one of {"choice": id}, {"truth": bool},
/// {"spans": [int]}, {"order": [id]}.
[[nodiscard]] QJsonObject answerToJson(const QuizAnswer &answer);
[[nodiscard]] QJsonObject profileToJson(const StudentProfile &profile);
/// The file's bytes: indented JSON with formatVersion first.
[[nodiscard]] QByteArray serialiseProfile(const StudentProfile &profile);

/// Reads a profile file's bytes with the JsonChecker of the case files and
/// its codes ("json-syntax", "missing-key", "wrong-type", "out-of-range",
/// "bad-date", "newer-version"…). Problems name `file` and the JSON path; it
/// stops at the first: any problem means the file is not used (std::nullopt).
[[nodiscard]] std::optional<StudentProfile> parseProfile(const QByteArray &bytes, const QString &file, Problems *problems);

/// Checks the progress kept for `data`'s case against it: every answer must
/// be to an item of the run ("unknown-reference") and fit it ("bad-answer"),
/// the step must exist ("out-of-range").
[[nodiscard]] Problems checkAgainstCase(const StudentProfile &profile, const CaseData &data, const QString &file);

} // namespace Claimscope
