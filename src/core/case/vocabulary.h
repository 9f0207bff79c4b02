// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace Claimscope {

/// The closed vocabularies of the case format (docs/case-format.md).
namespace Vocabulary {

/// One value of `established.status`: what the later record makes of a claim.
struct Status
{
    const char16_t *id;
    const char *label;       ///< shown with the claim, e.g. "Contradicted later" (translatable)
    const char *description; ///< one sentence on what the status means (translatable)
};
/// Every status, in the order the documentation lists them.
std::span<const Status> statuses();
/// The label of `status`, translated; the id itself when unknown.
QString statusLabel(const QString &status);
/// The description of `status`, translated; empty when unknown.
QString statusDescription(const QString &status);

QStringList actorKinds();
QStringList outletKinds();
QStringList annotationLayers();
QStringList stances();
/// The stances that are always about someone: a claim with one names a target.
QStringList directedStances();
QStringList attributions();
QStringList evidenceLevels();
QStringList establishedStatuses();
QStringList quizTypes();
QStringList stepKinds();
} // namespace Vocabulary

} // namespace Claimscope
