// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/casetranslation.h"
#include "case/casedata.h"
#include "case/casetext.h"
#include "case/fileparsers.h"
#include "common/packtext.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

/// What a translation may replace, and whether a complete one must.
enum class Translatable { No, Optional, Required };

Translatable translatable(const CaseTextField &field)
{
    using Kind = CaseTextField::Kind;
    if (field.kind == Kind::Own)
        return Translatable::Required; // the lesson, quiz, notes, paraphrases, timeline, title, summary
    if (field.file == u"rubric.json"_s || (field.file == u"case.json"_s && field.path == u"contentNotice"_s))
        return Translatable::Required; // shown to students: the results' criteria, the notice before the case
    if (field.file == u"actors.json"_s)
        return Translatable::Optional; // names: a camp's may be translated, an agency's acronym need not be
    return Translatable::No;           // articles' words, quotations, outlets, licences, provenance
}

using Key = std::pair<QString, QString>; // file, path
using Texts = std::map<Key, std::pair<QString, Translatable>>;

/// Where in its file the words `t` translates are now, when not at its path
/// (the first such place); empty when they are at its path or nowhere.
QString movedPath(const Texts &texts, const CaseTranslation::Text &t)
{
    const auto at = texts.find(Key{t.file, t.path});
    if (at != texts.end() && at->second.first == t.source)
        return {};
    for (auto it = texts.lower_bound(Key{t.file, QString()}); it != texts.end() && it->first.first == t.file; ++it) {
        if (it->second.first == t.source)
            return it->first.second;
    }
    return {};
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    return locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language());
}

} // namespace

namespace CaseTranslations {

bool isTranslationFile(const QString &name)
{
    static const QRegularExpression pattern(u"^translations/[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\\.json$"_s);
    return pattern.match(name).hasMatch();
}

QString languageOf(const QString &name)
{
    return name.mid(13, name.size() - 13 - 5); // "translations/" … ".json"
}

void check(const CaseData &data, Problems &problems)
{
    if (data.translations.isEmpty())
        return;
    // Every text a translation may carry, with the words it holds now.
    Texts texts;
    forEachCaseText(data, [&](const CaseTextField &field) {
        if (const Translatable t = translatable(field); t != Translatable::No)
            texts.emplace(Key{field.file, field.path}, std::pair{field.text, t});
    });
    QSet<QString> files;
    for (const auto &[key, value] : texts)
        files.insert(key.first);

    for (const CaseTranslation &translation : data.translations) {
        auto report = [&](const QString &path, const QString &code, const QString &message, bool warning = false) {
            problems.append(Problem{translation.file, 0, 0, path, code, message, warning});
        };
        if (translation.language == data.info.language)
            report(u"language"_s,
                   u"translation-language"_s,
                   u"\"%1\" is the case's own language (case.json): nothing to translate into"_s.arg(translation.language));

        std::map<Key, qsizetype> seen; // → its index in "texts"
        for (qsizetype i = 0; i < translation.texts.size(); ++i) {
            const CaseTranslation::Text &t = translation.texts[i];
            if (t.file.isEmpty() || t.path.isEmpty() || t.source.isEmpty() || t.text.isEmpty())
                continue; // reported by the parser
            const QString at = u"texts["_s + QString::number(t.index) + u']';
            const Key key{t.file, t.path};
            if (const auto first = seen.find(key); first != seen.end()) {
                report(at + u".path"_s, u"duplicate-translation"_s, u"%1 %2 is translated twice (also texts[%3])"_s.arg(t.file, t.path).arg(first->second));
                continue;
            }
            seen.emplace(key, t.index);
            // A text that moved (a step or chapter taken out or reordered) is still found by its words.
            const QString movedTo = movedPath(texts, t);
            const QString moved = movedTo.isEmpty() ? QString() : u"; its words are now at %1, so it is shown there: update the path"_s.arg(movedTo);
            const auto it = texts.find(key);
            if (it == texts.end()) {
                if (!files.contains(t.file))
                    report(
                        at + u".file"_s, u"unknown-translation"_s, u"the case has no translatable text in \"%1\"; this entry is not used"_s.arg(t.file), true);
                else
                    report(at + u".path"_s,
                           u"unknown-translation"_s,
                           u"%1 has no translatable text at \"%2\" (the case's own words only: lesson, quiz, notes, paraphrases, "
                           u"timeline, rubric, title, summary; article text stays in its language)%3"_s.arg(
                               t.file, t.path, moved.isEmpty() ? u"; this entry is not used"_s : moved),
                           true);
                continue;
            }
            if (it->second.first != t.source) {
                report(
                    at + u".source"_s,
                    u"stale-translation"_s,
                    movedTo.isEmpty()
                        ? u"%1 %2 has changed since this was translated: the case's own words are shown until the translation is updated"_s.arg(t.file, t.path)
                        : u"%1 %2 holds other words than this translates%3"_s.arg(t.file, t.path, moved),
                    true);
            }
            if (PackText::looksLikeMarkup(t.text) && !PackText::looksLikeMarkup(t.source))
                report(at + u".text"_s, u"markup-like-text"_s, u"looks like HTML markup; Claimscope shows it as literal text, never as formatting"_s, true);
            if (PackText::hasBidiControls(t.text))
                report(at + u".text"_s,
                       u"bidi-control"_s,
                       u"contains an invisible Unicode bidi control (U+202A–U+202E or U+2066–U+2069) that can reorder text"_s,
                       true);
        }

        // What is left in the case's own language: one warning per file, at its first such text.
        // A text is translated when an entry names its place, or its words (it moved).
        QSet<QString> words;
        for (const CaseTranslation::Text &t : translation.texts)
            words.insert(t.file + u'\n' + t.source);
        auto untranslated = [&](const CaseTextField &field) {
            return translatable(field) == Translatable::Required && !seen.contains(Key{field.file, field.path}) &&
                !words.contains(field.file + u'\n' + field.text);
        };
        std::map<QString, int> missing; // file → how many
        forEachCaseText(data, [&](const CaseTextField &field) {
            if (untranslated(field))
                ++missing[field.file];
        });
        forEachCaseText(data, [&](const CaseTextField &field) {
            auto it = missing.find(field.file);
            if (it == missing.end() || it->second < 0 || !untranslated(field))
                return;
            const int count = it->second;
            const QString more = count > 1 ? u" (and %1 more in this file)"_s.arg(count - 1) : QString();
            problems.append(
                Problem{field.file,
                        0,
                        0,
                        field.path,
                        u"missing-translation"_s,
                        u"no %1 translation in %2; shown in the case's language%3"_s.arg(languageName(translation.language), translation.file, more),
                        true});
            it->second = -1; // reported
        });
    }
}

const CaseTranslation *find(const CaseData &data, const QString &language)
{
    if (language.isEmpty() || language == data.info.language)
        return nullptr;
    const QString primary = language.section(u'-', 0, 0);
    const CaseTranslation *fallback = nullptr;
    for (const CaseTranslation &t : data.translations) {
        if (t.language == language)
            return &t;
        if (t.language == primary && primary != data.info.language)
            fallback = &t;
    }
    return fallback;
}

QString apply(CaseData &data, const QString &language)
{
    data.textLanguage = data.info.language;
    const CaseTranslation *translation = find(data, language);
    if (!translation)
        return data.textLanguage;
    // By place first; then by words within the file, so that a text that
    // moved (a chapter taken out, steps reordered) keeps its translation.
    QHash<QString, const CaseTranslation::Text *> byPath, byWords;
    for (const CaseTranslation::Text &t : translation->texts) {
        if (t.text.isEmpty())
            continue;
        byPath.insert(t.file + u'\n' + t.path, &t);
        byWords.insert(t.file + u'\n' + t.source, &t);
    }
    forEachCaseText(data, [&](const CaseTextField &field, QString &text) {
        if (translatable(field) == Translatable::No)
            return;
        const CaseTranslation::Text *t = byPath.value(field.file + u'\n' + field.path);
        if (!t || t->source != text)
            t = byWords.value(field.file + u'\n' + text);
        if (t)
            text = t->text;
    });
    data.textLanguage = translation->language;
    return data.textLanguage;
}

} // namespace CaseTranslations

namespace CaseFiles {

void parseTranslation(JsonChecker &f, CaseData &data)
{
    CaseTranslation translation;
    translation.file = f.file();
    const QJsonObject &o = f.root();
    f.keys(o, {}, {"formatVersion"_L1, "language"_L1, "texts"_L1});
    f.formatVersion(1);
    translation.language = f.text(o, {}, "language"_L1);
    const QString named = CaseTranslations::languageOf(f.file());
    if (!translation.language.isEmpty() && translation.language != named)
        f.report(u"language"_s, u"translation-language"_s, u"the file is for \"%1\" (its name) but says \"%2\""_s.arg(named, translation.language));
    translation.language = named;
    const QJsonArray texts = f.array(o, {}, "texts"_L1);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString p = JsonChecker::join(u"texts"_s, i);
        if (!f.expect(texts[i], p, QJsonValue::Object, "an object with file, path, source and text"))
            continue;
        const QJsonObject t = texts[i].toObject();
        f.keys(t, p, {"file"_L1, "path"_L1, "source"_L1, "text"_L1});
        translation.texts.append(
            CaseTranslation::Text{f.text(t, p, "file"_L1), f.text(t, p, "path"_L1), f.text(t, p, "source"_L1), f.text(t, p, "text"_L1), i});
    }
    data.translations.append(std::move(translation));
}

} // namespace CaseFiles

} // namespace Claimscope
