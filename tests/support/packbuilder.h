// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes zip and tar archives byte by byte, so that tests can build the
// malformed and hostile packs no well-behaved archiver would produce.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <array>

namespace PackBuilder {

inline quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = table[(c ^ static_cast<quint8>(byte)) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

struct ZipEntry
{
    QByteArray name;
    QByteArray data;
    quint16 method = 0;         ///< 0 stored; anything else is only declared
    quint32 unixMode = 0100644; ///< file type and permissions
    quint16 flags = 0;          ///< bit 0: encrypted
};

inline void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
inline void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

inline QByteArray zip(const QList<ZipEntry> &entries)
{
    QByteArray out, central;
    for (const ZipEntry &e : entries) {
        const auto offset = static_cast<quint32>(out.size());
        const quint32 crc = crc32(e.data);
        const auto size = static_cast<quint32>(e.data.size());
        put32(out, 0x04034b50u);
        put16(out, 20);
        put16(out, e.flags);
        put16(out, e.method);
        put16(out, 0);
        put16(out, 0x21);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, static_cast<quint16>(e.name.size()));
        put16(out, 0);
        out += e.name + e.data;

        put32(central, 0x02014b50u);
        put16(central, 0x031E); // made by Unix, so the mode below counts
        put16(central, 20);
        put16(central, e.flags);
        put16(central, e.method);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, crc);
        put32(central, size);
        put32(central, size);
        put16(central, static_cast<quint16>(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, e.unixMode << 16);
        put32(central, offset);
        central += e.name;
    }
    const auto cdOffset = static_cast<quint32>(out.size());
    out += central;
    put32(out, 0x06054b50u);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<quint16>(entries.size()));
    put16(out, static_cast<quint16>(entries.size()));
    put32(out, static_cast<quint32>(central.size()));
    put32(out, cdOffset);
    put16(out, 0);
    return out;
}

struct TarEntry
{
    QByteArray name;
    QByteArray data;
    char type = '0'; ///< '0' file, '1' hard link, '2' symlink, '3' char device, '5' folder, '6' fifo
    QByteArray linkTarget;
};

inline QByteArray tar(const QList<TarEntry> &entries)
{
    QByteArray out;
    for (const TarEntry &e : entries) {
        QByteArray h(512, '\0');
        const auto field = [&](int at, int width, const QByteArray &value) { h.replace(at, std::min<qsizetype>(width, value.size()), value.left(width)); };
        field(0, 100, e.name);
        field(100, 8, "0000644");
        field(108, 8, "0000000");
        field(116, 8, "0000000");
        field(124, 12, QByteArray::number(e.data.size(), 8).rightJustified(11, '0'));
        field(136, 12, "00000000000");
        field(148, 8, "        ");
        h[156] = e.type;
        field(157, 100, e.linkTarget);
        field(257, 6, QByteArray("ustar\0", 6));
        field(263, 2, "00");
        unsigned sum = 0;
        for (const char c : std::as_const(h))
            sum += static_cast<unsigned char>(c);
        field(148, 8, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
        out += h + e.data;
        if (e.data.size() % 512)
            out += QByteArray(512 - e.data.size() % 512, '\0');
    }
    return out + QByteArray(1024, '\0');
}

} // namespace PackBuilder
