// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/casekeyorder.h"
#include "case/casetranslation.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Claimscope::CaseKeyOrder {

namespace {

const QStringList sourceRef{u"source"_s, u"article"_s, u"quote"_s};

/// kind → shape → keys. Keep in step with the schema (tst_casewriter checks it).
const QHash<QString, QHash<QString, QStringList>> &table()
{
    static const QHash<QString, QHash<QString, QStringList>> t{
        {u"case.json"_s,
         {{u""_s,
           {u"formatVersion"_s, u"id"_s, u"title"_s, u"language"_s, u"summary"_s, u"authors"_s, u"licence"_s, u"period"_s, u"knownAsOf"_s, u"contentNotice"_s}},
          {u"period"_s, {u"start"_s, u"end"_s}}}},
        {u"actors.json"_s,
         {{u""_s, {u"actors"_s, u"camps"_s}},
          {u"actors[]"_s, {u"id"_s, u"name"_s, u"kind"_s, u"country"_s}},
          {u"camps[]"_s, {u"id"_s, u"name"_s, u"order"_s, u"marker"_s, u"actors"_s}}}},
        {u"sources.json"_s, {{u""_s, {u"sources"_s}}, {u"sources[]"_s, {u"id"_s, u"outlet"_s, u"url"_s, u"date"_s, u"note"_s, u"quotes"_s}}}},
        {u"articles/*.json"_s,
         {{u""_s,
           {u"id"_s,
            u"outlet"_s,
            u"outletKind"_s,
            u"outletInferred"_s,
            u"headline"_s,
            u"byline"_s,
            u"date"_s,
            u"datePrecision"_s,
            u"dateEnd"_s,
            u"url"_s,
            u"provenance"_s,
            u"excerpt"_s,
            u"copyright"_s,
            u"standfirst"_s,
            u"caption"_s,
            u"furniture"_s,
            u"paragraphs"_s,
            u"annotations"_s}},
          {u"annotations[]"_s, {u"id"_s, u"layer"_s, u"quote"_s, u"occurrence"_s, u"note"_s, u"claim"_s, u"correction"_s}},
          {u"annotations[].correction"_s, {u"text"_s, u"sources"_s}}}},
        {u"claims.json"_s,
         {{u""_s, {u"claims"_s}},
          {u"claims[]"_s,
           {u"id"_s,
            u"date"_s,
            u"datePrecision"_s,
            u"dateEnd"_s,
            u"claimant"_s,
            u"targets"_s,
            u"stance"_s,
            u"attribution"_s,
            u"evidence"_s,
            u"paraphrase"_s,
            u"sources"_s,
            u"established"_s}},
          {u"claims[].sources[]"_s, sourceRef},
          {u"claims[].established"_s, {u"status"_s, u"note"_s, u"later"_s}}}},
        {u"timeline.json"_s,
         {{u""_s, {u"phases"_s, u"events"_s, u"laterDevelopments"_s}},
          {u"phases[]"_s, {u"id"_s, u"start"_s, u"end"_s, u"title"_s, u"framing"_s, u"headlineExamples"_s, u"sources"_s}},
          {u"phases[].sources[]"_s, sourceRef},
          {u"events[]"_s, {u"id"_s, u"date"_s, u"datePrecision"_s, u"dateEnd"_s, u"title"_s, u"description"_s, u"phase"_s, u"sources"_s}},
          {u"events[].sources[]"_s, sourceRef},
          {u"laterDevelopments[]"_s, {u"id"_s, u"date"_s, u"datePrecision"_s, u"dateEnd"_s, u"title"_s, u"description"_s, u"sources"_s}},
          {u"laterDevelopments[].sources[]"_s, sourceRef}}},
        {u"rubric.json"_s, {{u""_s, {u"criteria"_s}}, {u"criteria[]"_s, {u"id"_s, u"title"_s, u"description"_s}}}},
        // One order for every type of item: the keys each type has come in
        // this order (true-false: statement, answer, feedback, claim;
        // evidence: claim, choices).
        {u"quiz.json"_s,
         {{u""_s, {u"items"_s}},
          {u"items[]"_s,
           {u"id"_s,
            u"type"_s,
            u"prompt"_s,
            u"criteria"_s,
            u"explanation"_s,
            u"statement"_s,
            u"answer"_s,
            u"feedback"_s,
            u"article"_s,
            u"spans"_s,
            u"options"_s,
            u"order"_s,
            u"claim"_s,
            u"choices"_s,
            u"booster"_s}},
          {u"items[].choices[]"_s, {u"id"_s, u"text"_s, u"correct"_s, u"feedback"_s, u"evidence"_s}},
          {u"items[].feedback"_s, {u"true"_s, u"false"_s}},
          {u"items[].spans[]"_s, {u"quote"_s, u"occurrence"_s, u"correct"_s, u"feedback"_s}},
          {u"items[].options[]"_s, {u"id"_s, u"text"_s, u"feedback"_s}}}},
        {u"lesson.json"_s,
         {{u""_s, {u"chapters"_s}},
          {u"chapters[]"_s, {u"id"_s, u"title"_s, u"summary"_s, u"steps"_s}},
          {u"chapters[].steps[]"_s,
           {u"id"_s,
            u"kind"_s,
            u"title"_s,
            u"text"_s,
            u"presenterNotes"_s,
            u"reveal"_s,
            u"article"_s,
            u"quiz"_s,
            u"cutoff"_s,
            u"mode"_s,
            u"focus"_s,
            u"later"_s}},
          {u"chapters[].steps[].focus"_s, {u"camp"_s, u"actor"_s, u"about"_s}}}},
        {u"translations/*.json"_s, {{u""_s, {u"formatVersion"_s, u"language"_s, u"texts"_s}}, {u"texts[]"_s, {u"file"_s, u"path"_s, u"source"_s, u"text"_s}}}},
    };
    return t;
}

} // namespace

QString fileKind(const QString &file)
{
    if (file.startsWith(u"articles/"_s) && file.endsWith(u".json"_s) && file.count(u'/') == 1)
        return u"articles/*.json"_s;
    if (CaseTranslations::isTranslationFile(file))
        return u"translations/*.json"_s;
    return table().contains(file) && !file.contains(u'*') ? file : QString();
}

const QStringList &keys(const QString &kind, const QString &shape)
{
    static const QStringList none;
    const auto file = table().constFind(kind);
    if (file == table().cend())
        return none;
    const auto object = file->constFind(shape);
    return object == file->cend() ? none : *object;
}

QStringList ordered(const QStringList &documented, QStringList present)
{
    QStringList out;
    out.reserve(present.size());
    for (const QString &key : documented) {
        if (present.removeOne(key))
            out << key;
    }
    present.sort(); // unknown keys: alphabetically, after the documented ones
    return out + present;
}

QList<Shape> shapes()
{
    QList<Shape> out;
    for (auto file = table().cbegin(); file != table().cend(); ++file) {
        for (auto object = file->cbegin(); object != file->cend(); ++object)
            out.append(Shape{file.key(), object.key()});
    }
    return out;
}

QString shapeOf(const QString &path)
{
    static const QRegularExpression index(u"\\[[0-9]+\\]"_s);
    return QString(path).replace(index, u"[]"_s);
}

} // namespace Claimscope::CaseKeyOrder
