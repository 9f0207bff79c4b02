// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack/packreader.h"
#include "common/jsonlocator.h"
#include "common/logging.h"
#include "pack/archivescan.h"

#include <K7Zip>
#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QBuffer>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

/// Offset of the first byte that is not part of a well-formed UTF-8
/// character (RFC 3629: no overlong forms, no surrogates), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            more = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            more = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            more = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n)
                return i;
            const auto c = static_cast<unsigned char>(bytes[i + k]);
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF))
                return i;
        }
        i += more + 1;
    }
    return -1;
}

/// What the byte 0x80–0xFF is in Windows-1252 (Latin-1 above 0x9F), the
/// usual encoding of a file that is not UTF-8; a null QChar where it has none.
QChar windows1252(unsigned char b)
{
    static constexpr char16_t c1[32] = {u'€', 0,    u'‚', u'ƒ', u'„', u'…', u'†', u'‡', u'ˆ', u'‰', u'Š', u'‹', u'Œ', 0, u'Ž', 0,
                                        0,    u'‘', u'’', u'“', u'”', u'•', u'–', u'—', u'˜', u'™', u'š', u'›', u'œ', 0, u'ž', u'Ÿ'};
    if (b < 0x80)
        return {};
    return b < 0xA0 ? QChar(c1[b - 0x80]) : QChar(char16_t(b));
}

/// Why a file is not UTF-8, and what to do about it.
QString notUtf8(const QByteArray &bytes, qsizetype bad)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return u"not UTF-8 text: the file is saved as UTF-16; save it as UTF-8"_s;
    const auto b = static_cast<unsigned char>(bytes[bad]);
    QString message = u"not UTF-8 text: byte 0x%1 (byte %2 of the file) is not valid UTF-8"_s.arg(QString::number(b, 16).toUpper()).arg(bad + 1);
    if (const QChar c = windows1252(b); !c.isNull())
        message += u"; the file looks saved as Windows-1252 or Latin-1, where it is “%1”"_s.arg(c);
    return message + u"; save the file as UTF-8"_s;
}

class Collector
{
public:
    Collector(const PackLimits &limits, QString origin)
        : m_limits(limits)
    {
        m_result.origin = std::move(origin);
    }

    void problem(const QString &file, const QString &code, const QString &message) { m_result.problems.append(Problem{file, 0, 0, {}, code, message}); }

    /// Reads one file through `device`, never more than the limits allow.
    void addFile(const QString &name, QIODevice *device, qint64 declaredSize)
    {
        if (!countEntry(name))
            return;
        QByteArray bytes;
        const qint64 cap = std::min(m_limits.maxFileBytes, m_limits.maxTotalBytes - m_total);
        while (true) {
            const QByteArray chunk = device->read(ChunkSize);
            if (chunk.isEmpty())
                break;
            bytes += chunk;
            if (bytes.size() > cap) {
                m_result.refused.insert(name);
                if (bytes.size() > m_limits.maxFileBytes)
                    problem(name, u"file-too-large"_s, u"file is larger than the %1 MiB limit for one file"_s.arg(m_limits.maxFileBytes / PackLimits::MiB));
                else
                    problem(
                        name, u"pack-too-large"_s, u"the pack's files add up to more than the %1 MiB limit"_s.arg(m_limits.maxTotalBytes / PackLimits::MiB));
                m_total = m_limits.maxTotalBytes;
                return;
            }
        }
        if (bytes.isEmpty() && declaredSize > 0) {
            problem(name, u"unreadable-entry"_s, u"could not read this entry (corrupt data or an unsupported compression method)"_s);
            return;
        }
        if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
            const JsonLocator::Position at = JsonLocator::positionAt(bytes, bad);
            m_result.problems.append(Problem{name, at.line, at.column, {}, u"invalid-utf8"_s, notUtf8(bytes, bad)});
            m_result.refused.insert(name);
            return;
        }
        m_total += bytes.size();
        m_result.files.insert(name, bytes);
    }

    bool countEntry(const QString &name)
    {
        if (++m_entries == m_limits.maxEntries + 1) {
            problem(name, u"too-many-entries"_s, u"the pack has more than %1 files and folders"_s.arg(m_limits.maxEntries));
        }
        return m_entries <= m_limits.maxEntries;
    }

    bool tooManyEntries() const { return m_entries > m_limits.maxEntries; }
    PackFiles take() { return std::move(m_result); }

private:
    const PackLimits &m_limits;
    PackFiles m_result;
    qint64 m_total = 0;
    int m_entries = 0;
};

/// Refuses unsafe, duplicate or special raw entries. Returns false when the
/// archive must not be read any further.
bool checkRawEntries(const QList<ArchiveScan::Entry> &entries, const PackReader &reader, Collector &out)
{
    QSet<QString> seen;
    bool safe = true;
    for (const ArchiveScan::Entry &e : entries) {
        if (!out.countEntry(e.name))
            return false;
        const QString why = reader.checkEntryName(e.name);
        if (!why.isEmpty()) {
            out.problem(e.name, u"unsafe-path"_s, why);
            safe = false;
        }
        if (e.kind == ArchiveScan::Entry::Link) {
            out.problem(e.name, u"link-entry"_s, u"links (symbolic or hard) are not allowed in a case pack"_s);
            safe = false;
        } else if (e.kind == ArchiveScan::Entry::Special) {
            out.problem(e.name, u"special-entry"_s, u"devices, pipes and other special entries are not allowed in a case pack"_s);
            safe = false;
        }
        QString key = e.name;
        if (key.endsWith(u'/'))
            key.chop(1);
        if (seen.contains(key)) {
            out.problem(e.name, u"duplicate-entry"_s, u"the archive holds this name more than once"_s);
            safe = false;
        }
        seen.insert(key);
    }
    return safe;
}

void walk(const KArchiveDirectory *dir, const QString &prefix, const PackReader &reader, Collector &out)
{
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *entry = dir->entry(name);
        const QString path = prefix.isEmpty() ? name : prefix + u'/' + name;
        if (out.tooManyEntries())
            return;
        const QString why = reader.checkEntryName(path);
        if (!why.isEmpty()) {
            out.problem(path, u"unsafe-path"_s, why);
            continue;
        }
        if (!entry->symLinkTarget().isEmpty()) {
            out.problem(path, u"link-entry"_s, u"links (symbolic or hard) are not allowed in a case pack"_s);
            continue;
        }
        if (entry->isDirectory()) {
            if (out.countEntry(path))
                walk(static_cast<const KArchiveDirectory *>(entry), path, reader, out);
        } else if (entry->isFile()) {
            const auto *file = static_cast<const KArchiveFile *>(entry);
            std::unique_ptr<QIODevice> device(file->createDevice());
            if (!device) {
                out.problem(path, u"unreadable-entry"_s, u"could not read this entry"_s);
                continue;
            }
            out.addFile(path, device.get(), file->size());
        }
    }
}

/// Decompresses a gzip/xz/bzip2 stream in memory, refusing to go past `cap`.
QString decompress(const QByteArray &data, KCompressionDevice::CompressionType type, qint64 cap, QByteArray &out)
{
    QBuffer source;
    source.setData(data);
    KCompressionDevice device(&source, false, type);
    if (!device.open(QIODevice::ReadOnly))
        return u"the archive's compression could not be opened"_s;
    while (!device.atEnd()) {
        const QByteArray chunk = device.read(ChunkSize);
        if (chunk.isEmpty()) {
            if (device.error() != QFileDevice::NoError || !device.atEnd())
                return u"the archive is truncated or corrupt"_s;
            break;
        }
        out += chunk;
        if (out.size() > cap)
            return u"the archive expands to more than the %1 MiB limit"_s.arg(cap / PackLimits::MiB);
    }
    if (device.error() != QFileDevice::NoError)
        return u"the archive is truncated or corrupt"_s;
    return {};
}

/// If every file sits in one top folder and there is no case.json at the
/// top, the folder is the case: drop it from the names.
void stripTopFolder(PackFiles &pack)
{
    QStringList names = pack.files.keys();
    names += QStringList(pack.refused.cbegin(), pack.refused.cend());
    if (names.isEmpty() || names.contains(u"case.json"_s))
        return;
    const QString first = names.constFirst().section(u'/', 0, 0);
    for (const QString &name : std::as_const(names)) {
        if (!name.startsWith(first + u'/'))
            return;
    }
    QMap<QString, QByteArray> stripped;
    for (auto it = pack.files.cbegin(); it != pack.files.cend(); ++it)
        stripped.insert(it.key().mid(first.size() + 1), it.value());
    pack.files = std::move(stripped);
    QSet<QString> refused;
    for (const QString &name : std::as_const(pack.refused))
        refused.insert(name.mid(first.size() + 1));
    pack.refused = std::move(refused);
    for (Problem &p : pack.problems) {
        if (p.file.startsWith(first + u'/'))
            p.file = p.file.mid(first.size() + 1);
    }
}

} // namespace

PackReader::PackReader(PackLimits limits)
    : m_limits(limits)
{
}

QString PackReader::checkEntryName(const QString &name) const
{
    if (name.isEmpty())
        return u"entry has an empty name"_s;
    if (name.startsWith(u'/'))
        return u"absolute paths are not allowed in a case pack"_s;
    if (name.contains(u'\\'))
        return u"backslashes are not allowed in entry names"_s;
    if (name.toUtf8().size() > m_limits.maxPathLength)
        return u"entry name is longer than %1 bytes"_s.arg(m_limits.maxPathLength);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isNonCharacter() || c == QChar::ReplacementCharacter)
            return u"entry name contains a control or invalid character"_s;
    }
    QStringList parts = name.split(u'/');
    if (parts.last().isEmpty())
        parts.removeLast(); // a folder entry "dir/"
    for (const QString &part : std::as_const(parts)) {
        if (part == u".."_s)
            return u"\"..\" is not allowed in entry names"_s;
        if (part.isEmpty() || part == u"."_s)
            return u"entry name has an empty or \".\" component"_s;
    }
    if (parts.size() - 1 > m_limits.maxDepth)
        return u"entry is nested deeper than %1 folders"_s.arg(m_limits.maxDepth);
    return {};
}

PackFiles PackReader::read(const QString &path) const
{
    const QFileInfo info(path);
    if (info.isDir())
        return readFolder(path);
    if (!info.exists()) {
        PackFiles missing;
        missing.origin = path;
        missing.problems.append(Problem{path, 0, 0, {}, u"not-found"_s, u"no such file or folder"_s});
        return missing;
    }
    return readArchiveFile(path);
}

PackFiles PackReader::readFolder(const QString &folder) const
{
    Collector out(m_limits, folder);
    const QString root = QDir(folder).absolutePath();
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString rel = info.absoluteFilePath().mid(root.size() + 1);
        const QString why = checkEntryName(rel);
        if (!why.isEmpty()) {
            out.problem(rel, u"unsafe-path"_s, why);
            continue;
        }
        if (info.isSymLink()) {
            out.problem(rel, u"link-entry"_s, u"links are not allowed in a case pack"_s);
        } else if (info.isDir()) {
            if (!out.countEntry(rel))
                break;
        } else if (info.isFile()) {
            QFile file(info.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly)) {
                out.problem(rel, u"unreadable-entry"_s, file.errorString());
                continue;
            }
            out.addFile(rel, &file, info.size());
        } else {
            out.problem(rel, u"special-entry"_s, u"devices, pipes and other special files are not allowed in a case pack"_s);
        }
        if (out.tooManyEntries())
            break;
    }
    return out.take();
}

PackFiles PackReader::readArchiveFile(const QString &fileName) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        PackFiles failed;
        failed.origin = fileName;
        failed.problems.append(Problem{fileName, 0, 0, {}, u"unreadable"_s, file.errorString()});
        return failed;
    }
    const QByteArray data = file.read(m_limits.maxArchiveBytes + 1);
    if (data.size() > m_limits.maxArchiveBytes) {
        PackFiles failed;
        failed.origin = fileName;
        failed.problems.append(Problem{
            fileName, 0, 0, {}, u"archive-too-large"_s, u"the archive is larger than the %1 MiB limit"_s.arg(m_limits.maxArchiveBytes / PackLimits::MiB)});
        return failed;
    }
    return readArchive(data, fileName);
}

PackFiles PackReader::readArchive(const QByteArray &data, const QString &name) const
{
    Collector out(m_limits, name);
    auto fail = [&](const QString &code, const QString &message) {
        out.problem(name, code, message);
        return out.take();
    };
    if (data.size() > m_limits.maxArchiveBytes)
        return fail(u"archive-too-large"_s, u"the archive is larger than the %1 MiB limit"_s.arg(m_limits.maxArchiveBytes / PackLimits::MiB));

    QBuffer buffer; // declared before the archive, which uses it until destroyed
    std::unique_ptr<KArchive> archive;
    bool scanned = true; // zip and tar: their own directory was listed first
    QList<ArchiveScan::Entry> raw;
    QByteArray tarData;
    const auto magic = [&](const char *bytes, qsizetype n) { return data.startsWith(QByteArrayView(bytes, n)); };

    if (magic("PK\x03\x04", 4) || magic("PK\x05\x06", 4)) {
        if (const QString error = ArchiveScan::zip(data, raw); !error.isEmpty())
            return fail(u"bad-archive"_s, error);
        buffer.setData(data);
        archive = std::make_unique<KZip>(&buffer);
    } else if (magic("7z\xBC\xAF\x27\x1C", 6)) {
        buffer.setData(data);
        archive = std::make_unique<K7Zip>(&buffer);
        scanned = false;
    } else {
        KCompressionDevice::CompressionType type = KCompressionDevice::None;
        if (magic("\x1F\x8B", 2))
            type = KCompressionDevice::GZip;
        else if (magic("\xFD"
                       "7zXZ\x00",
                       6))
            type = KCompressionDevice::Xz;
        else if (magic("BZh", 3))
            type = KCompressionDevice::BZip2;
        else if (data.size() >= 262 && data.mid(257, 5) == "ustar")
            tarData = data;
        else
            return fail(u"unknown-format"_s, u"not a folder or a supported archive (.claimscope, .zip, .tar.gz, .tar.xz, .tar.bz2, .7z)"_s);
        if (type != KCompressionDevice::None) {
            // Headers add at most 1.5 KiB per entry on top of the content.
            const qint64 cap = m_limits.maxTotalBytes + qint64(m_limits.maxEntries) * 1536;
            if (const QString error = decompress(data, type, cap, tarData); !error.isEmpty())
                return fail(error.contains(u"limit"_s) ? u"archive-too-large"_s : u"bad-archive"_s, error);
        }
        if (const QString error = ArchiveScan::tar(tarData, raw); !error.isEmpty())
            return fail(u"bad-archive"_s, error);
        buffer.setData(tarData);
        archive = std::make_unique<KTar>(&buffer);
    }

    if (scanned && !checkRawEntries(raw, *this, out))
        return out.take();
    if (!archive->open(QIODevice::ReadOnly))
        return fail(u"bad-archive"_s, u"the archive could not be opened: %1"_s.arg(archive->errorString()));
    // For zip and tar the raw scan already counted entries; count again for
    // 7z, whose directory only KArchive reads.
    Collector walker(m_limits, name);
    walk(archive->directory(), QString(), *this, walker);
    PackFiles result = walker.take();
    result.problems = out.take().problems + result.problems;
    stripTopFolder(result);
    qCDebug(lcPack) << "read" << result.files.size() << "files from" << name;
    return result;
}

} // namespace Claimscope
