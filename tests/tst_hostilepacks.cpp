// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Broken and hostile case packs, generated here: each must be refused with
// its own specific problem, without a crash and within bounded memory.
#include "caseloader.h"
#include "packbuilder.h"

#include <KCompressionDevice>
#include <KZip>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using PackBuilder::TarEntry;
using PackBuilder::ZipEntry;

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

// Peak memory allowed for the whole test process. AddressSanitizer's
// quarantine (256 MiB by default), redzones and shadow memory roughly
// double it, so the asan preset gets more room.
#if defined(__SANITIZE_ADDRESS__)
constexpr double PeakRssBudgetMiB = 1536;
#else
constexpr double PeakRssBudgetMiB = 400;
#endif

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

QMap<QString, QByteArray> validFiles()
{
    static const QMap<QString, QByteArray> files = PackReader().readFolder(QStringLiteral(CONTENT_DIR "/sony-hack")).files;
    return files;
}

QByteArray zipOf(const QMap<QString, QByteArray> &files)
{
    PackFiles pack;
    pack.files = files;
    return CasePacker::zip(pack);
}

/// The valid case with one JSON file changed by `edit`.
QByteArray edited(const QString &file, const std::function<void(QJsonObject &)> &edit,
                 QJsonDocument::JsonFormat format = QJsonDocument::Indented)
{
    auto files = validFiles();
    QJsonObject root = QJsonDocument::fromJson(files.value(file)).object();
    edit(root);
    files[file] = QJsonDocument(root).toJson(format);
    return zipOf(files);
}

/// Sets `key` of element `index` of array `array` in a JSON object.
void setIn(QJsonObject &root, const QString &array, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray a = root.value(array).toArray();
    QJsonObject o = a.at(index).toObject();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    a.replace(index, o);
    root.insert(array, a);
}

QByteArray compress(const QByteArray &data, KCompressionDevice::CompressionType type)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    KCompressionDevice device(&buffer, false, type);
    device.open(QIODevice::WriteOnly);
    device.write(data);
    device.close();
    return buffer.data();
}

/// A zip whose case.json inflates to 1 GiB of zeros (about 1 MiB on disk).
QByteArray zipBomb()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    KZip zip(&buffer);
    zip.open(QIODevice::WriteOnly);
    zip.prepareWriting(u"case.json"_s, QString(), QString(), GiB);
    const QByteArray zeros(1024 * 1024, '\0');
    for (int i = 0; i < 1024; ++i)
        zip.writeData(zeros.constData(), zeros.size());
    zip.finishWriting(GiB);
    zip.close();
    return buffer.data();
}

/// A .tar.gz whose tar stream expands to 1 GiB.
QByteArray tarGzBomb()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    KCompressionDevice device(&buffer, false, KCompressionDevice::GZip);
    device.open(QIODevice::WriteOnly);
    const QByteArray zeros(1024 * 1024, '\0');
    for (int i = 0; i < 1024; ++i)
        device.write(zeros);
    device.close();
    return buffer.data();
}

} // namespace

class TestHostilePacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void validArchivesLoad_data();
    void validArchivesLoad();
    void roundTrip();
    void packIsDeterministic();
    void problemsCarryLineAndPath();
    void entryNames_data();
    void entryNames();
};

void TestHostilePacks::initTestCase()
{
    QVERIFY2(CaseLoader().load(QStringLiteral(CONTENT_DIR "/sony-hack")).ok(), "the base case must be valid");
}

void TestHostilePacks::refused_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");

    const QByteArray caseJson = validFiles().value(u"case.json"_s);
    auto withExtra = [&](const ZipEntry &extra) {
        QList<ZipEntry> entries;
        const auto files = validFiles();
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            entries.append(ZipEntry{it.key().toUtf8(), it.value()});
        entries.append(extra);
        return PackBuilder::zip(entries);
    };
    auto tarWith = [&](const TarEntry &extra) {
        QList<TarEntry> entries;
        const auto files = validFiles();
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            entries.append(TarEntry{it.key().toUtf8(), it.value()});
        entries.append(extra);
        return PackBuilder::tar(entries);
    };

    // Archive-level attacks.
    QTest::addRow("zip slip") << withExtra({"../evil.json", "{}"}) << u"unsafe-path"_s << u"../evil.json"_s;
    QTest::addRow("zip slip inside") << withExtra({"articles/../../evil.json", "{}"}) << u"unsafe-path"_s << u"articles/../../evil.json"_s;
    QTest::addRow("absolute path") << withExtra({"/etc/cron.d/evil", "{}"}) << u"unsafe-path"_s << u"/etc/cron.d/evil"_s;
    QTest::addRow("backslash path") << withExtra({"articles\\..\\evil.json", "{}"}) << u"unsafe-path"_s << u"articles\\..\\evil.json"_s;
    QTest::addRow("zip symlink") << withExtra({"link.json", "/etc/passwd", 0, 0120777}) << u"link-entry"_s << u"link.json"_s;
    QTest::addRow("zip device") << withExtra({"dev.json", "", 0, 0020644}) << u"special-entry"_s << u"dev.json"_s;
    QTest::addRow("tar symlink") << tarWith({"link.json", "", '2', "/etc/passwd"}) << u"link-entry"_s << u"link.json"_s;
    QTest::addRow("tar hard link") << tarWith({"hard.json", "", '1', "case.json"}) << u"link-entry"_s << u"hard.json"_s;
    QTest::addRow("tar char device") << tarWith({"tty.json", "", '3'}) << u"special-entry"_s << u"tty.json"_s;
    QTest::addRow("tar fifo") << tarWith({"pipe.json", "", '6'}) << u"special-entry"_s << u"pipe.json"_s;
    QTest::addRow("tar.gz slip") << compress(tarWith({"../../evil.json", "{}"}), KCompressionDevice::GZip) << u"unsafe-path"_s << u"../../evil.json"_s;
    QTest::addRow("zip bomb 1 GiB") << zipBomb() << u"file-too-large"_s << u"case.json"_s;
    QTest::addRow("tar.gz bomb 1 GiB") << tarGzBomb() << u"archive-too-large"_s << QString();
    {
        QList<ZipEntry> many;
        for (int i = 0; i < 2500; ++i)
            many.append(ZipEntry{"f" + QByteArray::number(i), ""});
        QTest::addRow("entry-count bomb") << PackBuilder::zip(many) << u"too-many-entries"_s << QString();
    }
    QTest::addRow("deep nesting") << withExtra({"a/b/c/d/e/f/g.json", "{}"}) << u"unsafe-path"_s << u"a/b/c/d/e/f/g.json"_s;
    QTest::addRow("long name") << withExtra({QByteArray(300, 'n'), "{}"}) << u"unsafe-path"_s << QString(300, u'n');
    const QByteArray good = zipOf(validFiles());
    QTest::addRow("truncated zip") << good.left(good.size() / 2) << u"bad-archive"_s << QString();
    const QByteArray goodTarGz = compress(tarWith({"README.md", "x"}), KCompressionDevice::GZip);
    QTest::addRow("truncated tar.gz") << goodTarGz.left(goodTarGz.size() / 2) << u"bad-archive"_s << QString();
    QTest::addRow("unsupported compression") << withExtra({"README.md", "BZh9...", 12}) << u"bad-archive"_s << QString();
    QTest::addRow("encrypted entry") << withExtra({"README.md", "secret", 0, 0100644, 1}) << u"bad-archive"_s << QString();
    QTest::addRow("duplicate entry") << withExtra({"case.json", caseJson}) << u"duplicate-entry"_s << u"case.json"_s;
    QTest::addRow("not an archive") << QByteArray("MZ\x90\x00 this is not a case pack", 26) << u"unknown-format"_s << QString();
    QTest::addRow("empty archive file") << QByteArray() << u"unknown-format"_s << QString();

    // File-level problems.
    {
        auto files = validFiles();
        files[u"rubric.json"_s] = QByteArray("{\"criteria\": [\"\xC3\x28\"]}");
        QTest::addRow("invalid UTF-8") << zipOf(files) << u"invalid-utf8"_s << u"rubric.json"_s;
    }
    {
        auto files = validFiles();
        files[u"case.json"_s] = QByteArray();
        QTest::addRow("empty file") << zipOf(files) << u"empty-file"_s << u"case.json"_s;
    }
    {
        auto files = validFiles();
        files[u"timeline.json"_s] = QByteArray("<html>not json</html>");
        QTest::addRow("non-JSON file") << zipOf(files) << u"json-syntax"_s << u"timeline.json"_s;
    }
    {
        auto files = validFiles();
        files[u"actors.json"_s] = QByteArray(5000, '[') + QByteArray(5000, ']');
        QTest::addRow("JSON nesting bomb") << zipOf(files) << u"too-deep"_s << u"actors.json"_s;
    }
    {
        auto files = validFiles();
        files.remove(u"claims.json"_s);
        QTest::addRow("missing file") << zipOf(files) << u"missing-file"_s << u"claims.json"_s;
    }
    {
        auto files = validFiles();
        files[u"notes.txt"_s] = "hello";
        QTest::addRow("unexpected file") << zipOf(files) << u"unexpected-file"_s << u"notes.txt"_s;
    }

    // Schema and reference problems.
    QTest::addRow("newer format version") << edited(u"case.json"_s, [](QJsonObject &o) { o[u"formatVersion"_s] = 99; })
                                          << u"unsupported-version"_s << u"case.json"_s;
    QTest::addRow("wrong type") << edited(u"case.json"_s, [](QJsonObject &o) { o[u"title"_s] = 5; }) << u"wrong-type"_s << u"case.json"_s;
    QTest::addRow("missing field") << edited(u"claims.json"_s, [](QJsonObject &o) { setIn(o, u"claims"_s, 0, u"stance"_s, QJsonValue::Undefined); })
                                   << u"missing-key"_s << u"claims.json"_s;
    QTest::addRow("unknown key") << edited(u"claims.json"_s, [](QJsonObject &o) { setIn(o, u"claims"_s, 1, u"stanse"_s, u"blames"_s); })
                                 << u"unknown-key"_s << u"claims.json"_s;
    QTest::addRow("bad enum") << edited(u"claims.json"_s, [](QJsonObject &o) { setIn(o, u"claims"_s, 2, u"stance"_s, u"hates"_s); })
                              << u"bad-value"_s << u"claims.json"_s;
    QTest::addRow("huge number") << edited(u"articles/guardian-2014-12-22.json"_s, [](QJsonObject &o) { setIn(o, u"annotations"_s, 0, u"occurrence"_s, 1e300); })
                                 << u"out-of-range"_s << u"articles/guardian-2014-12-22.json"_s;
    QTest::addRow("bad date") << edited(u"claims.json"_s, [](QJsonObject &o) { setIn(o, u"claims"_s, 0, u"date"_s, u"2014-02-30"_s); })
                              << u"bad-date"_s << u"claims.json"_s;
    QTest::addRow("date outside period") << edited(u"claims.json"_s, [](QJsonObject &o) { setIn(o, u"claims"_s, 0, u"date"_s, u"1999-01-01"_s); })
                                         << u"date-out-of-period"_s << u"claims.json"_s;
    QTest::addRow("duplicate ids") << edited(u"claims.json"_s, [](QJsonObject &o) {
        const QString first = o[u"claims"_s].toArray().at(0).toObject().value(u"id"_s).toString();
        setIn(o, u"claims"_s, 1, u"id"_s, first);
    }) << u"duplicate-id"_s << u"claims.json"_s;
    QTest::addRow("dangling reference") << edited(u"claims.json"_s, [](QJsonObject &o) { setIn(o, u"claims"_s, 0, u"claimant"_s, u"nobody-at-all"_s); })
                                        << u"unknown-reference"_s << u"claims.json"_s;
    QTest::addRow("quote not found") << edited(u"articles/scmp-2014-12-18.json"_s, [](QJsonObject &o) {
        setIn(o, u"annotations"_s, 0, u"quote"_s, u"words the article never printed"_s);
    }) << u"quote-not-found"_s << u"articles/scmp-2014-12-18.json"_s;
    // Searching each quote in its article cost annotations × text length:
    // 100k annotations on one article stalled loading for minutes.
    QTest::addRow("100k annotations on one article") << edited(u"articles/scmp-2014-12-18.json"_s, [](QJsonObject &o) {
        QJsonArray many;
        for (int i = 0; i < 100000; ++i)
            many.append(QJsonObject{{u"id"_s, u"h%1"_s.arg(i)}, {u"layer"_s, u"hedge"_s}, {u"quote"_s, u"North Korea"_s}, {u"note"_s, u"n"_s}});
        o[u"annotations"_s] = many;
    }, QJsonDocument::Compact) << u"too-many-annotations"_s << u"articles/scmp-2014-12-18.json"_s;
    QTest::addRow("1000 quotes in a 5M-character article") << edited(u"articles/scmp-2014-12-18.json"_s, [](QJsonObject &o) {
        QJsonArray many;
        for (int i = 0; i < 1000; ++i)
            many.append(QJsonObject{{u"id"_s, u"h%1"_s.arg(i)}, {u"layer"_s, u"hedge"_s}, {u"quote"_s, u"North Korea"_s}, {u"note"_s, u"n"_s}});
        o[u"annotations"_s] = many;
        o[u"paragraphs"_s] = QJsonArray{QString(QString(5'000'000, u'x') + u" North Korea"_s)};
    }, QJsonDocument::Compact) << u"quote-search-too-large"_s << u"articles/scmp-2014-12-18.json"_s;
    // Locating the problem once built a path string of key length for every
    // element of the array below it: 200k × 20k characters, about 8 GB.
    QTest::addRow("long key over a long array") << edited(u"case.json"_s, [](QJsonObject &o) {
        o.insert(QString(20000, u'k'), QJsonArray::fromVariantList(QVariantList(200000, 0)));
    }) << u"unknown-key"_s << u"case.json"_s;
}

void TestHostilePacks::refused()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, code);
    QFETCH(QString, file);

    const PackFiles pack = PackReader().readArchive(archive, u"hostile.claimscope"_s);
    const LoadResult result = CaseLoader().load(pack);
    QVERIFY2(!result.ok(), "a hostile or broken pack must be refused");
    QStringList seen;
    bool found = false;
    for (const Problem &p : result.problems) {
        seen << p.code + u" @ "_s + p.toString();
        if (p.code == code && (file.isEmpty() || p.file == file))
            found = true;
        QVERIFY2(!p.message.isEmpty(), "every problem says what is wrong");
    }
    QVERIFY2(found, qPrintable(u"expected %1 on %2, got:\n"_s.arg(code, file.isEmpty() ? u"(the archive)"_s : file) + seen.join(u'\n')));
    QVERIFY2(peakRssMiB() < PeakRssBudgetMiB, qPrintable(u"peak memory %1 MiB"_s.arg(peakRssMiB())));
}

void TestHostilePacks::validArchivesLoad_data()
{
    QTest::addColumn<QByteArray>("archive");
    QList<TarEntry> entries;
    const auto files = validFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        entries.append(TarEntry{"sony-hack/" + it.key().toUtf8(), it.value()});
    const QByteArray tar = PackBuilder::tar(entries);
    QTest::addRow("zip") << zipOf(files);
    QTest::addRow("tar") << tar;
    QTest::addRow("tar.gz in a top folder") << compress(tar, KCompressionDevice::GZip);
    QTest::addRow("tar.xz in a top folder") << compress(tar, KCompressionDevice::Xz);
    QTest::addRow("tar.bz2 in a top folder") << compress(tar, KCompressionDevice::BZip2);
}

void TestHostilePacks::validArchivesLoad()
{
    QFETCH(QByteArray, archive);
    const LoadResult fromArchive = CaseLoader().load(PackReader().readArchive(archive, u"case"_s));
    QStringList problems;
    for (const Problem &p : fromArchive.problems)
        problems << p.toString();
    QVERIFY2(fromArchive.ok(), qPrintable(problems.join(u'\n')));
    QCOMPARE(fromArchive.data, CaseLoader().load(QStringLiteral(CONTENT_DIR "/sony-hack")).data);
}

void TestHostilePacks::roundTrip()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"sony-hack.claimscope"_s);
    const Problems problems = CasePacker::pack(QStringLiteral(CONTENT_DIR "/sony-hack"), out);
    QVERIFY(problems.isEmpty());
    const LoadResult packed = CaseLoader().load(out);
    QVERIFY(packed.ok());
    const LoadResult folder = CaseLoader().load(QStringLiteral(CONTENT_DIR "/sony-hack"));
    QCOMPARE(packed.data, folder.data);
    QCOMPARE(packed.data.claims.size(), folder.data.claims.size());
    QVERIFY(packed.data.claims.size() >= 40);
}

void TestHostilePacks::packIsDeterministic()
{
    QCOMPARE(zipOf(validFiles()), zipOf(validFiles()));
    QTemporaryDir dir;
    QVERIFY(CasePacker::pack(QStringLiteral(CONTENT_DIR "/sony-hack"), dir.filePath(u"a.zip"_s)).isEmpty());
    QVERIFY(CasePacker::pack(QStringLiteral(CONTENT_DIR "/sony-hack"), dir.filePath(u"b.zip"_s)).isEmpty());
    QFile a(dir.filePath(u"a.zip"_s)), b(dir.filePath(u"b.zip"_s));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
}

void TestHostilePacks::problemsCarryLineAndPath()
{
    auto files = validFiles();
    files[u"rubric.json"_s] = "{\n  \"criteria\": [\n    { \"id\": \"x\", \"title\": 7, \"description\": \"d\" }\n  ]\n}\n";
    files[u"lesson.json"_s] = "{\n  \"chapters\": [\n  }\n";
    PackFiles pack;
    pack.files = files;
    const LoadResult result = CaseLoader().load(pack);
    const auto find = [&](const QString &code) {
        const auto it = std::find_if(result.problems.cbegin(), result.problems.cend(), [&](const Problem &p) { return p.code == code; });
        return it == result.problems.cend() ? Problem{} : *it;
    };
    const Problem type = find(u"wrong-type"_s);
    QCOMPARE(type.file, u"rubric.json"_s);
    QCOMPARE(type.path, u"criteria[0].title"_s);
    QCOMPARE(type.line, 3);
    QCOMPARE(type.column, 27);
    QCOMPARE(type.toString(), u"rubric.json:3:27: criteria[0].title: expected a string"_s);
    const Problem syntax = find(u"json-syntax"_s);
    QCOMPARE(syntax.file, u"lesson.json"_s);
    QCOMPARE(syntax.line, 3);
    QVERIFY(syntax.message.startsWith(u"invalid JSON"_s));
}

void TestHostilePacks::entryNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("plain") << u"case.json"_s << true;
    QTest::addRow("article") << u"articles/a.json"_s << true;
    QTest::addRow("folder entry") << u"articles/"_s << true;
    QTest::addRow("dot dot") << u"../x"_s << false;
    QTest::addRow("dot dot middle") << u"a/../x"_s << false;
    QTest::addRow("dot") << u"./x"_s << false;
    QTest::addRow("absolute") << u"/x"_s << false;
    QTest::addRow("backslash") << u"a\\x"_s << false;
    QTest::addRow("control char") << u"a\nb"_s << false;
    QTest::addRow("empty component") << u"a//b"_s << false;
    QTest::addRow("four folders") << u"a/b/c/d/x"_s << true;
    QTest::addRow("five folders") << u"a/b/c/d/e/x"_s << false;
    QTest::addRow("200 bytes") << QString(200, u'x') << true;
    QTest::addRow("201 bytes") << QString(201, u'x') << false;
}

void TestHostilePacks::entryNames()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE(PackReader().checkEntryName(name).isEmpty(), accepted);
}

QTEST_GUILESS_MAIN(TestHostilePacks)
#include "tst_hostilepacks.moc"
