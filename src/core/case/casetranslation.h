// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problem.h"

#include <QList>
#include <QString>

namespace Claimscope {

struct CaseData;

/// The case's own words in another language: translations/<language>.json
/// (docs/case-format.md, "Translations"). Articles stay in their language;
/// an overlay carries the title, summary, lesson, quiz, paraphrases, notes,
/// timeline and rubric. Each text names the words it was translated from,
/// so an edit of the case makes it stale instead of silently wrong.
struct CaseTranslation
{
    struct Text
    {
        QString file;        ///< the case's file: "lesson.json", "articles/<id>.json"
        QString path;        ///< the text's JSON path there: "chapters[0].steps[2].text"
        QString source;      ///< the words it translates, as they were
        QString text;        ///< the translation
        qsizetype index = 0; ///< its place in the file's "texts"
        bool operator==(const Text &) const = default;
    };
    QString file;     ///< "translations/de.json"
    QString language; ///< "de"
    QList<Text> texts;
    bool operator==(const CaseTranslation &) const = default;
};

namespace CaseTranslations {

/// Whether `name` is where a pack keeps a translation: translations/<code>.json,
/// `code` a language tag such as "de" or "pt-BR".
[[nodiscard]] bool isTranslationFile(const QString &name);
/// The language a translation file is for: "de" for translations/de.json.
[[nodiscard]] QString languageOf(const QString &name);

/// Checks `data`'s translations against its text: "unknown-translation"
/// (no translatable text at that file and path), "duplicate-translation",
/// "translation-language" (the file's name and its language differ), and as
/// warnings "stale-translation" (the text changed since it was translated)
/// and "missing-translation" (texts of a file with no translation, reported
/// once per file at the first of them).
void check(const CaseData &data, Problems &problems);

/// The translation `data` has for `language` ("de" also takes "de-AT"'s
/// "de"), or null; none when `language` is the case's own.
[[nodiscard]] const CaseTranslation *find(const CaseData &data, const QString &language);

/// Puts the translation for `language` in place of the case's own words,
/// text by text: a text with no translation, or a stale one, stays as it
/// is. Returns the language the case's text now is in.
QString apply(CaseData &data, const QString &language);

} // namespace CaseTranslations

} // namespace Claimscope
