// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Inputs found by the case-loader fuzzer (tests/fuzz, `tools/dev fuzz`),
// kept byte for byte. Each one once crashed or misbehaved; it must now load
// to a list of problems. Memory errors show only under the asan preset
// (`tools/dev build asan` then ctest in build/<toolchain>-asan); the checks
// here also pin the observable result.
#include "case/caseloader.h"
#include "pack/packreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void load_data();
    void load();
};

void TestFuzzRegressions::load_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("expectedCode"); ///< a problem the load must report

    // 2026-11-22, the first seed run: a tar.gz whose case.json has schema
    // problems. CaseLoader located them with a JsonLocator that kept a
    // reference to a temporary copy of the file (QMap::operator[] const),
    // read after the copy was gone: ASan stack-use-after-scope. Fixed by
    // JsonLocator owning its (implicitly shared) bytes.
    QTest::addRow("jsonlocator-dangling-reference")
        << QByteArray::fromBase64("H4sICP4AA2sAAwDtlctuwjAQRVnzFZbZ8piBQFp+BVi4jheuTNzGY4kqyr/XRkIVbJBaJelizmbGL83Y0r1WDVntTFip5bma9AMkdkVx"
                                  "jYnHCIDbnzzPI2wQJwJ66ueOGEg1qfwQtf4hM0GWnJlOyVxo7GaYwdEqmOV78HWPNZ7pH5PY7/QP5TZtZ/0PQCttJfdCXuRcyKsVpNEB"
                                  "56KVKmV1dK47paUP01ifd7YyPxjlM2vAYoGbRQGy68a+CPMrtFP2HPp1gKf/f7l+/P8RStb/EBxuBqAxO4DS5Js8rP2br77y1Gf0lE1B"
                                  "HiOAeT3G6gWS4E9jd84wDMP8hW+G136JABAAAA==")
        << u"wrong-type"_s;
}

void TestFuzzRegressions::load()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, expectedCode);
    QVERIFY(!archive.isEmpty());
    const PackFiles pack = PackReader().readArchive(archive, u"fuzz"_s);
    const LoadResult result = CaseLoader().load(pack);
    QVERIFY(!result.ok());
    QStringList seen;
    bool found = false;
    for (const Problem &p : result.problems) {
        seen << p.toString();
        found = found || p.code == expectedCode;
        // Every schema problem in a file of the pack gets a line.
        if (!p.path.isEmpty() && pack.files.contains(p.file))
            QVERIFY2(p.line > 0, qPrintable(p.toString()));
    }
    QVERIFY2(found, qPrintable(u"expected %1, got:\n"_s.arg(expectedCode) + seen.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
