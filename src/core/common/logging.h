// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPack) ///< reading case packs (folders, archives)
Q_DECLARE_LOGGING_CATEGORY(lcCase) ///< parsing and validating cases
