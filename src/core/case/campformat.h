// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "common/problem.h"

#include <QSet>

// The part of the case format that sets up the blame views: camps (groups of
// actors in actors.json) and what a lesson's blame step shows (its mode and
// focus). See docs/case-format.md.
namespace Claimscope::CampFormat {

/// Highest `order` a camp may give.
constexpr int MaxOrder = 1000;

/// The shapes a camp may take as its marker, so that a camp is told apart by
/// more than its colour.
QStringList markers();
/// The views a blame step may open: "camps", "actors", "matrix".
QStringList blameModes();

/// Checks across the files: every actor of a camp exists and is in one camp
/// only, camp ids and orders are unique, and a blame step's focus names a
/// camp or actor of the case. Warns (without making the case invalid) about
/// an actor left out of every camp, two camps with one marker, a step dated
/// before anything it could show happened, and a focus with nothing in it at
/// the step's date. Nothing is said that needs a file of `unread` (files
/// that could not be read or parsed).
void validate(const CaseData &data, Problems &problems, const QSet<QString> &unread = {});

} // namespace Claimscope::CampFormat
