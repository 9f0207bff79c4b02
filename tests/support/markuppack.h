// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hostile copy of a case: every free-text field gets an image, a link, a
// CSS background image and formatting tags appended, each URL pointing at a
// loopback listener of the test. The pack stays valid (it only warns), so
// the app shows it everywhere; nothing of it may be fetched or drawn as
// markup.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace MarkupPack {

using namespace Qt::StringLiterals;

/// What is planted: `base` is e.g. "http://127.0.0.1:8765".
inline QString suffix(const QString &base)
{
    return u" <img src=%1/i.png> <a href=%1/a>link</a> <span style=background-image:url(%1/s.png)>css</span> <b>bold</b> x < y & z"_s.arg(base);
}

/// The piece the app must show literally wherever pack text appears.
inline QString probe(const QString &base)
{
    return u"<img src=%1/i.png>"_s.arg(base);
}

namespace detail {
// Keys whose string values (or arrays of strings) are free text. Quotes,
// URLs, ids, dates and vocabulary values are left alone, and so are phase
// headline examples, which the validator checks as verbatim quotations.
inline const QSet<QString> &textKeys()
{
    static const QSet<QString> keys{u"title"_s,       u"summary"_s,    u"name"_s,        u"outlet"_s,        u"headline"_s,       u"byline"_s, u"standfirst"_s,
                                    u"caption"_s,     u"provenance"_s, u"copyright"_s,   u"contentNotice"_s, u"note"_s,           u"text"_s,   u"paraphrase"_s,
                                    u"prompt"_s,      u"statement"_s,  u"explanation"_s, u"feedback"_s,      u"presenterNotes"_s, u"reveal"_s, u"framing"_s,
                                    u"description"_s, u"licence"_s,    u"paragraphs"_s,  u"furniture"_s,     u"authors"_s,        u"true"_s,   u"false"_s};
    return keys;
}

inline QJsonValue plant(const QJsonValue &value, const QString &key, const QString &add, int &count)
{
    const bool text = textKeys().contains(key);
    if (value.isString() && text) {
        ++count;
        return QJsonValue(value.toString() + add);
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(plant(v, text ? key : QString(), add, count));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out = value.toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            it.value() = plant(it.value(), it.key(), add, count);
        return out;
    }
    return value;
}
} // namespace detail

/// Copies the case folder `from` to `to` with the markup planted; returns
/// how many fields were changed, or -1 if a file could not be read or written.
inline int write(const QString &from, const QString &to, const QString &base)
{
    int count = 0;
    const QString add = suffix(base);
    const QDir source(QDir(from).absolutePath());
    const QString targetDir = QDir(to).absolutePath();
    if (targetDir == source.path() || targetDir.startsWith(source.path() + u'/'))
        return -1; // never write into the case being copied
    QDirIterator it(source.path(), {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next(); // absolute, as the iterator's folder is
        // A translation names the words it translates exactly: planted markup
        // would only make it stale. Markup in a translation is tst_casetranslation's.
        if (source.relativeFilePath(path).startsWith(u"translations/"_s))
            continue;
        const QString target = targetDir + u'/' + source.relativeFilePath(path);
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly) || !QDir().mkpath(QFileInfo(target).path()))
            return -1;
        const QJsonObject planted = detail::plant(QJsonDocument::fromJson(in.readAll()).object(), QString(), add, count).toObject();
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(planted).toJson()) < 0)
            return -1;
    }
    return count;
}

} // namespace MarkupPack
