// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <QQmlEngine>
#include <QVariantMap>

/// A dated card: a later development cited by a lesson step, or an event.
struct DatedCard
{
    Q_GADGET
    QML_VALUE_TYPE(datedCard)
    Q_PROPERTY(QString dateText MEMBER dateText CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QString description MEMBER description CONSTANT)

public:
    QString dateText; ///< "≈ 24 Feb 2016"
    QString title;
    QString description;

    friend bool operator==(const DatedCard &, const DatedCard &) = default;
};

// What the app shows as "known now" about a claim or a lesson step: the
// status, its note, the later developments cited and the date the case's
// "known now" layer is current to. Composed here so that every view says it
// the same way.
namespace KnownNow {

/// "Known as of 29 Nov 2026", or "" when the case gives no date.
QString knownAsOfText(const Claimscope::CaseInfo &info);

/// "Since then: 6 Sep 2018 — title; 17 Feb 2021 — title", in date order, or "".
QString sinceThenText(const Claimscope::CaseData &data, const QStringList &laterIds);

/// The cited later developments in date order.
QList<DatedCard> cards(const Claimscope::CaseData &data, const QStringList &laterIds);

/// {status, statusLabel, statusDescription, statusNote, sinceThen, knownAsOf} of a claim.
QVariantMap outcome(const Claimscope::CaseData &data, const Claimscope::Claim &claim);

} // namespace KnownNow
