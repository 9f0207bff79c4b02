// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/localenotifier.h"

LocaleNotifier *LocaleNotifier::instance()
{
    static LocaleNotifier notifier;
    return &notifier;
}
