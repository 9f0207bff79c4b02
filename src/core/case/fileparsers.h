// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "common/jsonchecker.h"

// The parsers of the files of a case pack, one per kind of file
// (docs/case-format.md), used by CaseParser. Each reads its file's root
// object from the checker into `data` and reports what does not fit.
namespace Claimscope::CaseFiles {

/// Largest `occurrence` an annotation or a highlight span may name.
inline constexpr int MaxOccurrence = 10000;

/// case.json: the case's title, period, licence and format version.
void parseCase(JsonChecker &f, CaseData &data);
/// actors.json: the actors and their camps.
void parseActors(JsonChecker &f, CaseData &data);
/// sources.json
void parseSources(JsonChecker &f, CaseData &data);
/// articles/<id>.json, one article with its annotations.
void parseArticle(JsonChecker &f, CaseData &data);
/// claims.json
void parseClaims(JsonChecker &f, CaseData &data);
/// timeline.json: phases, events and later developments.
void parseTimeline(JsonChecker &f, CaseData &data);
/// rubric.json
void parseRubric(JsonChecker &f, CaseData &data);
/// quiz.json
void parseQuiz(JsonChecker &f, CaseData &data);
/// lesson.json
void parseLesson(JsonChecker &f, CaseData &data);
/// translations/<language>.json: the case's own words in another language.
void parseTranslation(JsonChecker &f, CaseData &data);

/// `date`, `datePrecision` and `dateEnd` of a dated entry.
CaseDate caseDate(JsonChecker &f, const QJsonObject &o, const QString &path);
/// The `sources` array of an entry: references to sources.json.
QList<SourceRef> sourceRefs(JsonChecker &f, const QJsonObject &o, const QString &path, JsonChecker::Need need = JsonChecker::Required);

} // namespace Claimscope::CaseFiles
