// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/casetemplate.h"
#include "case/caseparser.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace CaseTemplate {

QMap<QString, QJsonObject> files(const QString &id, const QString &title, const QString &language, QDate today)
{
    const QString date = today.toString(Qt::ISODate);
    return {
        {u"case.json"_s,
         QJsonObject{{u"formatVersion"_s, Claimscope::CaseParser::FormatVersion},
                     {u"id"_s, id},
                     {u"title"_s, title},
                     {u"language"_s, language},
                     {u"summary"_s, QString()},
                     {u"authors"_s, QJsonArray()},
                     {u"licence"_s, QString()},
                     {u"period"_s, QJsonObject{{u"start"_s, date}, {u"end"_s, date}}},
                     {u"contentNotice"_s, QString()}}},
        {u"actors.json"_s, QJsonObject{{u"actors"_s, QJsonArray()}}},
        {u"sources.json"_s, QJsonObject{{u"sources"_s, QJsonArray()}}},
        {u"claims.json"_s, QJsonObject{{u"claims"_s, QJsonArray()}}},
        {u"timeline.json"_s, QJsonObject{{u"phases"_s, QJsonArray()}, {u"events"_s, QJsonArray()}}},
        {u"rubric.json"_s, QJsonObject{{u"criteria"_s, QJsonArray()}}},
        {u"quiz.json"_s, QJsonObject{{u"items"_s, QJsonArray()}}},
        {u"lesson.json"_s, QJsonObject{{u"chapters"_s, QJsonArray()}}},
    };
}

} // namespace CaseTemplate
