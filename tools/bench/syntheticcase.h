// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack/packreader.h"

namespace Bench {

/// A case `scale` times the size of `base`: its articles (with their
/// annotations), claims and events copied `scale` times, each copy's ids
/// renamed ("-x2", "-x3", …) and its references following them, so that the
/// result validates. Actors, sources, phases, quizzes and the lesson stay
/// single: they refer to the first copy, which keeps the original ids.
/// Per-article counts therefore stay those of `base`.
Claimscope::PackFiles scaledCase(const Claimscope::PackFiles &base, int scale);

/// The pack limits raised so that any scaled copy of the default case is read.
Claimscope::PackLimits unlimitedPack();

} // namespace Bench
