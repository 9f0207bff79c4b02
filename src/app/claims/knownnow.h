// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <QVariantList>
#include <QVariantMap>

// What the app shows as "known now" about a claim or a lesson step: the
// status, its note, the later developments cited and the date the case's
// "known now" layer is current to. Composed here so that every view says it
// the same way.
namespace KnownNow {

/// "Known as of 29 Nov 2026", or "" when the case gives no date.
QString knownAsOfText(const Claimscope::CaseInfo &info);

/// "Since then: 6 Sep 2018 — title; 17 Feb 2021 — title", in date order, or "".
QString sinceThenText(const Claimscope::CaseData &data, const QStringList &laterIds);

/// The cited later developments in date order, each {dateText, title, description}.
QVariantList cards(const Claimscope::CaseData &data, const QStringList &laterIds);

/// {status, statusLabel, statusDescription, statusNote, sinceThen, knownAsOf} of a claim.
QVariantMap outcome(const Claimscope::CaseData &data, const Claimscope::Claim &claim);

} // namespace KnownNow
