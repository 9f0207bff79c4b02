// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticcase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace Bench {

namespace {

QString renamed(const QString &id, int copy)
{
    return copy == 0 || id.isEmpty() ? id : id + u"-x"_s + QString::number(copy + 1);
}

QJsonArray renamedSources(const QJsonArray &sources, int copy)
{
    QJsonArray out;
    for (const QJsonValue &v : sources) {
        QJsonObject ref = v.toObject();
        if (ref.contains(u"article"_s))
            ref[u"article"_s] = renamed(ref.value(u"article"_s).toString(), copy);
        out.append(ref);
    }
    return out;
}

/// Copies of every element of `root[key]`, with ids and references renamed by `edit`.
void replicate(QJsonObject &root, const QString &key, int scale, const std::function<void(QJsonObject &, int)> &edit)
{
    const QJsonArray original = root.value(key).toArray();
    QJsonArray all = original;
    for (int copy = 1; copy < scale; ++copy) {
        for (const QJsonValue &v : original) {
            QJsonObject o = v.toObject();
            o[u"id"_s] = renamed(o.value(u"id"_s).toString(), copy);
            edit(o, copy);
            all.append(o);
        }
    }
    root[key] = all;
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

PackFiles scaledCase(const PackFiles &base, int scale)
{
    PackFiles out;
    out.origin = u"synthetic-%1x"_s.arg(scale);
    out.files = base.files;
    if (scale <= 1)
        return out;

    QJsonObject claims = objectOf(base.files.value(u"claims.json"_s));
    replicate(claims, u"claims"_s, scale, [](QJsonObject &c, int copy) { c[u"sources"_s] = renamedSources(c.value(u"sources"_s).toArray(), copy); });
    out.files[u"claims.json"_s] = QJsonDocument(claims).toJson();

    QJsonObject timeline = objectOf(base.files.value(u"timeline.json"_s));
    replicate(timeline, u"events"_s, scale, [](QJsonObject &e, int copy) { e[u"sources"_s] = renamedSources(e.value(u"sources"_s).toArray(), copy); });
    out.files[u"timeline.json"_s] = QJsonDocument(timeline).toJson();

    for (auto it = base.files.cbegin(); it != base.files.cend(); ++it) {
        if (!it.key().startsWith(u"articles/"_s))
            continue;
        const QJsonObject article = objectOf(it.value());
        for (int copy = 1; copy < scale; ++copy) {
            QJsonObject a = article;
            const QString id = renamed(a.value(u"id"_s).toString(), copy);
            a[u"id"_s] = id;
            QJsonArray annotations;
            for (const QJsonValue &v : article.value(u"annotations"_s).toArray()) {
                QJsonObject an = v.toObject();
                an[u"id"_s] = renamed(an.value(u"id"_s).toString(), copy);
                if (an.contains(u"claim"_s))
                    an[u"claim"_s] = renamed(an.value(u"claim"_s).toString(), copy);
                annotations.append(an);
            }
            a[u"annotations"_s] = annotations;
            out.files.insert(u"articles/"_s + id + u".json"_s, QJsonDocument(a).toJson());
        }
    }
    return out;
}

PackLimits unlimitedPack()
{
    PackLimits limits;
    limits.maxArchiveBytes = limits.maxFileBytes = limits.maxTotalBytes = std::numeric_limits<qint64>::max() / 2;
    limits.maxEntries = std::numeric_limits<int>::max() / 2;
    return limits;
}

} // namespace Bench
