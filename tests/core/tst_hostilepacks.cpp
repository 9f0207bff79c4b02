// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Broken and hostile case packs, generated here: each must be refused with
// its own specific problem, without a crash and within bounded memory.
#include "case/caseloader.h"
#include "case/casepacker.h"
#include "support/packbuilder.h"
#include "support/testsupport.h"

#include <KCompressionDevice>
#include <KZip>

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
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
using TestSupport::setIn;

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
QByteArray edited(const QString &file, const std::function<void(QJsonObject &)> &edit, QJsonDocument::JsonFormat format = QJsonDocument::Indented)
{
    auto files = validFiles();
    QJsonObject root = QJsonDocument::fromJson(files.value(file)).object();
    edit(root);
    files[file] = QJsonDocument(root).toJson(format);
    return zipOf(files);
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

/// The documented minimal example with one JSON file changed by `edit`: a
/// case small enough that every problem in it comes from the edit.
QMap<QString, QByteArray> exampleEdited(const QString &file, const std::function<void(QJsonObject &)> &edit)
{
    auto files = PackReader().readFolder(QStringLiteral(DOCS_DIR "/examples/minimal-case")).files;
    QJsonObject root = QJsonDocument::fromJson(files.value(file)).object();
    edit(root);
    files[file] = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return files;
}

/// Sets `key` of the first claim's "established" object.
void setEstablished(QJsonObject &claims, const QString &key, const QJsonValue &value)
{
    QJsonObject established = claims[u"claims"_s].toArray().at(0).toObject().value(u"established"_s).toObject();
    established.insert(key, value);
    setIn(claims, u"claims"_s, 0, u"established"_s, established);
}

/// Adds a second development after the example's period, "certificate".
void addLater(QJsonObject &timeline, const QString &date)
{
    QJsonArray later = timeline.value(u"laterDevelopments"_s).toArray();
    later.append(QJsonObject{{u"id"_s, u"certificate"_s},
                             {u"date"_s, date},
                             {u"title"_s, u"The kitchen passes its yearly check"_s},
                             {u"description"_s, u"The school publishes the kitchen's hygiene certificate."_s},
                             {u"sources"_s, QJsonArray{QJsonObject{{u"source"_s, u"s2"_s}}}}});
    timeline.insert(u"laterDevelopments"_s, later);
}

/// The case of `files`, loaded; `seen` lists its problems, one a line.
LoadResult loadFiles(const QMap<QString, QByteArray> &files, QString &seen)
{
    PackFiles pack;
    pack.files = files;
    LoadResult result = CaseLoader().load(pack);
    QStringList lines;
    for (const Problem &p : result.problems)
        lines << p.toString();
    seen = lines.join(u'\n');
    return result;
}

/// The documented minimal example, as read from its folder.
QMap<QString, QByteArray> exampleFiles()
{
    static const QMap<QString, QByteArray> files = PackReader().readFolder(QStringLiteral(DOCS_DIR "/examples/minimal-case")).files;
    return files;
}

/// Line and column (in characters) of byte `offset` of `bytes`, counted here
/// rather than with the code under test.
std::pair<int, int> placeOf(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')) + 1, int(QString::fromUtf8(before.mid(lineStart)).size()) + 1};
}

/// `json` with a ',' after the last item of its last array, as a hand edit
/// leaves it; `at` receives the comma's offset.
QByteArray withTrailingComma(QByteArray json, qsizetype &at)
{
    qsizetype last = json.lastIndexOf(']') - 1;
    while (last > 0 && QByteArrayView(" \n\r\t").contains(json[last]))
        --last;
    at = last + 1;
    return json.insert(at, ',');
}

/// `utf8` as an editor saving in Windows-1252 writes it.
QByteArray windows1252(const QByteArray &utf8)
{
    static const QHash<char16_t, char> c1 = {{u'’', '\x92'}, {u'‘', '\x91'}, {u'“', '\x93'}, {u'”', '\x94'}, {u'–', '\x96'}, {u'—', '\x97'}, {u'…', '\x85'}};
    QByteArray out;
    for (const QChar c : QString::fromUtf8(utf8))
        out += c.unicode() < 0x100 ? char(c.unicode()) : c1.value(c.unicode(), '?');
    return out;
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
    void quoteSearchCanBeLeftToTheBuild();
    void entryNames_data();
    void entryNames();
    void truthChecks_data();
    void truthChecks();
    void oneMistakeOneProblem_data();
    void oneMistakeOneProblem();
    void quoteNotFoundNamesTheNearest_data();
    void quoteNotFoundNamesTheNearest();
    void quoteHintsAreBounded();
    void warnings_data();
    void warnings();
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
    QTest::addRow("newer format version") << edited(u"case.json"_s, [](QJsonObject &o) { o[u"formatVersion"_s] = 99; }) << u"newer-version"_s << u"case.json"_s;
    QTest::addRow("format version 0") << edited(u"case.json"_s, [](QJsonObject &o) { o[u"formatVersion"_s] = 0; }) << u"unsupported-version"_s
                                      << u"case.json"_s;
    QTest::addRow("wrong type") << edited(u"case.json"_s, [](QJsonObject &o) { o[u"title"_s] = 5; }) << u"wrong-type"_s << u"case.json"_s;
    QTest::addRow("missing field") << edited(u"claims.json"_s, [](QJsonObject &o) { setIn(o, u"claims"_s, 0, u"stance"_s, QJsonValue::Undefined); })
                                   << u"missing-key"_s << u"claims.json"_s;
    QTest::addRow("unknown key") << edited(u"claims.json"_s, [](QJsonObject &o) { setIn(o, u"claims"_s, 1, u"stanse"_s, u"blames"_s); }) << u"unknown-key"_s
                                 << u"claims.json"_s;
    QTest::addRow("bad enum") << edited(u"claims.json"_s, [](QJsonObject &o) { setIn(o, u"claims"_s, 2, u"stance"_s, u"hates"_s); }) << u"bad-value"_s
                              << u"claims.json"_s;
    QTest::addRow("huge number") << edited(u"articles/guardian-2014-12-22.json"_s, [](QJsonObject &o) {
        setIn(o, u"annotations"_s, 0, u"occurrence"_s, 1e300);
    }) << u"out-of-range"_s << u"articles/guardian-2014-12-22.json"_s;
    QTest::addRow("bad date") << edited(u"claims.json"_s, [](QJsonObject &o) { setIn(o, u"claims"_s, 0, u"date"_s, u"2014-02-30"_s); }) << u"bad-date"_s
                              << u"claims.json"_s;
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
    QTest::addRow("100k annotations on one article")
        << edited(
               u"articles/scmp-2014-12-18.json"_s,
               [](QJsonObject &o) {
                   QJsonArray many;
                   for (int i = 0; i < 100000; ++i)
                       many.append(QJsonObject{{u"id"_s, u"h%1"_s.arg(i)}, {u"layer"_s, u"hedge"_s}, {u"quote"_s, u"North Korea"_s}, {u"note"_s, u"n"_s}});
                   o[u"annotations"_s] = many;
               },
               QJsonDocument::Compact)
        << u"too-many-annotations"_s << u"articles/scmp-2014-12-18.json"_s;
    QTest::addRow("1000 quotes in a 5M-character article")
        << edited(
               u"articles/scmp-2014-12-18.json"_s,
               [](QJsonObject &o) {
                   QJsonArray many;
                   for (int i = 0; i < 1000; ++i)
                       many.append(QJsonObject{{u"id"_s, u"h%1"_s.arg(i)}, {u"layer"_s, u"hedge"_s}, {u"quote"_s, u"North Korea"_s}, {u"note"_s, u"n"_s}});
                   o[u"annotations"_s] = many;
                   o[u"paragraphs"_s] = QJsonArray{QString(QString(5'000'000, u'x') + u" North Korea"_s)};
               },
               QJsonDocument::Compact)
        << u"quote-search-too-large"_s << u"articles/scmp-2014-12-18.json"_s;
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

// Only the built-in case loads without searching its quotes (the build checks
// them); every other check still runs, and any other pack searches them.
void TestHostilePacks::quoteSearchCanBeLeftToTheBuild()
{
    const PackFiles pack = PackReader().readArchive(edited(u"articles/scmp-2014-12-18.json"_s,
                                                           [](QJsonObject &o) {
                                                               setIn(o, u"annotations"_s, 0, u"quote"_s, u"words the article never printed"_s);
                                                               setIn(o, u"annotations"_s, 1, u"claim"_s, u"no-such-claim"_s);
                                                           }),
                                                    u"quotes.claimscope"_s);
    const auto codes = [](const LoadResult &r) {
        QStringList list;
        for (const Problem &p : r.problems)
            list << p.code;
        return list;
    };
    const QStringList searched = codes(CaseLoader().load(pack));
    QVERIFY2(searched.contains(u"quote-not-found"_s), qPrintable(searched.join(u", "_s)));
    QVERIFY(searched.contains(u"unknown-reference"_s));

    CaseLimits trusted;
    trusted.searchQuotes = false;
    const QStringList skipped = codes(CaseLoader({}, trusted).load(pack));
    QVERIFY2(!skipped.contains(u"quote-not-found"_s), qPrintable(skipped.join(u", "_s)));
    QVERIFY2(skipped.contains(u"unknown-reference"_s), "the other checks still run");
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

// One mistake in one file of a hand-written case gives one problem: nothing
// about what follows from a file that cannot be read, nor "missing" files.
void TestHostilePacks::oneMistakeOneProblem_data()
{
    using Files = QMap<QString, QByteArray>;
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");

    const Files example = exampleFiles();
    for (auto it = example.cbegin(); it != example.cend(); ++it) {
        Files files = example;
        qsizetype at = 0;
        files[it.key()] = withTrailingComma(it.value(), at);
        const auto [line, column] = placeOf(files[it.key()], at);
        QTest::addRow("trailing comma in %s", qPrintable(it.key())) << files << it.key() << u"json-syntax"_s << line << column << u"trailing comma"_s;
    }
    for (const QString &name : {u"quiz.json"_s, u"timeline.json"_s, u"articles/messenger-2024-03-04.json"_s}) {
        Files files = example;
        files[name] = windows1252(example[name]);
        const qsizetype bad = std::find_if(files[name].cbegin(), files[name].cend(), [](char c) { return uchar(c) >= 0x80; }) - files[name].cbegin();
        const auto [line, column] = placeOf(files[name], bad);
        const QString byte = u"byte 0x%1 (byte %2 of the file)"_s.arg(QString::number(uchar(files[name][bad]), 16).toUpper()).arg(bad + 1);
        QTest::addRow("%s in Windows-1252", qPrintable(name)) << files << name << u"invalid-utf8"_s << line << column << byte;
    }
    {
        Files files = example;
        files[u"rubric.json"_s] = QByteArray(example[u"rubric.json"_s]).replace("Named or", "Nomm\xE9 or");
        const qsizetype bad = files[u"rubric.json"_s].indexOf('\xE9');
        QVERIFY(bad > 0);
        const auto [line, column] = placeOf(files[u"rubric.json"_s], bad);
        QTest::addRow("Latin-1 letter") << files << u"rubric.json"_s << u"invalid-utf8"_s << line << column
                                        << u"looks saved as Windows-1252 or Latin-1, where it is “é”; save the file as UTF-8"_s;
    }
    {
        Files files = example;
        QByteArray utf16("\xFF\xFE");
        for (const QChar c : QString::fromUtf8(example[u"actors.json"_s]))
            utf16 += QByteArray::fromRawData(reinterpret_cast<const char *>(&c), 2);
        files[u"actors.json"_s] = utf16;
        QTest::addRow("UTF-16") << files << u"actors.json"_s << u"invalid-utf8"_s << 1 << 1 << u"the file is saved as UTF-16; save it as UTF-8"_s;
    }
}

void TestHostilePacks::oneMistakeOneProblem()
{
    using Files = QMap<QString, QByteArray>;
    QFETCH(Files, files);
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    // Read from disk, as `claimscope validate` reads a folder.
    QTemporaryDir dir;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(it.key()).path()));
        QFile out(dir.filePath(it.key()));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(it.value());
    }
    const LoadResult result = CaseLoader().load(dir.path());
    QStringList seen;
    for (const Problem &p : result.problems)
        seen << p.code + u" "_s + p.toString();
    QVERIFY2(result.problems.size() == 1, qPrintable(seen.join(u'\n')));
    const Problem &p = result.problems.constFirst();
    QCOMPARE(p.code, code);
    QCOMPARE(p.file, file);
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QVERIFY2(p.message.contains(says), qPrintable(p.message));
}

void TestHostilePacks::quoteNotFoundNamesTheNearest_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("says"); ///< the end of the message
    const QString a = u"articles/messenger-2024-03-04.json"_s;
    QTest::addRow("straight apostrophe")
        << u"Maple Hill's spring bake sale"_s
        << u"; nearest: “Maple Hill’s spring bake sale” — the article has a curly apostrophe (’) where the quote has a straight apostrophe (')"_s;
    QTest::addRow("letter case") << u"maple Hill’s spring"_s
                                 << u"; nearest: “Maple Hill’s spring” — letter case differs: the article has “Maple” where the quote has “maple”"_s;
    QTest::addRow("a word changed") << u"the kitchen failed big style"_s
                                    << u"; nearest: “the kitchen failed big time” — the article has “time” where the quote has “style”"_s;
    QTest::addRow("nothing near") << u"words the article never printed"_s << u"\"words the article never printed\""_s;
}

void TestHostilePacks::quoteNotFoundNamesTheNearest()
{
    QFETCH(QString, quote);
    QFETCH(QString, says);
    QString seen;
    const LoadResult result =
        loadFiles(exampleEdited(u"articles/messenger-2024-03-04.json"_s, [&](QJsonObject &o) { setIn(o, u"annotations"_s, 2, u"quote"_s, quote); }), seen);
    QVERIFY2(result.problems.size() == 1, qPrintable(seen));
    const Problem &p = result.problems.constFirst();
    QCOMPARE(p.code, u"quote-not-found"_s);
    QCOMPARE(p.path, u"annotations[2].quote"_s);
    QVERIFY2(p.message.startsWith(u"quote not found in article \"messenger-2024-03-04\": \""_s + quote + u'"'), qPrintable(p.message));
    QVERIFY2(p.message.endsWith(says), qPrintable(p.message));
}

// Each hint searches the whole article again: a case of nothing but misquotes
// in a long article gets hints up to a bound, and loads in bounded time.
void TestHostilePacks::quoteHintsAreBounded()
{
    PackFiles pack;
    pack.files = exampleEdited(u"articles/messenger-2024-03-04.json"_s, [](QJsonObject &o) {
        QJsonArray paragraphs = o[u"paragraphs"_s].toArray();
        paragraphs.append(QString(u"Lorem ipsum dolor sit amet. "_s).repeated(40'000)); // 1.1 million characters
        o[u"paragraphs"_s] = paragraphs;
        QJsonArray many;
        for (int i = 0; i < 40; ++i)
            many.append(QJsonObject{{u"id"_s, u"h%1"_s.arg(i)}, {u"layer"_s, u"hedge"_s}, {u"quote"_s, u"Maple Hill's spring"_s}, {u"note"_s, u"n"_s}});
        o[u"annotations"_s] = many;
    });
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = CaseLoader().load(pack);
    const qint64 ms = timer.elapsed();
    qsizetype notFound = 0, hinted = 0;
    for (const Problem &p : result.problems) {
        notFound += p.code == u"quote-not-found"_s;
        hinted += p.message.contains(u"nearest:"_s);
    }
    QCOMPARE(notFound, 40);
    QVERIFY2(hinted >= 10 && hinted < 40, qPrintable(QString::number(hinted)));
    QVERIFY2(ms < 20'000, qPrintable(u"%1 ms"_s.arg(ms)));
    qInfo("40 misquotes in a 1.1M-character article: %d hinted, loaded in %lld ms", int(hinted), ms);
}

// What the app never shows, or not where an author expects: warnings, and only those.
void TestHostilePacks::warnings_data()
{
    using Files = QMap<QString, QByteArray>;
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("code"); ///< empty: no problem at all
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");

    const QString claims = u"claims.json"_s, quiz = u"quiz.json"_s;
    const auto claim0 = [](const QString &stance, const QJsonArray &targets) {
        return exampleEdited(u"claims.json"_s, [=](QJsonObject &o) {
            setIn(o, u"claims"_s, 0, u"stance"_s, stance);
            setIn(o, u"claims"_s, 0, u"targets"_s, targets);
        });
    };
    QTest::addRow("blames someone") << claim0(u"blames"_s, {u"school-office"_s}) << QString() << claims << QString();
    QTest::addRow("blames no one") << claim0(u"blames"_s, {}) << u"claim-without-target"_s << claims << u"claims[0].targets"_s;
    QTest::addRow("criticises no one") << claim0(u"criticises"_s, {}) << u"claim-without-target"_s << claims << u"claims[0].targets"_s;
    QTest::addRow("doubts, about no one in particular") << claim0(u"doubts"_s, {}) << QString() << claims << QString();
    QTest::addRow("neutral, about no one in particular") << claim0(u"neutral"_s, {}) << QString() << claims << QString();

    const auto items = [](bool booster, const QStringList &asked) {
        auto files = exampleEdited(u"quiz.json"_s, [=](QJsonObject &o) {
            if (booster)
                setIn(o, u"items"_s, 1, u"booster"_s, true);
        });
        QJsonObject lesson = QJsonDocument::fromJson(files.value(u"lesson.json"_s)).object();
        QJsonObject chapter = lesson[u"chapters"_s].toArray().at(0).toObject();
        QJsonArray steps = chapter[u"steps"_s].toArray();
        QJsonObject step = steps.at(4).toObject();
        step[u"quiz"_s] = QJsonArray::fromStringList(asked);
        steps.replace(4, step);
        chapter[u"steps"_s] = steps;
        lesson[u"chapters"_s] = QJsonArray{chapter};
        files[u"lesson.json"_s] = QJsonDocument(lesson).toJson();
        return files;
    };
    const QStringList all = {u"q-who"_s, u"tf-notice"_s, u"tf-report"_s, u"hl-anonymous"_s, u"rank-sources"_s, u"ev-denial"_s};
    QStringList allButOne = all;
    allButOne.removeOne(u"tf-notice"_s);
    QTest::addRow("every item in the lesson") << items(false, all) << QString() << quiz << QString();
    QTest::addRow("an item outside the lesson") << items(false, allButOne) << u"quiz-item-outside-lesson"_s << quiz << u"items[1].id"_s;
    QTest::addRow("a booster item outside the lesson") << items(true, allButOne) << QString() << quiz << QString();
    QTest::addRow("a booster item in the lesson") << items(true, all) << u"booster-in-lesson"_s << quiz << u"items[1].booster"_s;
}

void TestHostilePacks::warnings()
{
    using Files = QMap<QString, QByteArray>;
    QFETCH(Files, files);
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, path);
    QString seen;
    const LoadResult result = loadFiles(files, seen);
    QVERIFY2(result.ok(), qPrintable(seen));
    QVERIFY2(result.problems.size() == (code.isEmpty() ? 0 : 1), qPrintable(seen));
    if (code.isEmpty())
        return;
    const Problem &p = result.problems.constFirst();
    QVERIFY(p.warning);
    QCOMPARE(p.code, code);
    QCOMPARE(p.file, file);
    QCOMPARE(p.path, path);
    QVERIFY2(p.line > 0 && p.column > 0, qPrintable(p.toString()));
    QVERIFY2(p.toString().contains(u": warning: "_s), qPrintable(p.toString()));
}

QTEST_GUILESS_MAIN(TestHostilePacks)
#include "tst_hostilepacks.moc"

void TestHostilePacks::truthChecks_data()
{
    using Files = QMap<QString, QByteArray>;
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("code"); ///< empty: the case must stay valid
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");

    const auto paraphrase = [](const QString &text) {
        return exampleEdited(u"claims.json"_s, [text](QJsonObject &o) { setIn(o, u"claims"_s, 0, u"paraphrase"_s, text); });
    };
    const QString claims = u"claims.json"_s, c0 = u"claims[0].paraphrase"_s;
    QTest::addRow("the example is valid") << paraphrase(u"An anonymous account said the sale was cancelled."_s) << QString() << claims << QString();
    QTest::addRow("invented quotation") << paraphrase(u"The post said “the cakes were poisoned”."_s) << u"unverified-quotation"_s << claims << c0;
    QTest::addRow("verbatim quotation") << paraphrase(u"The post said “the kitchen failed big time”."_s) << QString() << claims << QString();
    QTest::addRow("near quotation") << paraphrase(u"The post said “the kitchen failed badly”."_s) << u"unverified-quotation"_s << claims << c0;
    QTest::addRow("straight marks for curly ones") << paraphrase(u"She said \"There has been no inspection\"."_s) << QString() << claims << QString();
    QTest::addRow("straight apostrophe for a curly one")
        << paraphrase(u"It reported that 'Maple Hill's spring bake sale has been called off'."_s) << QString() << claims << QString();
    QTest::addRow("single-quoted invention") << paraphrase(u"It called the sale ‘a health hazard’."_s) << u"unverified-quotation"_s << claims << c0;
    QTest::addRow("apostrophes do not quote") << paraphrase(u"The school's notice and the students' posts don't agree; it's the '90s again."_s) << QString()
                                              << claims << QString();
    QTest::addRow("ellipsis, pieces in order") << paraphrase(u"The paper wrote “Maple Hill’s spring bake sale … in the Year 10 group chat”."_s) << QString()
                                               << claims << QString();
    QTest::addRow("ellipsis, pieces out of order") << paraphrase(u"The paper wrote “in the Year 10 group chat … Maple Hill’s spring bake sale”."_s)
                                                   << u"unverified-quotation"_s << claims << c0;
    QTest::addRow("quotation in a note") << exampleEdited(claims, [](QJsonObject &o) { setEstablished(o, u"note"_s, u"The school said “never”."_s); })
                                         << u"unverified-quotation"_s << claims << u"claims[0].established.note"_s;

    const auto withQuote = [](const QString &words) {
        auto files = exampleEdited(u"sources.json"_s, [words](QJsonObject &o) { setIn(o, u"sources"_s, 1, u"quotes"_s, QJsonArray{words}); });
        const QByteArray lesson =
            files.value(u"lesson.json"_s).replace("The notice came first.", "The notice said \\\"closed for floor repairs until 14 March\\\" and came first.");
        files[u"lesson.json"_s] = lesson;
        return files;
    };
    QTest::addRow("quotation recorded in sources.json")
        << withQuote(u"The hall is closed for floor repairs until 14 March."_s) << QString() << u"lesson.json"_s << QString();
    QTest::addRow("quotation not recorded") << withQuote(u"The hall is shut for repairs."_s) << u"unverified-quotation"_s << u"lesson.json"_s
                                            << u"chapters[0].steps[3].text"_s;
    QTest::addRow("empty recorded quote") << exampleEdited(u"sources.json"_s,
                                                           [](QJsonObject &o) { setIn(o, u"sources"_s, 1, u"quotes"_s, QJsonArray{u" "_s}); })
                                          << u"empty-value"_s << u"sources.json"_s << u"sources[1].quotes[0]"_s;
    QTest::addRow("quiz feedback quotation") << exampleEdited(u"quiz.json"_s,
                                                              [](QJsonObject &o) {
                                                                  QJsonObject item = o[u"items"_s].toArray().at(0).toObject();
                                                                  QJsonArray choices = item[u"choices"_s].toArray();
                                                                  QJsonObject choice = choices.at(1).toObject();
                                                                  choice[u"feedback"_s] = u"No: that account said “it was me”."_s;
                                                                  choices.replace(1, choice);
                                                                  item[u"choices"_s] = choices;
                                                                  QJsonArray items = o[u"items"_s].toArray();
                                                                  items.replace(0, item);
                                                                  o[u"items"_s] = items;
                                                              })
                                             << u"unverified-quotation"_s << u"quiz.json"_s << u"items[0].choices[1].feedback"_s;

    const auto headlines = [](const QJsonArray &examples) {
        return exampleEdited(u"timeline.json"_s, [examples](QJsonObject &o) { setIn(o, u"phases"_s, 0, u"headlineExamples"_s, examples); });
    };
    const QString timeline = u"timeline.json"_s;
    QTest::addRow("headline example verbatim") << headlines({u"Bake sale cancelled? Rumour spreads after 'hygiene inspection' post"_s}) << QString() << timeline
                                               << QString();
    QTest::addRow("headline example as a web-address slug") << headlines({u"bake-sale-rumour"_s}) << QString() << timeline << QString();
    QTest::addRow("headline example summarised") << headlines({u"Bake sale cancelled"_s, u"Rumour about the bake sale"_s}) << u"unverified-quotation"_s
                                                 << timeline << u"phases[0].headlineExamples[1]"_s;
    QTest::addRow("headline slug with a label") << headlines({u"bake-sale-rumour (Messenger, web address)"_s}) << u"unverified-quotation"_s << timeline
                                                << u"phases[0].headlineExamples[0]"_s;

    const auto knownAsOf = [](const QString &date) { return exampleEdited(u"case.json"_s, [date](QJsonObject &o) { o[u"knownAsOf"_s] = date; }); };
    QTest::addRow("knownAsOf after the period") << knownAsOf(u"2024-06-01"_s) << QString() << u"case.json"_s << QString();
    QTest::addRow("knownAsOf on the day of the last development") << knownAsOf(u"2024-03-18"_s) << QString() << u"case.json"_s << QString();
    QTest::addRow("knownAsOf before a development") << knownAsOf(u"2024-03-17"_s) << u"later-development-after-known-as-of"_s << u"timeline.json"_s
                                                    << u"laterDevelopments[0].date"_s;
    QTest::addRow("knownAsOf not a date") << knownAsOf(u"2024-02-30"_s) << u"bad-known-as-of"_s << u"case.json"_s << u"knownAsOf"_s;
    QTest::addRow("knownAsOf before the period ends") << knownAsOf(u"2024-03-01"_s) << u"bad-known-as-of"_s << u"case.json"_s << u"knownAsOf"_s;

    const auto later = [](const QString &date, const QString &known) {
        auto files = exampleEdited(u"timeline.json"_s, [date](QJsonObject &o) { addLater(o, date); });
        QJsonObject info = QJsonDocument::fromJson(files.value(u"case.json"_s)).object();
        info[u"knownAsOf"_s] = known;
        files[u"case.json"_s] = QJsonDocument(info).toJson();
        return files;
    };
    QTest::addRow("later development") << later(u"2024-05-02"_s, u"2024-06-01"_s) << QString() << timeline << QString();
    QTest::addRow("later development inside the period")
        << later(u"2024-03-10"_s, u"2024-06-01"_s) << u"later-development-in-period"_s << timeline << u"laterDevelopments[1].date"_s;
    QTest::addRow("later development after knownAsOf")
        << later(u"2024-07-02"_s, u"2024-06-01"_s) << u"later-development-after-known-as-of"_s << timeline << u"laterDevelopments[1].date"_s;
    QTest::addRow("later development without a source")
        << exampleEdited(timeline, [](QJsonObject &o) { setIn(o, u"laterDevelopments"_s, 0, u"sources"_s, QJsonArray{}); }) << u"empty-value"_s << timeline
        << u"laterDevelopments[0].sources"_s;
    QTest::addRow("invented quotation in a later development")
        << exampleEdited(timeline, [](QJsonObject &o) { setIn(o, u"laterDevelopments"_s, 0, u"description"_s, u"The paper says “we got the date wrong”."_s); })
        << u"unverified-quotation"_s << timeline << u"laterDevelopments[0].description"_s;
    {
        auto files = later(u"2024-05-02"_s, u"2024-06-01"_s);
        QJsonObject c = QJsonDocument::fromJson(files.value(claims)).object();
        setEstablished(c, u"later"_s, QJsonArray{u"certificate"_s});
        files[claims] = QJsonDocument(c).toJson();
        QTest::addRow("claim cites a later development") << files << QString() << claims << QString();
        setEstablished(c, u"later"_s, QJsonArray{u"certificate"_s, u"no-such-thing"_s});
        files[claims] = QJsonDocument(c).toJson();
        QTest::addRow("claim cites an unknown development") << files << u"unknown-reference"_s << claims << u"claims[0].established.later[1]"_s;
    }
    {
        auto files = later(u"2024-05-02"_s, u"2024-06-01"_s);
        QJsonObject lesson = QJsonDocument::fromJson(files.value(u"lesson.json"_s)).object();
        QJsonObject chapter = lesson[u"chapters"_s].toArray().at(0).toObject();
        QJsonArray steps = chapter[u"steps"_s].toArray();
        QJsonObject step = steps.at(5).toObject();
        step[u"later"_s] = QJsonArray{u"certificat"_s};
        steps.replace(5, step);
        chapter[u"steps"_s] = steps;
        lesson[u"chapters"_s] = QJsonArray{chapter};
        files[u"lesson.json"_s] = QJsonDocument(lesson).toJson();
        QTest::addRow("step cites an unknown development") << files << u"unknown-reference"_s << u"lesson.json"_s << u"chapters[0].steps[5].later[0]"_s;
    }
    {
        auto files = exampleEdited(u"case.json"_s, [](QJsonObject &) { });
        files[u"CHANGES.md"_s] = "# Changes\n";
        QTest::addRow("CHANGES.md is expected") << files << QString() << u"CHANGES.md"_s << QString();
    }
    QTest::addRow("new status") << exampleEdited(claims, [](QJsonObject &o) { setEstablished(o, u"status"_s, u"charged"_s); }) << QString() << claims
                                << QString();
    QTest::addRow("unknown status") << exampleEdited(claims, [](QJsonObject &o) { setEstablished(o, u"status"_s, u"proven"_s); }) << u"bad-value"_s << claims
                                    << u"claims[0].established.status"_s;
}

void TestHostilePacks::truthChecks()
{
    using Files = QMap<QString, QByteArray>;
    QFETCH(Files, files);
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, path);
    QString seen;
    const LoadResult result = loadFiles(files, seen);
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(seen));
        return;
    }
    QCOMPARE(result.problems.size(), 1);
    const Problem &p = result.problems.first();
    QVERIFY2(p.code == code, qPrintable(seen));
    QCOMPARE(p.file, file);
    QCOMPARE(p.path, path);
    QVERIFY2(p.line > 0 && p.column > 0, qPrintable(p.toString()));
    if (code == u"unverified-quotation"_s)
        QVERIFY2(p.message.contains(u"sources.json"_s), qPrintable(p.message)); // says where it looked
}
