// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack/archivescan.h"
#include "support/packbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

QStringList described(const QList<ArchiveScan::Entry> &entries)
{
    QStringList out;
    for (const ArchiveScan::Entry &e : entries) {
        switch (e.kind) {
        case ArchiveScan::Entry::File: out << e.name + u" file"_s; break;
        case ArchiveScan::Entry::Folder: out << e.name + u" folder"_s; break;
        case ArchiveScan::Entry::Link: out << e.name + u" link"_s; break;
        case ArchiveScan::Entry::Special: out << e.name + u" special"_s; break;
        }
    }
    return out;
}

} // namespace

// The scanners list an archive from its own directory, as written: what
// KArchive would tidy away (leading slashes, duplicates, links) stays visible.
class TestArchiveScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_data();
    void scan();
};

void TestArchiveScan::scan_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("error"); ///< part of the expected error; empty: none

    using PackBuilder::TarEntry;
    using PackBuilder::ZipEntry;
    const QByteArray goodZip = PackBuilder::zip({ZipEntry{"case.json", "{}"}, ZipEntry{"articles/", "", 0, 040755}, ZipEntry{"articles/a.json", "{}"}});
    QTest::addRow("zip: files and a folder") << u"zip"_s << goodZip << QStringList{u"case.json file"_s, u"articles/ folder"_s, u"articles/a.json file"_s}
                                             << QString();
    QTest::addRow("zip: names as written") << u"zip"_s << PackBuilder::zip({ZipEntry{"/etc/x", "1"}, ZipEntry{"case.json", "{}"}, ZipEntry{"case.json", "{}"}})
                                           << QStringList{u"/etc/x file"_s, u"case.json file"_s, u"case.json file"_s} << QString();
    QTest::addRow("zip: symbolic link") << u"zip"_s << PackBuilder::zip({ZipEntry{"link.json", "/etc/passwd", 0, 0120777}}) << QStringList{u"link.json link"_s}
                                        << QString();
    QTest::addRow("zip: device") << u"zip"_s << PackBuilder::zip({ZipEntry{"dev.json", "", 0, 0020644}}) << QStringList{u"dev.json special"_s} << QString();
    QTest::addRow("zip: no entries") << u"zip"_s << PackBuilder::zip({}) << QStringList() << QString();
    QTest::addRow("zip: encrypted") << u"zip"_s << PackBuilder::zip({ZipEntry{"a.json", "x", 0, 0100644, 1}}) << QStringList() << u"encrypted"_s;
    QTest::addRow("zip: other compression") << u"zip"_s << PackBuilder::zip({ZipEntry{"a.json", "x", 12}}) << QStringList() << u"compression method 12"_s;
    QTest::addRow("zip: cut in half") << u"zip"_s << goodZip.left(goodZip.size() / 2) << QStringList() << u"truncated"_s;
    QTest::addRow("zip: shorter than its end record") << u"zip"_s << QByteArray("PK\x05\x06", 4) << QStringList() << u"truncated"_s;

    const QByteArray tar = PackBuilder::tar({TarEntry{"case.json", "{}"},
                                             TarEntry{"articles/", "", '5'},
                                             TarEntry{"soft", "", '2', "case.json"},
                                             TarEntry{"hard", "", '1', "case.json"},
                                             TarEntry{"pipe", "", '6'},
                                             TarEntry{"dir/", "", '0'}});
    QTest::addRow("tar: every kind")
        << u"tar"_s << tar << QStringList{u"case.json file"_s, u"articles/ folder"_s, u"soft link"_s, u"hard link"_s, u"pipe special"_s, u"dir/ folder"_s}
        << QString();
    const QByteArray longName = "articles/" + QByteArray(150, 'n') + ".json";
    QTest::addRow("tar: GNU long name") << u"tar"_s << PackBuilder::tar({TarEntry{"././@LongLink", longName, 'L'}, TarEntry{"short", "{}"}})
                                        << QStringList{QString::fromLatin1(longName) + u" file"_s} << QString();
    // A pax record: "<length> path=<value>\n", the length counting the whole record.
    QTest::addRow("tar: pax path") << u"tar"_s << PackBuilder::tar({TarEntry{"PaxHeader", "24 path=articles/b.json\n", 'x'}, TarEntry{"short", "{}"}})
                                   << QStringList{u"articles/b.json file"_s} << QString();
    QTest::addRow("tar: cut short") << u"tar"_s << tar.left(700) << QStringList() << u"truncated"_s;
    QByteArray damaged = tar;
    damaged.replace(124, 12, "99999999999x");
    QTest::addRow("tar: damaged size") << u"tar"_s << damaged << QStringList() << u"damaged header at byte 0"_s;
}

void TestArchiveScan::scan()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, archive);
    QFETCH(QStringList, entries);
    QFETCH(QString, error);

    QList<ArchiveScan::Entry> found;
    const QString why = format == u"zip"_s ? ArchiveScan::zip(archive, found) : ArchiveScan::tar(archive, found);
    if (error.isEmpty()) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(described(found), entries);
    } else {
        QVERIFY2(why.contains(error), qPrintable(why));
    }
}

QTEST_GUILESS_MAIN(TestArchiveScan)
#include "tst_archivescan.moc"
