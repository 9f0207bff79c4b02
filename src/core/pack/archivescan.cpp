// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack/archivescan.h"

#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimscope::ArchiveScan {

namespace {

quint16 u16(const QByteArray &d, qsizetype at)
{
    return qFromLittleEndian<quint16>(d.constData() + at);
}
quint32 u32(const QByteArray &d, qsizetype at)
{
    return qFromLittleEndian<quint32>(d.constData() + at);
}

qint64 tarNumber(const char *field, int width, bool *ok)
{
    if (static_cast<unsigned char>(field[0]) & 0x80u) { // base-256: only for huge values
        *ok = false;
        return -1;
    }
    const QByteArray text = QByteArray(field, width).replace('\0', ' ').trimmed();
    if (text.isEmpty())
        return 0;
    return text.toLongLong(ok, 8);
}

} // namespace

QString zip(const QByteArray &data, QList<Entry> &entries)
{
    constexpr qsizetype EocdSize = 22;
    if (data.size() < EocdSize)
        return u"the zip archive is truncated"_s;
    qsizetype eocd = -1;
    const qsizetype lowest = std::max<qsizetype>(0, data.size() - EocdSize - 0xFFFF);
    for (qsizetype at = data.size() - EocdSize; at >= lowest; --at) {
        if (u32(data, at) == 0x06054b50u) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0)
        return u"the zip archive is truncated or damaged (no central directory)"_s;
    const quint16 count = u16(data, eocd + 10);
    const quint32 cdSize = u32(data, eocd + 12);
    const quint32 cdOffset = u32(data, eocd + 16);
    if (count == 0xFFFF || cdSize == 0xFFFFFFFFu || cdOffset == 0xFFFFFFFFu)
        return u"ZIP64 archives are not supported"_s;
    if (qint64(cdOffset) + cdSize > eocd)
        return u"the zip archive is truncated or damaged (central directory out of range)"_s;

    qsizetype at = cdOffset;
    for (int i = 0; i < count; ++i) {
        constexpr qsizetype HeaderSize = 46;
        if (at + HeaderSize > eocd || u32(data, at) != 0x02014b50u)
            return u"the zip archive is damaged (entry %1 of the central directory)"_s.arg(i + 1);
        const quint16 madeBy = u16(data, at + 4);
        const quint16 flags = u16(data, at + 8);
        const quint16 method = u16(data, at + 10);
        const quint16 nameLen = u16(data, at + 28);
        const quint16 extraLen = u16(data, at + 30);
        const quint16 commentLen = u16(data, at + 32);
        const quint32 attributes = u32(data, at + 38);
        if (at + HeaderSize + nameLen > eocd)
            return u"the zip archive is damaged (entry %1 of the central directory)"_s.arg(i + 1);
        Entry e;
        const QByteArray rawName = data.mid(at + HeaderSize, nameLen);
        e.name = QString::fromUtf8(rawName);
        const quint32 unixMode = (madeBy >> 8) == 3 ? attributes >> 16 : 0;
        const quint32 type = unixMode & 0170000u;
        if (type == 0120000u)
            e.kind = Entry::Link;
        else if (type != 0 && type != 0100000u && type != 0040000u)
            e.kind = Entry::Special;
        else if (rawName.endsWith('/') || type == 0040000u)
            e.kind = Entry::Folder;
        if (flags & 1u)
            return u"\"%1\" is encrypted; case packs cannot be encrypted"_s.arg(e.name);
        if (method != 0 && method != 8 && e.kind == Entry::File)
            return u"\"%1\" uses compression method %2; only stored (0) and deflate (8) are supported"_s.arg(e.name).arg(method);
        entries.append(e);
        at += HeaderSize + nameLen + extraLen + commentLen;
    }
    return {};
}

QString tar(const QByteArray &data, QList<Entry> &entries)
{
    constexpr qsizetype Block = 512;
    qsizetype at = 0;
    QString longName;
    while (at + Block <= data.size()) {
        const char *h = data.constData() + at;
        if (std::all_of(h, h + Block, [](char c) { return c == 0; }))
            return {};
        bool ok = true;
        const qint64 size = tarNumber(h + 124, 12, &ok);
        if (!ok || size < 0)
            return u"the tar archive has a damaged header at byte %1"_s.arg(at);
        const char type = h[156];
        const qsizetype dataStart = at + Block;
        const qint64 padded = (size + Block - 1) / Block * Block;
        if (dataStart + size > data.size())
            return u"the tar archive is truncated"_s;
        at = dataStart + padded;
        if (type == 'L') { // GNU long name for the next entry
            longName = QString::fromUtf8(data.mid(dataStart, size)).section(QChar(0), 0, 0);
            continue;
        }
        if (type == 'x') { // pax header: a "path=" record renames the next entry
            const QByteArray pax = data.mid(dataStart, size);
            for (const QByteArray &record : pax.split('\n')) {
                const qsizetype eq = record.indexOf(" path=");
                if (eq >= 0)
                    longName = QString::fromUtf8(record.mid(eq + 6));
            }
            continue;
        }
        if (type == 'g' || type == 'K')
            continue;
        Entry e;
        if (!longName.isEmpty()) {
            e.name = longName;
            longName.clear();
        } else {
            const QByteArray name = QByteArray(h, 100).left(static_cast<qsizetype>(qstrnlen(h, 100)));
            const QByteArray prefix = QByteArray(h + 345, 155).left(static_cast<qsizetype>(qstrnlen(h + 345, 155)));
            e.name = QString::fromUtf8(prefix.isEmpty() ? name : prefix + '/' + name);
        }
        switch (type) {
        case '0':
        case '\0':
        case '7': e.kind = Entry::File; break;
        case '5': e.kind = Entry::Folder; break;
        case '1':
        case '2': e.kind = Entry::Link; break;
        default: e.kind = Entry::Special; break;
        }
        if (e.kind == Entry::File && e.name.endsWith(u'/'))
            e.kind = Entry::Folder;
        entries.append(e);
    }
    return at == data.size() ? QString() : u"the tar archive is truncated"_s;
}

} // namespace Claimscope::ArchiveScan
