// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonchecker.h"
#include "common/jsonlocator.h"
#include "common/jsonsyntax.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

/// Depth of nesting, counted without parsing.
int nestingDepth(const QByteArray &json)
{
    int depth = 0, deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

} // namespace

JsonChecker::JsonChecker(QString file, const QByteArray &bytes, Problems &problems)
    : m_file(std::move(file))
    , m_problems(problems)
{
    if (bytes.trimmed().isEmpty()) {
        report({}, u"empty-file"_s, u"file is empty; expected a JSON object"_s);
        return;
    }
    if (nestingDepth(bytes) > MaxDepth) {
        report({}, u"too-deep"_s, u"JSON is nested deeper than %1 levels"_s.arg(MaxDepth));
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt says where it gave up; the scanner says what the mistake is and where it stands.
        const std::optional<JsonSyntax::Error> mistake = JsonSyntax::firstError(bytes);
        const JsonLocator::Position pos = JsonLocator::positionAt(bytes, mistake ? mistake->offset : error.offset);
        m_problems.append(
            Problem{m_file, pos.line, pos.column, {}, u"json-syntax"_s, u"invalid JSON: %1"_s.arg(mistake ? mistake->message : error.errorString())});
        return;
    }
    if (!doc.isObject()) {
        report({}, u"wrong-type"_s, u"expected a JSON object at the top of the file"_s);
        return;
    }
    m_root = doc.object();
    m_ok = true;
}

void JsonChecker::report(const QString &path, const QString &code, const QString &message)
{
    m_problems.append(Problem{m_file, 0, 0, path, code, message});
}

void JsonChecker::keys(const QJsonObject &o, const QString &path, std::initializer_list<QLatin1StringView> allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            report(join(path, it.key()), u"unknown-key"_s, u"unknown key \"%1\" (a typo?)"_s.arg(it.key()));
    }
}

bool JsonChecker::expect(const QJsonValue &v, const QString &path, QJsonValue::Type type, const char *expected, Need need)
{
    if (v.type() == type)
        return true;
    if (v.isUndefined()) {
        if (need == Required)
            report(path, u"missing-key"_s, u"required key is missing; expected %1"_s.arg(QLatin1StringView(expected)));
    } else {
        report(path, u"wrong-type"_s, u"expected %1"_s.arg(QLatin1StringView(expected)));
    }
    return false;
}

QJsonValue JsonChecker::get(const QJsonObject &o, const QString &path, QLatin1StringView key, QJsonValue::Type type, const char *expected, Need need)
{
    const QJsonValue v = o.value(key);
    return expect(v, join(path, key), type, expected, need) ? v : QJsonValue();
}

QString JsonChecker::text(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need)
{
    const QString s = get(o, path, key, QJsonValue::String, "a string", need).toString();
    if (need == Required && o.value(key).isString() && s.trimmed().isEmpty())
        report(join(path, key), u"empty-value"_s, u"expected a non-empty string"_s);
    return s;
}

QString JsonChecker::id(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    const QString s = get(o, path, key, QJsonValue::String, "an id", need).toString();
    if (o.value(key).isString() && !pattern.match(s).hasMatch())
        report(join(path, key), u"bad-id"_s, u"\"%1\" is not a valid id; expected lower-case letters, digits and '-'"_s.arg(s.left(80)));
    return s;
}

QString JsonChecker::choice(const QJsonObject &o, const QString &path, QLatin1StringView key, const QStringList &allowed, Need need)
{
    const QString s = get(o, path, key, QJsonValue::String, "a string", need).toString();
    if (o.value(key).isString() && !allowed.contains(s))
        report(join(path, key), u"bad-value"_s, u"\"%1\" is not allowed; expected one of: %2"_s.arg(s.left(80), allowed.join(u", "_s)));
    return s;
}

bool JsonChecker::boolean(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need, bool fallback)
{
    const QJsonValue v = get(o, path, key, QJsonValue::Bool, "true or false", need);
    return v.isBool() ? v.toBool() : fallback;
}

int JsonChecker::integer(const QJsonObject &o, const QString &path, QLatin1StringView key, int min, int max, int fallback, Need need)
{
    return static_cast<int>(wholeNumber(o.value(key), join(path, key), min, max, need).value_or(fallback));
}

std::optional<qint64> JsonChecker::wholeNumber(const QJsonValue &v, const QString &path, qint64 min, qint64 max, Need need)
{
    if (!expect(v, path, QJsonValue::Double, "a whole number", need))
        return std::nullopt;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < static_cast<double>(min) || d > static_cast<double>(max)) {
        report(path, u"out-of-range"_s, u"expected a whole number from %1 to %2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

QDate JsonChecker::date(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need, const QString &code)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString s = get(o, path, key, QJsonValue::String, "a date \"YYYY-MM-DD\"", need).toString();
    if (!o.value(key).isString())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!pattern.match(s).hasMatch() || !d.isValid())
        report(join(path, key), code, u"\"%1\" is not a date; expected \"YYYY-MM-DD\""_s.arg(s.left(40)));
    return d;
}

std::optional<QDateTime> JsonChecker::dateTime(const QJsonValue &v, const QString &path, Need need)
{
    if (need == Optional && (v.isNull() || v.isUndefined()))
        return QDateTime();
    if (!expect(v, path, QJsonValue::String, "a date and time (ISO 8601)", Required))
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid()) {
        report(path, u"bad-date"_s, u"\"%1\" is not a date and time (ISO 8601)"_s.arg(v.toString().left(40)));
        return std::nullopt;
    }
    return t.toUTC();
}

QJsonArray JsonChecker::array(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need)
{
    return get(o, path, key, QJsonValue::Array, "an array", need).toArray();
}

QStringList JsonChecker::texts(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need)
{
    QStringList out;
    const QJsonArray a = array(o, path, key, need);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].isString())
            out << a[i].toString();
        else
            report(join(join(path, key), i), u"wrong-type"_s, u"expected a string"_s);
    }
    return out;
}

void JsonChecker::objects(const QJsonObject &o,
                          const QString &path,
                          QLatin1StringView key,
                          const std::function<void(const QJsonObject &, const QString &)> &each,
                          Need need)
{
    const QJsonArray a = array(o, path, key, need);
    const QString base = join(path, key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].isObject())
            each(a[i].toObject(), join(base, i));
        else
            report(join(base, i), u"wrong-type"_s, u"expected an object"_s);
    }
}

int JsonChecker::formatVersion(int supported)
{
    const QString path = u"formatVersion"_s;
    const QJsonValue v = m_root.value(path);
    if (v.isUndefined()) {
        report(path, u"missing-key"_s, u"required key is missing; expected %1"_s.arg(supported));
        return 0;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d)) {
        report(path, u"wrong-type"_s, u"expected a whole number"_s);
        return 0;
    }
    if (d > supported) {
        report(path, u"newer-version"_s, u"written by a newer Claimscope (format %1; this one reads up to %2)"_s.arg(d).arg(supported));
        return 0;
    }
    if (d < 1) {
        report(path, u"unsupported-version"_s, u"format version %1 does not exist; this Claimscope reads version %2"_s.arg(d).arg(supported));
        return 0;
    }
    return static_cast<int>(d);
}

QString JsonChecker::join(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

QString JsonChecker::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonChecker::join(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

} // namespace Claimscope
