// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "progress/progressdata.h"

namespace Claimscope {

/// The items of the lesson's quiz steps, in lesson order, each once.
[[nodiscard]] QStringList lessonItemIds(const CaseData &data);
/// The case's booster items (marked `booster: true`) not asked in the lesson, in file order.
[[nodiscard]] QStringList boosterItemIds(const CaseData &data);
/// What "Check yourself" on the home page offers: every item the booster
/// check does not keep, those of the lesson first (in lesson order), then
/// the others (in file order).
[[nodiscard]] QStringList selfCheckItemIds(const CaseData &data);

/// When the booster opens: `delayDays` days after the lesson was finished;
/// invalid while the lesson is not finished.
[[nodiscard]] QDateTime boosterAvailableAt(const CaseProgress &progress, int delayDays);
[[nodiscard]] bool isBoosterAvailable(const CaseProgress &progress, int delayDays, const QDateTime &now);

} // namespace Claimscope
