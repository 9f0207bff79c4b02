// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/logging.h"

Q_LOGGING_CATEGORY(lcPack, "claimscope.pack", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCase, "claimscope.case", QtWarningMsg)
