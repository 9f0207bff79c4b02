// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {
constexpr int MaxDepth = 64; // deeper texts are refused by the parser anyway
// Paths longer than this are not recorded (find() answers with a shorter
// parent). Without the bound, a long key above a long array costs
// key length × array length in path strings: gigabytes from one 8 MiB file.
constexpr qsizetype MaxPathLength = 1024;
} // namespace

JsonLocator::JsonLocator(const QByteArray &json)
    : m_json(json)
{
    skipSpace();
    value(QString());
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_json.size() && (m_json[m_pos] == ' ' || m_json[m_pos] == '\n' || m_json[m_pos] == '\r' || m_json[m_pos] == '\t'))
        ++m_pos;
}

QString JsonLocator::string()
{
    // at the opening quote
    const qsizetype start = ++m_pos;
    while (m_pos < m_json.size() && m_json[m_pos] != '"')
        m_pos += m_json[m_pos] == '\\' ? 2 : 1;
    const QByteArray raw = m_json.mid(start, m_pos - start);
    ++m_pos;
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // Decode escapes the way the real parser does.
    return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
}

void JsonLocator::skipString()
{
    // at the opening quote
    ++m_pos;
    while (m_pos < m_json.size() && m_json[m_pos] != '"')
        m_pos += m_json[m_pos] == '\\' ? 2 : 1;
    ++m_pos;
}

void JsonLocator::skipValue()
{
    // Skips one value without building paths, like value() but iterative.
    int open = 0;
    while (m_pos < m_json.size()) {
        const char c = m_json[m_pos];
        if (c == '"') {
            skipString();
        } else if (c == '{' || c == '[') {
            ++open;
            ++m_pos;
        } else if (c == '}' || c == ']') {
            if (open == 0)
                return; // the end of the enclosing container
            --open;
            ++m_pos;
        } else if (open == 0 && c == ',') {
            return;
        } else {
            ++m_pos;
        }
        if (open == 0 && (c == '"' || c == '}' || c == ']'))
            return;
    }
}

void JsonLocator::value(const QString &path)
{
    if (m_pos >= m_json.size() || ++m_depth > MaxDepth) {
        m_pos = m_json.size();
        return;
    }
    if (path.size() > MaxPathLength) {
        skipValue();
        --m_depth;
        return;
    }
    if (m_offsets.contains(path))
        m_duplicates.append(path); // only object keys can repeat a path
    m_offsets.insert(path, m_pos);
    const char c = m_json[m_pos];
    if (c == '{') {
        ++m_pos;
        while (m_pos < m_json.size()) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == '}') {
                ++m_pos;
                break;
            }
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_json[m_pos] != '"') { // malformed: give up quietly
                m_pos = m_json.size();
                break;
            }
            const QString key = string();
            skipSpace();
            if (m_pos < m_json.size() && m_json[m_pos] == ':')
                ++m_pos;
            skipSpace();
            value(path.isEmpty() ? key : path + u'.' + key);
        }
    } else if (c == '[') {
        ++m_pos;
        int index = 0;
        while (m_pos < m_json.size()) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == ']') {
                ++m_pos;
                break;
            }
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            value(path + u'[' + QString::number(index++) + u']');
        }
    } else if (c == '"') {
        (void)string();
    } else {
        const qsizetype start = m_pos;
        while (m_pos < m_json.size() && !QByteArrayView(",]} \n\r\t").contains(m_json[m_pos]))
            ++m_pos;
        if (m_pos == start) // a stray bracket: malformed text, stop here
            m_pos = m_json.size();
    }
    --m_depth;
}

JsonLocator::Position JsonLocator::find(const QString &path) const
{
    QString p = path;
    while (true) {
        if (const auto it = m_offsets.constFind(p); it != m_offsets.cend())
            return at(*it);
        if (p.isEmpty())
            return {};
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p = cut > 0 ? p.left(cut) : QString();
    }
}

JsonLocator::Position JsonLocator::at(qsizetype offset) const
{
    return positionAt(m_json, offset);
}

JsonLocator::Position JsonLocator::positionAt(const QByteArray &json, qsizetype offset)
{
    Position pos{1, 1};
    const qsizetype end = std::min(offset, json.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(json[i]);
        if (byte == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((byte & 0xC0u) != 0x80u) { // count characters, not UTF-8 continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

} // namespace Claimscope
