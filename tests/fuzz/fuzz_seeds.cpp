// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Writes the seed corpus of fuzz_caseloader into a folder: the default case
// packed as `claimscope pack` packs it (CasePacker), the same files as tar,
// tar.gz, tar.xz, tar.bz2 and 7z, and a few small packs. Generated at fuzz
// time so that no binary archives live in the repository.
#include "case/caseloader.h"
#include "case/casepacker.h"
#include "pack/packreader.h"
#include "support/packbuilder.h"

#include <K7Zip>
#include <KCompressionDevice>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

bool save(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir + u'/' + name);
    const bool ok = !bytes.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    std::fprintf(stderr, "%s %s (%lld bytes)\n", ok ? "seed" : "FAILED", qPrintable(name), static_cast<long long>(bytes.size()));
    return ok;
}

QByteArray compress(const QByteArray &data, KCompressionDevice::CompressionType type)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    KCompressionDevice device(&buffer, false, type);
    if (!device.open(QIODevice::WriteOnly))
        return {};
    device.write(data);
    device.close();
    return buffer.data();
}

QByteArray tarOf(const QMap<QString, QByteArray> &files, const QByteArray &top)
{
    QList<PackBuilder::TarEntry> entries;
    if (!top.isEmpty())
        entries.append(PackBuilder::TarEntry{top + '/', {}, '5', {}});
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        entries.append(PackBuilder::TarEntry{top.isEmpty() ? it.key().toUtf8() : top + '/' + it.key().toUtf8(), it.value(), '0', {}});
    return PackBuilder::tar(entries);
}

QByteArray sevenZipOf(const QMap<QString, QByteArray> &files)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"case.7z"_s);
    {
        K7Zip archive(path);
        if (!archive.open(QIODevice::WriteOnly))
            return {};
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            archive.writeFile(it.key(), it.value(), 0100644);
        archive.close();
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: fuzz_seeds CASE-FOLDER OUT-FOLDER\n");
        return 2;
    }
    const QString caseDir = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    if (!QDir().mkpath(out))
        return 1;

    bool ok = true;
    // Exactly what `claimscope pack CASE -o seed.claimscope` writes.
    const Problems packed = CasePacker::pack(caseDir, out + u"/seed.claimscope"_s);
    for (const Problem &p : packed)
        std::fprintf(stderr, "%s\n", qPrintable(p.toString()));
    ok = ok && packed.isEmpty();

    const QMap<QString, QByteArray> files = PackReader().readFolder(caseDir).files;
    const QByteArray tar = tarOf(files, "case");
    ok = save(out, u"case.tar"_s, tar) && ok;
    ok = save(out, u"case.tar.gz"_s, compress(tar, KCompressionDevice::GZip)) && ok;
    ok = save(out, u"case.tar.xz"_s, compress(tarOf(files, {}), KCompressionDevice::Xz)) && ok;
    ok = save(out, u"case.tar.bz2"_s, compress(tar, KCompressionDevice::BZip2)) && ok;
    ok = save(out, u"case.7z"_s, sevenZipOf(files)) && ok;

    // Small packs: quick to mutate, and they reach the parser's error paths.
    QMap<QString, QByteArray> small;
    small.insert(u"case.json"_s, files.value(u"case.json"_s));
    small.insert(u"actors.json"_s, files.value(u"actors.json"_s));
    PackFiles smallPack;
    smallPack.files = small;
    ok = save(out, u"small.zip"_s, CasePacker::zip(smallPack)) && ok;
    ok = save(out, u"small.tar"_s, tarOf(small, {})) && ok;
    QMap<QString, QByteArray> broken;
    broken.insert(u"case.json"_s, R"({"id": "x", "title": [1, {"a": null}], "period": {"start": "2014-13-40"}})");
    broken.insert(u"claims.json"_s, R"([{"id": "c1", "actor": "nobody", "quote": "\u00e9\ud800"}])");
    broken.insert(u"articles/a.md"_s, "# title\n\ntext");
    ok = save(out, u"broken.tar.gz"_s, compress(tarOf(broken, {}), KCompressionDevice::GZip)) && ok;
    return ok ? 0 : 1;
}
