// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/jsonpath.h"

#include <QJsonArray>
#include <QSpan>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace JsonPath {

namespace {

/// Applies `change` to the value at `steps`, rebuilding the containers above it.
bool change(QJsonValue &node, QSpan<const Step> steps, const std::function<bool(QJsonValue &)> &edit)
{
    if (steps.empty())
        return edit(node);
    const Step &step = steps.front();
    if (step.index < 0) {
        if (node.isUndefined() || node.isNull())
            node = QJsonObject(); // a missing object on the way is created
        if (!node.isObject())
            return false;
        QJsonObject o = node.toObject();
        QJsonValue child = o.value(step.key);
        if (!change(child, steps.subspan(1), edit))
            return false;
        if (child.isUndefined())
            o.remove(step.key);
        else
            o.insert(step.key, child);
        node = o;
        return true;
    }
    if (!node.isArray() || step.index >= node.toArray().size())
        return false;
    QJsonArray a = node.toArray();
    QJsonValue child = a.at(step.index);
    if (!change(child, steps.subspan(1), edit) || child.isUndefined())
        return false;
    a.replace(step.index, child);
    node = a;
    return true;
}

bool changeRoot(QJsonObject &root, const QString &path, const std::function<bool(QJsonValue &)> &edit)
{
    const std::optional<QList<Step>> steps = parse(path);
    if (!steps)
        return false;
    QJsonValue node = root;
    if (!change(node, *steps, edit) || !node.isObject())
        return false;
    root = node.toObject();
    return true;
}

bool changeArray(QJsonObject &root, const QString &arrayPath, const std::function<bool(QJsonArray &)> &edit)
{
    return changeRoot(root, arrayPath, [&](QJsonValue &v) {
        if (v.isUndefined())
            v = QJsonArray();
        if (!v.isArray())
            return false;
        QJsonArray a = v.toArray();
        if (!edit(a))
            return false;
        v = a;
        return true;
    });
}

} // namespace

std::optional<QList<Step>> parse(const QString &path)
{
    QList<Step> steps;
    qsizetype i = 0;
    while (i < path.size()) {
        if (path[i] == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            const QStringView digits = close > i + 1 && close - i <= 10 ? QStringView(path).mid(i + 1, close - i - 1) : QStringView();
            if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
                return std::nullopt;
            steps.append(Step{{}, digits.toLongLong()});
            i = close + 1;
            continue;
        }
        if (!steps.isEmpty() && path[i++] != u'.')
            return std::nullopt; // after a step: "." or "["
        qsizetype end = i;
        while (end < path.size() && path[end] != u'.' && path[end] != u'[')
            ++end;
        if (end == i)
            return std::nullopt; // an empty key
        steps.append(Step{path.mid(i, end - i), -1});
        i = end;
    }
    return steps;
}

QJsonValue get(const QJsonObject &root, const QString &path)
{
    const std::optional<QList<Step>> steps = parse(path);
    if (!steps)
        return QJsonValue::Undefined;
    QJsonValue node = root;
    for (const Step &s : *steps) {
        if (s.index < 0 ? !node.isObject() : !node.isArray())
            return QJsonValue::Undefined;
        node = s.index < 0 ? node.toObject().value(s.key) : node.toArray().at(s.index);
    }
    return node;
}

bool set(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return false; // the file itself is replaced as a file, not as a value
    if (value.isUndefined() && get(root, path).isUndefined())
        return parse(path).has_value(); // nothing to remove
    return changeRoot(root, path, [&](QJsonValue &v) {
        v = value;
        return true;
    });
}

bool insert(QJsonObject &root, const QString &arrayPath, qsizetype index, const QJsonValue &value)
{
    if (value.isUndefined())
        return false;
    return changeArray(root, arrayPath, [&](QJsonArray &a) {
        if (index < 0)
            index = a.size();
        if (index > a.size())
            return false;
        a.insert(index, value);
        return true;
    });
}

bool remove(QJsonObject &root, const QString &arrayPath, qsizetype index)
{
    return changeArray(root, arrayPath, [&](QJsonArray &a) {
        if (index < 0 || index >= a.size())
            return false;
        a.removeAt(index);
        return true;
    });
}

bool move(QJsonObject &root, const QString &arrayPath, qsizetype from, qsizetype to)
{
    return changeArray(root, arrayPath, [&](QJsonArray &a) {
        if (from < 0 || to < 0 || from >= a.size() || to >= a.size() || from == to)
            return false;
        const QJsonValue v = a.takeAt(from);
        a.insert(to, v);
        return true;
    });
}

} // namespace JsonPath
