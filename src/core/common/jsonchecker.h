// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problem.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <initializer_list>
#include <optional>

namespace Claimscope {

/// Reads one JSON file of Claimscope's formats (the files of a case, a
/// progress file) and reports every deviation with the JSON path, under one
/// set of codes (docs/case-format.md, "Problem codes"). Only syntax errors
/// get a line and column here; CaseLoader adds the others' with JsonLocator.
class JsonChecker
{
public:
    enum Need { Required, Optional };

    /// Deeper nesting is refused ("too-deep"), so a hostile file cannot make a reader recurse forever.
    static constexpr int MaxDepth = 32;

    /// Parses `bytes`: "empty-file", "too-deep", "json-syntax" (with line
    /// and column) or "wrong-type" when the top is not an object.
    JsonChecker(QString file, const QByteArray &bytes, Problems &problems);

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const QJsonObject &root() const { return m_root; }
    [[nodiscard]] const QString &file() const { return m_file; }

    void report(const QString &path, const QString &code, const QString &message);

    /// "unknown-key" for every key of `o` that is not `allowed`.
    void keys(const QJsonObject &o, const QString &path, std::initializer_list<QLatin1StringView> allowed);

    /// True when `v` has `type`; otherwise reports "missing-key" (when it is
    /// absent and required) or "wrong-type" (`expected` says what was).
    bool expect(const QJsonValue &v, const QString &path, QJsonValue::Type type, const char *expected, Need need = Required);
    /// The value of `key` when it has `type`, else undefined (see expect()).
    QJsonValue get(const QJsonObject &o, const QString &path, QLatin1StringView key, QJsonValue::Type type, const char *expected, Need need);

    /// A string; a required one must not be blank ("empty-value").
    QString text(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need = Required);
    /// An id: lower-case letters, digits and '-' ("bad-id").
    QString id(const QJsonObject &o, const QString &path, QLatin1StringView key = QLatin1StringView("id"), Need need = Required);
    /// One of `allowed` ("bad-value").
    QString choice(const QJsonObject &o, const QString &path, QLatin1StringView key, const QStringList &allowed, Need need = Required);
    bool boolean(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need = Optional, bool fallback = false);
    /// A whole number from `min` to `max` ("out-of-range"); `fallback` when there is none.
    int integer(const QJsonObject &o, const QString &path, QLatin1StringView key, int min, int max, int fallback, Need need = Optional);
    /// A whole number from `min` to `max` ("out-of-range"); nothing when absent, mistyped or out of range.
    std::optional<qint64> wholeNumber(const QJsonValue &v, const QString &path, qint64 min, qint64 max, Need need = Required);
    /// A calendar date "YYYY-MM-DD" (`code`, "bad-date" unless told).
    QDate date(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need = Required, const QString &code = QStringLiteral("bad-date"));
    /// A date and time, ISO 8601, in UTC ("bad-date"). An optional one may be
    /// absent or null: an invalid QDateTime. Nothing when it is wrong.
    std::optional<QDateTime> dateTime(const QJsonValue &v, const QString &path, Need need = Required);
    QJsonArray array(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need = Required);
    /// An array of strings; each other element is "wrong-type".
    QStringList texts(const QJsonObject &o, const QString &path, QLatin1StringView key, Need need = Required);
    /// Calls `each` with every object of an array, reporting non-objects.
    void objects(const QJsonObject &o,
                 const QString &path,
                 QLatin1StringView key,
                 const std::function<void(const QJsonObject &, const QString &)> &each,
                 Need need = Required);

    /// The top-level `formatVersion`, from 1 to `supported`; 0 after
    /// "missing-key", "wrong-type", "newer-version" (a later Claimscope's
    /// file) or "unsupported-version" (no Claimscope's).
    int formatVersion(int supported);

    /// JSON paths: "a.b", "a[3]".
    [[nodiscard]] static QString join(const QString &path, QLatin1StringView key);
    [[nodiscard]] static QString join(const QString &path, const QString &key);
    [[nodiscard]] static QString join(const QString &path, qsizetype index);

private:
    QString m_file;
    Problems &m_problems;
    QJsonObject m_root;
    bool m_ok = false;
};

} // namespace Claimscope
