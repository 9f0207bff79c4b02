// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <QQmlEngine>

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

/// What is known now about a claim.
struct ClaimOutcome
{
    Q_GADGET
    QML_VALUE_TYPE(claimOutcome)
    Q_PROPERTY(QString status MEMBER status CONSTANT)
    Q_PROPERTY(QString statusLabel MEMBER statusLabel CONSTANT)
    Q_PROPERTY(QString statusDescription MEMBER statusDescription CONSTANT)
    Q_PROPERTY(QString statusNote MEMBER statusNote CONSTANT)
    Q_PROPERTY(QString sinceThen MEMBER sinceThen CONSTANT)
    Q_PROPERTY(QString knownAsOf MEMBER knownAsOf CONSTANT)

public:
    QString status;            ///< established.status
    QString statusLabel;       ///< "Later charged in court — charges, not a verdict"
    QString statusDescription; ///< one sentence on what the status means
    QString statusNote;        ///< the case's note on this claim
    QString sinceThen;         ///< sinceThenText(), or ""
    QString knownAsOf;         ///< knownAsOfText(), or ""

    friend bool operator==(const ClaimOutcome &, const ClaimOutcome &) = default;
};

/// A claim as a card shows it: who said what, when, how, and what is known now.
struct ClaimCard
{
    Q_GADGET
    QML_VALUE_TYPE(claimCard)
    Q_PROPERTY(QString claimId MEMBER claimId CONSTANT)
    Q_PROPERTY(QString claimant MEMBER claimant CONSTANT)
    Q_PROPERTY(QString dateText MEMBER dateText CONSTANT)
    Q_PROPERTY(QString paraphrase MEMBER paraphrase CONSTANT)
    Q_PROPERTY(QString stanceLabel MEMBER stanceLabel CONSTANT)
    Q_PROPERTY(QString attributionLabel MEMBER attributionLabel CONSTANT)
    Q_PROPERTY(QString evidenceLabel MEMBER evidenceLabel CONSTANT)
    Q_PROPERTY(ClaimOutcome outcome MEMBER outcome CONSTANT)

public:
    QString claimId;
    QString claimant; ///< the claimant's name
    QString dateText; ///< "≈ 8 Dec 2014"
    QString paraphrase;
    QString stanceLabel, attributionLabel, evidenceLabel; ///< from VocabularyStyle
    ClaimOutcome outcome;

    friend bool operator==(const ClaimCard &, const ClaimCard &) = default;
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

/// What is known now about `claim`.
ClaimOutcome outcome(const Claimscope::CaseData &data, const Claimscope::Claim &claim);

/// The card of `claim`, with its outcome.
ClaimCard card(const Claimscope::CaseData &data, const Claimscope::Claim &claim);

} // namespace KnownNow
