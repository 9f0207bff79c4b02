// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <QList>

namespace Claimscope {

/// The order a rank item's options are shown in, as indexes into its
/// choices: a shuffle seeded by the item's id (the same every time, so the
/// class, the teacher and a printed worksheet see one list), never already
/// in the right order.
[[nodiscard]] QList<qsizetype> presentationOrder(const QuizItem &item);

} // namespace Claimscope
