// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/casewriter.h"
#include "case/casekeyorder.h"
#include "common/jsonchecker.h"
#include "common/jsonlocator.h"
#include "pack/packreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

void writeString(QString &out, const QString &s)
{
    out += u'"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        switch (c.unicode()) {
        case u'"': out += u"\\\""_s; break;
        case u'\\': out += u"\\\\"_s; break;
        case u'\b': out += u"\\b"_s; break;
        case u'\f': out += u"\\f"_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        default: {
            const bool paired = c.isHighSurrogate() ? i + 1 < s.size() && s[i + 1].isLowSurrogate() : c.isLowSurrogate() && i > 0 && s[i - 1].isHighSurrogate();
            // Control characters, and a lone surrogate (which UTF-8 cannot hold), as escapes.
            if (c.unicode() < 0x20 || (c.isSurrogate() && !paired))
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
        }
    }
    out += u'"';
}

void writeNumber(QString &out, const QJsonValue &v)
{
    const QVariant n = v.toVariant();
    if (n.typeId() == QMetaType::LongLong) { // Qt holds every whole number that fits as one, 1.0 included
        out += QString::number(n.toLongLong());
        return;
    }
    out += QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest); // the shortest text that reads back as the same double
}

class Writer
{
public:
    explicit Writer(QString kind)
        : m_kind(std::move(kind))
    {
    }

    void value(const QJsonValue &v, const QString &shape, int depth)
    {
        switch (v.type()) {
        case QJsonValue::Object: object(v.toObject(), shape, depth); break;
        case QJsonValue::Array: array(v.toArray(), shape, depth); break;
        case QJsonValue::String: writeString(m_out, v.toString()); break;
        case QJsonValue::Double: writeNumber(m_out, v); break;
        case QJsonValue::Bool: m_out += v.toBool() ? u"true"_s : u"false"_s; break;
        case QJsonValue::Null:
        case QJsonValue::Undefined: m_out += u"null"_s; break;
        }
    }

    void object(const QJsonObject &o, const QString &shape, int depth)
    {
        if (o.isEmpty()) {
            m_out += u"{}"_s;
            return;
        }
        m_out += u'{';
        const QStringList keys = CaseKeyOrder::ordered(CaseKeyOrder::keys(m_kind, shape), o.keys());
        for (qsizetype i = 0; i < keys.size(); ++i) {
            m_out += i == 0 ? u"\n"_s : u",\n"_s;
            indent(depth + 1);
            writeString(m_out, keys[i]);
            m_out += u": "_s;
            value(o.value(keys[i]), shape.isEmpty() ? keys[i] : shape + u'.' + keys[i], depth + 1);
        }
        m_out += u'\n';
        indent(depth);
        m_out += u'}';
    }

    void array(const QJsonArray &a, const QString &shape, int depth)
    {
        if (a.isEmpty()) {
            m_out += u"[]"_s;
            return;
        }
        m_out += u'[';
        const QString itemShape = shape + u"[]"_s;
        for (qsizetype i = 0; i < a.size(); ++i) {
            m_out += i == 0 ? u"\n"_s : u",\n"_s;
            indent(depth + 1);
            value(a.at(i), itemShape, depth + 1);
        }
        m_out += u'\n';
        indent(depth);
        m_out += u']';
    }

    QByteArray take() { return (m_out + u'\n').toUtf8(); }

private:
    void indent(int depth) { m_out += QString(2 * depth, u' '); }

    QString m_kind;
    QString m_out;
};

bool sameBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.size() == bytes.size() && f.open(QIODevice::ReadOnly) && f.readAll() == bytes;
}

} // namespace

QByteArray CaseWriter::serialise(const QString &file, const QJsonObject &root)
{
    Writer writer(CaseKeyOrder::fileKind(file));
    writer.object(root, QString(), 0);
    return writer.take();
}

std::optional<QJsonObject> CaseWriter::read(const QString &file, const QByteArray &bytes, Problems &problems)
{
    const JsonChecker parsed(file, bytes, problems);
    if (!parsed.ok())
        return std::nullopt;
    const JsonLocator locator(bytes);
    const QStringList twice = locator.duplicateKeys();
    for (const QString &path : twice) {
        const JsonLocator::Position at = locator.find(path);
        problems.append(Problem{file,
                                at.line,
                                at.column,
                                path,
                                u"duplicate-key"_s,
                                u"this key appears more than once in its object; only one can be kept, so the file is not rewritten"_s});
    }
    return twice.isEmpty() ? std::optional(parsed.root()) : std::nullopt;
}

QByteArray CaseWriter::canonical(const QString &file, const QByteArray &bytes, Problems &problems)
{
    const std::optional<QJsonObject> root = read(file, bytes, problems);
    return root ? serialise(file, *root) : QByteArray();
}

bool CaseWriter::isCaseJson(const QString &file)
{
    return !CaseKeyOrder::fileKind(file).isEmpty();
}

CaseWriter::Saved CaseWriter::save(const QMap<QString, QByteArray> &files, const QString &folder)
{
    Saved saved;
    const QDir root(folder);
    const PackReader names;
    const auto fail = [&](const QString &file, const QString &message) { saved.problems.append(Problem{file, 0, 0, {}, u"write-failed"_s, message}); };
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (const QString why = names.checkEntryName(it.key()); !why.isEmpty()) {
            fail(it.key(), why);
            continue;
        }
        const QString path = root.filePath(it.key());
        if (sameBytes(path, it.value())) {
            saved.unchanged << it.key();
            continue;
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            fail(it.key(), u"could not create the folder %1"_s.arg(QFileInfo(path).absolutePath()));
            continue;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(it.value()) != it.value().size() || !out.commit()) {
            fail(it.key(), u"could not write the file: %1"_s.arg(out.errorString()));
            continue;
        }
        saved.written << it.key();
    }
    if (!saved.problems.isEmpty())
        return saved; // a half-written case keeps its old articles: nothing is lost
    const QStringList articles = QDir(root.filePath(u"articles"_s)).entryList({u"*.json"_s}, QDir::Files | QDir::Hidden);
    for (const QString &name : articles) {
        const QString file = u"articles/"_s + name;
        if (files.contains(file))
            continue;
        if (QFile::remove(root.filePath(file)))
            saved.removed << file;
        else
            fail(file, u"could not remove the article file the case no longer has"_s);
    }
    return saved;
}

} // namespace Claimscope
