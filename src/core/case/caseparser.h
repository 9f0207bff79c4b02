// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "common/problem.h"
#include "pack/packreader.h"

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
QStringList attributions();
QStringList evidenceLevels();
QStringList establishedStatuses();
QStringList quizTypes();
QStringList stepKinds();
} // namespace Vocabulary

/// Turns the files of a pack into a CaseData, checking each file against the
/// format: syntax, required keys, types, vocabularies, unknown keys. Every
/// problem is collected (with file and JSON path; line and column are added by
/// CaseLoader). Cross-references are CaseValidator's job.
class CaseParser
{
public:
    static constexpr int FormatVersion = 1;

    [[nodiscard]] static CaseData parse(const PackFiles &pack, Problems &problems);
};

} // namespace Claimscope
