// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The studio's document and its files: a new case from the template, open,
// save (load → save → load), save as a copy leaving the original alone,
// export as a pack, trying the case in the app, hostile pastes.
#include "case/caselibrary.h"
#include "case/caseloader.h"
#include "studio/casedocument.h"
#include "support/casefolders.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using namespace TestSupport;

namespace {

const QString example = QStringLiteral(DOCS_DIR "/examples/minimal-case");
const QString shipped = QStringLiteral(CONTENT_DIR "/sony-hack");

QStringList codes(const ProblemListModel &problems)
{
    QStringList out;
    for (int row = 0; row < problems.rowCount(); ++row)
        out << problems.index(row).data(ProblemListModel::CodeRole).toString();
    return out;
}

} // namespace

class TestStudioFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newCaseFromTemplate();
    void saveRoundTrip_data();
    void saveRoundTrip();
    void saveRefusesAFolderInUse();
    void saveAsCopyLeavesTheOriginal_data();
    void saveAsCopyLeavesTheOriginal();
    void exportPack();
    void showInTheApp();
    void hostilePaste_data();
    void hostilePaste();
    void openReportsRefusedFiles();
    void articleFromFile_data();
    void articleFromFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseDocument> m_doc;
};

void TestStudioFiles::init()
{
    m_doc.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_doc = std::make_unique<CaseDocument>();
    m_doc->setRecoveryFolder(m_dir->filePath(u"recovery"_s));
}

void TestStudioFiles::newCaseFromTemplate()
{
    CaseDocument &d = *m_doc;
    QVERIFY(d.newCase(u"Our school's rumour"_s, u"school-rumour"_s, u"de"_s));
    QVERIFY(!d.isDirty());
    QCOMPARE(d.filePath(), QString());
    QCOMPARE(d.caseId(), u"school-rumour"_s);
    QCOMPARE(d.title(), u"Our school's rumour"_s);
    QCOMPARE(d.value(u"case.json"_s, u"language"_s).toString(), u"de"_s);
    QCOMPARE(d.files().size(), 8);
    d.validateNow();
    // The structure is complete: what is missing is content.
    const QStringList found = codes(*d.problems());
    QVERIFY(!found.contains(u"missing-key"_s));
    QVERIFY(!found.contains(u"json-syntax"_s));
    QVERIFY(!found.contains(u"wrong-type"_s));
    QVERIFY(found.contains(u"missing-file"_s)); // no article yet
    QVERIFY(found.contains(u"empty-value"_s));  // no summary yet

    const QString id = d.addArticleFromText(u"First paragraph.\n\nSecond one."_s, {{u"headline"_s, u"A headline"_s}});
    QCOMPARE(id, u"a-headline"_s);
    d.validateNow();
    QVERIFY(!codes(*d.problems()).contains(u"missing-file"_s));
    QVERIFY(!d.save()); // no folder yet
    QVERIFY(d.lastError().contains(u"choose a folder"_s));
    QVERIFY2(d.save(m_dir->filePath(u"new"_s)), qPrintable(d.lastError()));
    QVERIFY(QFile::exists(m_dir->filePath(u"new/articles/a-headline.json"_s)));
}

void TestStudioFiles::saveRoundTrip_data()
{
    QTest::addColumn<QString>("source");
    QTest::addRow("documented example") << example;
    QTest::addRow("shipped case") << shipped;
}

void TestStudioFiles::saveRoundTrip()
{
    QFETCH(QString, source);
    CaseDocument &d = *m_doc;
    const QString folder = m_dir->filePath(u"case"_s);
    QVERIFY(copyFolder(source, folder));
    const LoadResult original = CaseLoader().load(source);
    QVERIFY(d.open(folder));
    QCOMPARE(d.filePath(), QFileInfo(folder).absoluteFilePath());
    QVERIFY(d.save());
    QCOMPARE(folderFiles(folder), folderFiles(source)); // canonical already: load → save is the identity
    d.validateNow();
    QVERIFY(d.isValid());
    QVERIFY(d.caseData() == original.data);
    qInfo("validation of the whole case took %d ms", d.validationMs());
    QVERIFY(d.setValue(u"claims.json"_s, u"claims[0].paraphrase"_s, u"Edited."_s));
    d.validateNow();
    qInfo("after an edit of one claim: %d ms", d.validationMs());
    d.undo();
    const QString removed = d.articleIds().constFirst();
    QVERIFY(d.removeArticle(removed));
    QVERIFY(d.setValue(u"case.json"_s, u"summary"_s, u"Edited."_s));
    QVERIFY(d.save());
    QVERIFY(!d.isDirty());
    QVERIFY(!QFile::exists(QDir(folder).filePath(CaseDocument::articleFile(removed))));

    CaseDocument reopened;
    reopened.setRecoveryFolder(m_dir->filePath(u"recovery"_s));
    QVERIFY(reopened.open(folder));
    QCOMPARE(reopened.files(), d.files());
    for (const QString &file : d.files())
        QCOMPARE(reopened.fileText(file), d.fileText(file));
    QCOMPARE(reopened.value(u"case.json"_s, u"summary"_s).toString(), u"Edited."_s);
}

void TestStudioFiles::saveRefusesAFolderInUse()
{
    CaseDocument &d = *m_doc;
    QVERIFY(d.open(example));
    const QString other = m_dir->filePath(u"other"_s);
    QVERIFY(writeFile(QDir(other).filePath(u"mine.txt"_s), {}));
    QVERIFY(!d.save(other));
    QVERIFY(d.lastError().contains(u"not empty"_s));
    QCOMPARE(folderFiles(other).keys(), QStringList{u"mine.txt"_s});
    QVERIFY(!d.saveAsCopy(other, u"x"_s, u"X"_s));
    QVERIFY(!d.canUndo()); // the refused copy renamed nothing
}

void TestStudioFiles::saveAsCopyLeavesTheOriginal_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("savesBack"); // whether a plain save() writes to where it came from
    QTest::addRow("a case folder") << u"folder"_s << true;
    QTest::addRow("the built-in case") << CaseLoader::defaultCasePath() << false;
}

void TestStudioFiles::saveAsCopyLeavesTheOriginal()
{
    QFETCH(QString, source);
    QFETCH(bool, savesBack);
    CaseDocument &d = *m_doc;
    if (source == u"folder"_s) {
        source = m_dir->filePath(u"original"_s);
        QVERIFY(copyFolder(example, source));
    }
    const QMap<QString, QByteArray> before = folderFiles(source);
    QVERIFY(d.open(source));
    QCOMPARE(d.filePath().isEmpty(), !savesBack);
    if (!savesBack)
        QVERIFY(!d.save());
    // Adapt it: take the last chapter out, then save it as a copy.
    const int chapters = static_cast<int>(d.value(u"lesson.json"_s, u"chapters"_s).toArray().size());
    if (chapters > 1)
        QVERIFY(d.remove(u"lesson.json"_s, u"chapters"_s, chapters - 1));
    const QString copy = m_dir->filePath(u"copy"_s);
    QVERIFY2(d.saveAsCopy(copy, u"our-copy"_s, u"Our copy"_s), qPrintable(d.lastError()));
    QCOMPARE(folderFiles(source), before);
    QCOMPARE(d.filePath(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(d.undoText(), u"Save as a copy"_s);
    QVERIFY(!d.isDirty());
    const LoadResult saved = CaseLoader().load(copy);
    QVERIFY(saved.ok());
    QCOMPARE(saved.data.info.id, u"our-copy"_s);
    QCOMPARE(saved.data.info.title, u"Our copy"_s);
    QCOMPARE(saved.data.chapters.size(), std::max(1, chapters - 1));
    QVERIFY(d.setValue(u"case.json"_s, u"summary"_s, u"Later edit."_s));
    QVERIFY(d.save()); // now to the copy
    QCOMPARE(folderFiles(source), before);
}

void TestStudioFiles::exportPack()
{
    CaseDocument &d = *m_doc;
    QVERIFY(d.open(example));
    const QString pack = m_dir->filePath(u"case.claimscope"_s);
    QVERIFY(d.setValue(u"claims.json"_s, u"claims[0].claimant"_s, u"nobody"_s));
    QVERIFY(!d.exportPack(pack));
    QVERIFY(d.lastError().contains(u"error"_s));
    QVERIFY(!QFile::exists(pack));
    QVERIFY(d.exportPack(pack, true)); // after the UI's warning
    QVERIFY(!CaseLoader().load(pack).ok());
    d.undo();
    QVERIFY(d.exportPack(pack));
    const LoadResult packed = CaseLoader().load(pack);
    QVERIFY(packed.ok());
    QVERIFY(packed.data == CaseLoader().load(example).data);

    // A pack opens in the studio too: its files are edited, but saved only as a copy in a folder.
    CaseDocument fromPack;
    fromPack.setRecoveryFolder(m_dir->filePath(u"recovery"_s));
    QVERIFY(fromPack.open(QUrl::fromLocalFile(pack).toString()));
    QCOMPARE(fromPack.files(), d.files());
    QVERIFY(fromPack.filePath().isEmpty());
    QVERIFY(!fromPack.save());
    QVERIFY(fromPack.saveAsCopy(m_dir->filePath(u"from-pack"_s), u"from-pack"_s, u"From a pack"_s));
    QVERIFY(CaseLoader().load(m_dir->filePath(u"from-pack"_s)).ok());
}

void TestStudioFiles::showInTheApp()
{
    CaseDocument &d = *m_doc;
    CaseLibrary library;
    QVERIFY(library.openDefault());
    QVERIFY(d.open(example));
    QVERIFY(d.setValue(u"case.json"_s, u"title"_s, u"Edited in the studio"_s));
    QSignalSpy changed(&library, &CaseLibrary::caseChanged);
    QVERIFY(d.showIn(&library));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(library.title(), u"Edited in the studio"_s);
    QVERIFY(library.caseData() == d.caseData());
    QVERIFY(d.setValue(u"claims.json"_s, u"claims[0].claimant"_s, u"nobody"_s));
    QVERIFY(!d.showIn(&library));
    QCOMPARE(library.title(), u"Edited in the studio"_s); // the app keeps the last case that worked
}

void TestStudioFiles::hostilePaste_data()
{
    QTest::addColumn<int>("megabytes");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("5 MB") << 5 << true;
    QTest::addRow("9 MB") << 9 << false;
}

void TestStudioFiles::hostilePaste()
{
    QFETCH(int, megabytes);
    QFETCH(bool, accepted);
    CaseDocument &d = *m_doc;
    QVERIFY(d.open(example));
    QString text;
    const QString paragraph = u"A paragraph of pasted words, about eighty characters long, repeated many times.\n\n"_s;
    text.reserve(megabytes * 1024 * 1024 + paragraph.size());
    while (text.size() < megabytes * 1024 * 1024)
        text += paragraph;
    const QStringList files = d.files();
    const QString id = d.addArticleFromText(text, {{u"headline"_s, u"Long"_s}});
    QCOMPARE(!id.isEmpty(), accepted);
    if (!accepted) {
        QVERIFY(d.lastError().contains(u"8 MiB"_s));
        QCOMPARE(d.files(), files); // nothing added, nothing lost
        return;
    }
    QCOMPARE(d.value(CaseDocument::articleFile(id), u"paragraphs"_s).toArray().size(), text.count(u"\n\n"_s));
    d.validateNow();
    qInfo("validating with a %d MB article took %d ms", megabytes, d.validationMs());
    d.undo();
    QCOMPARE(d.files(), files);
}

void TestStudioFiles::openReportsRefusedFiles()
{
    CaseDocument &d = *m_doc;
    const QString folder = m_dir->filePath(u"case"_s);
    QVERIFY(copyFolder(example, folder));
    QVERIFY(writeFile(QDir(folder).filePath(u"README.md"_s), "caf\xe9"));
    QVERIFY(d.open(folder));
    d.validateNow();
    QVERIFY(codes(*d.problems()).contains(u"invalid-utf8"_s));
    QVERIFY(!d.open(m_dir->filePath(u"nothing-here"_s)));
    QVERIFY(d.lastError().contains(u"no such file"_s));
    QCOMPARE(d.caseId(), u"bake-sale-rumour"_s); // the open case stays
}

void TestStudioFiles::articleFromFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("paragraphs"); // empty: refused
    QTest::addRow("plain text") << u"story.txt"_s << QByteArray("One <b>line</b>.\r\n\r\nTwo.") << QStringList{u"One <b>line</b>."_s, u"Two."_s};
    QTest::addRow("a web page") << u"story.HTML"_s << QByteArray("<html><body><p>One <b>line</b>.</p><p>Two.</p></body></html>")
                                << QStringList{u"One line."_s, u"Two."_s};
    QTest::addRow("not UTF-8") << u"story.txt"_s << QByteArray("caf\xe9") << QStringList{};
}

void TestStudioFiles::articleFromFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, paragraphs);
    CaseDocument &d = *m_doc;
    QVERIFY(d.open(example));
    const QString path = m_dir->filePath(name);
    QVERIFY(writeFile(path, bytes));
    const QString id = d.addArticleFromFile(QUrl::fromLocalFile(path).toString(), {{u"headline"_s, u"From a file"_s}});
    QCOMPARE(id.isEmpty(), paragraphs.isEmpty());
    if (id.isEmpty()) {
        QVERIFY2(d.lastError().contains(u"not UTF-8"_s), qPrintable(d.lastError()));
        return;
    }
    QCOMPARE(d.value(CaseDocument::articleFile(id), u"paragraphs"_s).toArray(), QJsonArray::fromStringList(paragraphs));
}

QTEST_MAIN(TestStudioFiles)
#include "tst_studiofiles.moc"
