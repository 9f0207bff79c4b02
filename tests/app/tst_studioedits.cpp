// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The studio's document: every kind of edit undone and redone, typing
// merged into one step, the dirty flag, live validation after the
// debounce, annotations from selections, new ids.
#include "case/casevalidator.h"
#include "studio/casedocument.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Claimscope;

using Edit = std::function<bool(CaseDocument &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

const QString example = QStringLiteral(DOCS_DIR "/examples/minimal-case");
const QString article = u"articles/messenger-2024-03-04.json"_s;
const QString articleId = u"messenger-2024-03-04"_s;

QJsonValue strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

class TestStudioEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void edits_data();
    void edits();
    void typingMerges_data();
    void typingMerges();
    void dirtyFlag();
    void compoundSteps_data();
    void compoundSteps();
    void refusedEditsChangeNothing_data();
    void refusedEditsChangeNothing();
    void validationAfterDebounce_data();
    void validationAfterDebounce();
    void previewKeepsTheLastValidCase();
    void annotationFromSelection_data();
    void annotationFromSelection();
    void newIds_data();
    void newIds();

private:
    std::unique_ptr<QTemporaryDir> m_recovery;
    std::unique_ptr<CaseDocument> m_doc;
};

void TestStudioEdits::init()
{
    m_recovery = std::make_unique<QTemporaryDir>();
    m_doc = std::make_unique<CaseDocument>();
    m_doc->setRecoveryFolder(m_recovery->path());
    QVERIFY(m_doc->open(example));
    m_doc->validateNow();
    QVERIFY(m_doc->isValid());
}

void TestStudioEdits::cleanup()
{
    m_doc.reset();
    m_recovery.reset();
}

void TestStudioEdits::edits_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");
    QTest::addColumn<QString>("undoText");

    QTest::addRow("set a text") << Edit([](CaseDocument &d) { return d.setValue(u"claims.json"_s, u"claims[0].paraphrase"_s, u"New words."_s); })
                                << u"claims.json"_s << u"claims[0].paraphrase"_s << QJsonValue(u"New words."_s) << u"Edit paraphrase"_s;
    QTest::addRow("set a list") << Edit([](CaseDocument &d) { return d.setValue(u"claims.json"_s, u"claims[1].targets"_s, strings({u"a"_s, u"b"_s})); })
                                << u"claims.json"_s << u"claims[1].targets"_s << strings({u"a"_s, u"b"_s}) << u"Edit targets"_s;
    QTest::addRow("clear an optional key") << Edit([](CaseDocument &d) { return d.unset(u"claims.json"_s, u"claims[1].established.later"_s); })
                                           << u"claims.json"_s << u"claims[1].established.later"_s << QJsonValue(QJsonValue::Undefined) << u"Clear later"_s;
    const QJsonObject actor{{u"id"_s, u"head"_s}, {u"name"_s, u"The head"_s}, {u"kind"_s, u"other"_s}, {u"country"_s, u""_s}};
    QTest::addRow("insert") << Edit([actor](CaseDocument &d) { return d.insert(u"actors.json"_s, u"actors"_s, -1, actor); }) << u"actors.json"_s
                            << u"actors[2]"_s << QJsonValue(actor) << u"Add to actors"_s;
    QTest::addRow("remove") << Edit([](CaseDocument &d) { return d.remove(u"claims.json"_s, u"claims[1].sources"_s, 0); }) << u"claims.json"_s
                            << u"claims[1].sources"_s << QJsonValue(QJsonArray{QJsonObject{{u"source"_s, u"s2"_s}}}) << u"Remove from sources"_s;
    QTest::addRow("move") << Edit([](CaseDocument &d) { return d.move(u"claims.json"_s, u"claims"_s, 1, 0); }) << u"claims.json"_s << u"claims[0].id"_s
                          << QJsonValue(u"c2"_s) << u"Move in claims"_s;
    QTest::addRow("a file's text") << Edit([](CaseDocument &d) { return d.setFileText(u"rubric.json"_s, u"{ \"criteria\": [ }"_s); }) << u"rubric.json"_s
                                   << u""_s << QJsonValue(QJsonValue::Undefined) << u"Edit rubric.json"_s;
    QTest::addRow("an article's text") << Edit([](CaseDocument &d) { return d.setArticleText(articleId, u"One.\n\nTwo\nlines."_s); }) << article
                                       << u"paragraphs"_s << strings({u"One."_s, u"Two lines."_s}) << u"Edit the article's text"_s;
    QTest::addRow("add an article") << Edit([](CaseDocument &d) {
        return !d.addArticleFromText(u"<p>First.</p><p>Second.</p>"_s, {{u"headline"_s, u"A second story"_s}}).isEmpty();
    }) << u"articles/a-second-story.json"_s
                                    << u"paragraphs"_s << strings({u"First."_s, u"Second."_s}) << u"Add article"_s;
    QTest::addRow("remove an article") << Edit([](CaseDocument &d) { return d.removeArticle(articleId); }) << article << u"id"_s
                                       << QJsonValue(QJsonValue::Undefined) << u"Remove article"_s;
    QTest::addRow("add an annotation") << Edit([](CaseDocument &d) {
        const QString text = d.articleText(articleId);
        const int at = static_cast<int>(text.indexOf(u"surprise hygiene inspection"_s));
        return !d.addAnnotation(articleId, at, at + 27, u"loaded-language"_s, u"Why?"_s).isEmpty();
    }) << article << u"annotations[7].quote"_s
                                       << QJsonValue(u"surprise hygiene inspection"_s) << u"Add annotation"_s;
}

void TestStudioEdits::edits()
{
    QFETCH(Edit, edit);
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    QFETCH(QString, undoText);
    CaseDocument &d = *m_doc;
    const QStringList files = d.files();
    const QString before = d.fileText(file);
    const QJsonValue valueBefore = d.value(file, path);
    QVERIFY(!d.isDirty() && !d.canUndo());

    QVERIFY2(edit(d), qPrintable(d.lastError()));
    QCOMPARE(d.value(file, path), expected);
    QVERIFY(d.isDirty());
    QVERIFY(d.canUndo());
    QCOMPARE(d.undoText(), undoText);
    QCOMPARE(d.undoStack()->count(), 1);

    d.undo();
    QCOMPARE(d.fileText(file), before);
    QCOMPARE(d.value(file, path), valueBefore);
    QCOMPARE(d.files(), files);
    QVERIFY(!d.isDirty());
    QVERIFY(d.canRedo());
    QCOMPARE(d.redoText(), undoText);

    d.redo();
    QCOMPARE(d.value(file, path), expected);
    QVERIFY(d.isDirty());
}

void TestStudioEdits::typingMerges_data()
{
    QTest::addColumn<QStringList>("steps"); // "path=value", or "|" for endEdit()
    QTest::addColumn<int>("undoSteps");
    QTest::addColumn<QString>("afterOneUndo"); // claims[0].paraphrase after one undo
    const QString original = u"An anonymous account said the bake sale was cancelled because the school kitchen failed a hygiene inspection."_s;
    QTest::addRow("one field, key by key") << QStringList{u"p=T"_s, u"p=Th"_s, u"p=The"_s} << 1 << original;
    QTest::addRow("the field left, then typed in again") << QStringList{u"p=T"_s, u"|"_s, u"p=Th"_s} << 2 << u"T"_s;
    QTest::addRow("another field between") << QStringList{u"p=T"_s, u"n=x"_s, u"p=Th"_s} << 3 << u"T"_s;
    QTest::addRow("typed back to the original") << QStringList{u"p=T"_s, u"p="_s + original} << 0 << original;
}

void TestStudioEdits::typingMerges()
{
    QFETCH(QStringList, steps);
    QFETCH(int, undoSteps);
    QFETCH(QString, afterOneUndo);
    CaseDocument &d = *m_doc;
    const QString paraphrase = u"claims[0].paraphrase"_s;
    for (const QString &step : steps) {
        if (step == u"|"_s) {
            d.endEdit();
            continue;
        }
        const QString path = step.startsWith(u"p="_s) ? paraphrase : u"claims[0].established.note"_s;
        QVERIFY(d.setValue(u"claims.json"_s, path, step.mid(2)));
    }
    QCOMPARE(d.undoStack()->count(), undoSteps);
    QCOMPARE(d.isDirty(), undoSteps > 0);
    if (undoSteps > 0)
        d.undo();
    QCOMPARE(d.value(u"claims.json"_s, paraphrase).toString(), afterOneUndo);
}

void TestStudioEdits::dirtyFlag()
{
    CaseDocument &d = *m_doc;
    QTemporaryDir saveTo;
    QVERIFY(saveTo.isValid());
    QSignalSpy dirty(&d, &CaseDocument::dirtyChanged);
    QVERIFY(d.setValue(u"case.json"_s, u"title"_s, u"Changed"_s));
    QVERIFY(d.isDirty());
    QCOMPARE(dirty.size(), 1);
    QVERIFY(d.save(saveTo.filePath(u"saved"_s)));
    QVERIFY(!d.isDirty());
    QCOMPARE(dirty.size(), 2);
    d.undo(); // before the saved state: unsaved again
    QVERIFY(d.isDirty());
    d.redo();
    QVERIFY(!d.isDirty());
    QCOMPARE(dirty.size(), 4);
}

// An action that writes several places is one undo step; one that fails half-way leaves nothing, not even a redo.
void TestStudioEdits::compoundSteps_data()
{
    QTest::addColumn<bool>("outerEdit");
    QTest::addColumn<bool>("innerEdit");
    QTest::addColumn<bool>("keepOuter");
    QTest::addColumn<bool>("keepInner");
    QTest::addRow("kept") << true << true << true << true;
    QTest::addRow("failed") << true << true << false << true;
    QTest::addRow("failed inside") << true << true << true << false;
    QTest::addRow("only the inner edit") << false << true << true << true;
    QTest::addRow("nothing edited") << false << false << true << true;
}

void TestStudioEdits::compoundSteps()
{
    QFETCH(bool, outerEdit);
    QFETCH(bool, innerEdit);
    QFETCH(bool, keepOuter);
    QFETCH(bool, keepInner);
    CaseDocument &d = *m_doc;
    const QJsonValue title = d.value(u"case.json"_s, u"title"_s);
    const QString claims = d.fileText(u"claims.json"_s);
    QVERIFY(d.setValue(u"case.json"_s, u"summary"_s, u"Typed before."_s)); // a field's edit, then the action
    const int before = d.undoStack()->count();

    d.beginCompound(u"New claim from words"_s);
    if (outerEdit)
        QVERIFY(d.setValue(u"case.json"_s, u"title"_s, u"Outer"_s));
    d.beginCompound(u"Mark words"_s);
    if (innerEdit)
        QVERIFY(d.setValue(u"claims.json"_s, u"claims[0].paraphrase"_s, u"Inner"_s));
    d.endCompound(keepInner);
    d.endCompound(keepOuter);

    QVERIFY2(!d.canRedo(), "nothing is left to redo");
    QCOMPARE(d.value(u"case.json"_s, u"summary"_s), QJsonValue(u"Typed before."_s));
    if (!keepOuter || !keepInner || (!outerEdit && !innerEdit)) {
        QCOMPARE(d.undoStack()->count(), before);
        QCOMPARE(d.value(u"case.json"_s, u"title"_s), title);
        QCOMPARE(d.fileText(u"claims.json"_s), claims);
        return;
    }
    QCOMPARE(d.undoStack()->count(), before + 1);
    QCOMPARE(d.undoText(), u"New claim from words"_s);
    d.undo();
    QCOMPARE(d.value(u"case.json"_s, u"title"_s), title);
    QCOMPARE(d.fileText(u"claims.json"_s), claims);
    QCOMPARE(d.value(u"case.json"_s, u"summary"_s), QJsonValue(u"Typed before."_s));
    d.redo();
    QCOMPARE(d.value(u"case.json"_s, u"title"_s) == QJsonValue(u"Outer"_s), outerEdit);
    QCOMPARE(d.value(u"claims.json"_s, u"claims[0].paraphrase"_s) == QJsonValue(u"Inner"_s), innerEdit);
}

void TestStudioEdits::refusedEditsChangeNothing_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("error");
    QTest::addRow("no such file") << Edit([](CaseDocument &d) { return d.setValue(u"nothing.json"_s, u"a"_s, 1); }) << u"the case has no file"_s;
    QTest::addRow("no such place") << Edit([](CaseDocument &d) { return d.setValue(u"claims.json"_s, u"claims[9].id"_s, u"x"_s); }) << u"has no such place"_s;
    QTest::addRow("not a path") << Edit([](CaseDocument &d) { return d.remove(u"claims.json"_s, u"claims..x"_s, 0); }) << u"has no such place"_s;
    QTest::addRow("a file that does not parse") << Edit([](CaseDocument &d) {
        d.setFileText(u"rubric.json"_s, u"{"_s);
        d.undoStack()->clear(); // count only the refused edit below
        return d.setValue(u"rubric.json"_s, u"criteria"_s, QJsonArray());
    }) << u"not valid JSON"_s;
    QTest::addRow("an unsafe file name") << Edit([](CaseDocument &d) { return d.setFileText(u"../x.json"_s, u"{}"_s); }) << u"\"..\""_s;
    QTest::addRow("a selection of nothing") << Edit([](CaseDocument &d) { return !d.addAnnotation(articleId, 3, 3, u"hedge"_s, {}).isEmpty(); })
                                            << u"select some words"_s;
    QTest::addRow("an article id taken") << Edit([](CaseDocument &d) { return !d.addArticleFromText(u"Text."_s, {{u"id"_s, articleId}}).isEmpty(); })
                                         << u"already has an article"_s;
    QTest::addRow("an article id that is no id") << Edit([](CaseDocument &d) { return !d.addArticleFromText(u"Text."_s, {{u"id"_s, u"../up"_s}}).isEmpty(); })
                                                 << u"is not an id"_s;
    QTest::addRow("nothing to make an article of") << Edit([](CaseDocument &d) { return !d.addArticleFromText(u"<p> </p>"_s, {}).isEmpty(); }) << u"no words"_s;
}

void TestStudioEdits::refusedEditsChangeNothing()
{
    QFETCH(Edit, edit);
    QFETCH(QString, error);
    CaseDocument &d = *m_doc;
    const int steps = d.undoStack()->count();
    const QStringList files = d.files();
    QVERIFY(!edit(d));
    QVERIFY2(d.lastError().contains(error), qPrintable(d.lastError()));
    QCOMPARE(d.undoStack()->count(), steps);
    QCOMPARE(d.files(), files);
}

void TestStudioEdits::validationAfterDebounce_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addRow("unknown actor") << Edit([](CaseDocument &d) { return d.setValue(u"claims.json"_s, u"claims[0].claimant"_s, u"nobody"_s); })
                                   << u"unknown-reference"_s << u"claims.json"_s << u"claims[0].claimant"_s;
    QTest::addRow("an invalid date") << Edit([](CaseDocument &d) { return d.setValue(u"claims.json"_s, u"claims[1].date"_s, u"2024-02-30"_s); })
                                     << u"bad-date"_s << u"claims.json"_s << u"claims[1].date"_s;
    QTest::addRow("a duplicate id") << Edit([](CaseDocument &d) { return d.setValue(u"claims.json"_s, u"claims[1].id"_s, u"c1"_s); }) << u"duplicate-id"_s
                                    << u"claims.json"_s << u"claims[1].id"_s;
    QTest::addRow("a quote no longer in the text") << Edit([](CaseDocument &d) { return d.setArticleText(articleId, u"Other words."_s); })
                                                   << u"quote-not-found"_s << article << u"annotations[0].quote"_s;
    QTest::addRow("a typo in a key") << Edit([](CaseDocument &d) { return d.setValue(u"case.json"_s, u"titel"_s, u"x"_s); }) << u"unknown-key"_s
                                     << u"case.json"_s << u"titel"_s;
    QTest::addRow("a syntax error") << Edit([](CaseDocument &d) { return d.setFileText(u"rubric.json"_s, u"{\n  \"criteria\": [,]\n}"_s); }) << u"json-syntax"_s
                                    << u"rubric.json"_s << QString();
    QTest::addRow("a key twice") << Edit([](CaseDocument &d) { return d.setFileText(u"rubric.json"_s, u"{\"criteria\": [], \"criteria\": []}"_s); })
                                 << u"duplicate-key"_s << u"rubric.json"_s << u"criteria"_s;
}

void TestStudioEdits::validationAfterDebounce()
{
    QFETCH(Edit, edit);
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, path);
    CaseDocument &d = *m_doc;
    QSignalSpy validated(&d, &CaseDocument::validated);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(edit(d));
    QVERIFY(d.isValidationPending());
    QVERIFY(d.isValid()); // not yet checked again
    QCOMPARE(d.problems()->rowCount(), 0);
    QVERIFY(validated.wait(5000));
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!d.isValidationPending());
    QVERIFY(!d.isValid());
    const ProblemListModel &problems = *d.problems();
    QModelIndex found;
    for (int row = 0; row < problems.rowCount() && !found.isValid(); ++row) {
        const QModelIndex i = problems.index(row);
        if (i.data(ProblemListModel::CodeRole) == code && i.data(ProblemListModel::PathRole) == path)
            found = i;
    }
    QVERIFY2(found.isValid(), qPrintable(code + u' ' + path));
    QCOMPARE(found.data(ProblemListModel::SeverityRole).toString(), u"error"_s);
    QCOMPARE(found.data(ProblemListModel::FileRole).toString(), file);
    QVERIFY(found.data(ProblemListModel::LineRole).toInt() > 0); // a line in the text the studio saves
    QVERIFY(!found.data(ProblemListModel::MessageRole).toString().isEmpty());
    qInfo("validation of the example took %d ms", d.validationMs());

    d.undo();
    QVERIFY(validated.wait(5000));
    QVERIFY(d.isValid());
    QCOMPARE(d.problems()->rowCount(), 0);
}

void TestStudioEdits::previewKeepsTheLastValidCase()
{
    CaseDocument &d = *m_doc;
    QVERIFY(d.isPreviewCurrent());
    const CaseData valid = d.caseData();
    QCOMPARE(valid.claims.size(), 2);
    QVERIFY(d.blame()->dayCount() > 0);
    QVERIFY(d.setValue(u"claims.json"_s, u"claims[0].paraphrase"_s, u"Shorter."_s));
    d.validateNow();
    QVERIFY(d.isPreviewCurrent());
    QCOMPARE(d.caseData().claims[0].paraphrase, u"Shorter."_s);
    QVERIFY(d.setValue(u"claims.json"_s, u"claims[0].claimant"_s, u"nobody"_s));
    d.validateNow();
    QVERIFY(!d.isValid());
    QVERIFY(!d.isPreviewCurrent());
    QCOMPARE(d.caseData().claims[0].claimant, u"maplehill-insider"_s); // the last valid state
}

void TestStudioEdits::annotationFromSelection_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("nth"); // which match in the article's text, 1-based
    QTest::addRow("a phrase once") << u"hall floor"_s << 1;
    QTest::addRow("\"the\", first") << u"the"_s << 1;
    QTest::addRow("\"the\", fourth") << u"the"_s << 4;
    QTest::addRow("\"inspection\", in the third paragraph") << u"inspection"_s << 4;
    QTest::addRow("curly quotes") << u"“There has been no inspection,”"_s << 1;
    QTest::addRow("in the standfirst") << u"moved"_s << 1;
}

void TestStudioEdits::annotationFromSelection()
{
    QFETCH(QString, words);
    QFETCH(int, nth);
    CaseDocument &d = *m_doc;
    const QString text = d.articleText(articleId);
    qsizetype at = -1;
    for (int i = 0; i < nth; ++i)
        at = text.indexOf(words, at + 1);
    QVERIFY(at >= 0);
    const int start = static_cast<int>(at), end = static_cast<int>(at + words.size());
    const QVariantMap q = d.annotationFromSelection(articleId, start, end);
    QCOMPARE(q.value(u"error"_s).toString(), QString());
    QCOMPARE(q.value(u"quote"_s).toString(), words);
    QCOMPARE(CaseValidator::find(text, words, q.value(u"occurrence"_s).toInt()), at);

    const QString id = d.addAnnotation(articleId, start, end, u"hedge"_s, u"A note."_s);
    QVERIFY2(!id.isEmpty(), qPrintable(d.lastError()));
    const QJsonObject added = d.value(article, u"annotations[7]"_s).toObject();
    QCOMPARE(added.value(u"id"_s).toString(), id);
    QCOMPARE(added.value(u"quote"_s).toString(), words);
    QCOMPARE(added.value(u"occurrence"_s).toInt(1), q.value(u"occurrence"_s).toInt());
    d.validateNow();
    QVERIFY(d.isValid()); // the validator finds the quote, at that occurrence
    const Annotation &an = d.caseData().article(articleId)->annotations.last();
    QCOMPARE(CaseValidator::find(d.caseData().article(articleId)->fullText(), an.quote, an.occurrence), at);
}

void TestStudioEdits::newIds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("id");
    QTest::addRow("a free actor id") << u"actor"_s << u"Head teacher"_s << u"head-teacher"_s;
    QTest::addRow("a taken actor id") << u"actor"_s << u"School office"_s << u"school-office-2"_s;
    QTest::addRow("a taken claim id") << u"claim"_s << u"c1"_s << u"c1-2"_s;
    QTest::addRow("an article") << u"article"_s << u"Messenger 2024-03-04"_s << u"messenger-2024-03-04-2"_s;
    QTest::addRow("an annotation, across articles") << u"annotation"_s << u"a 01"_s << u"a-01-2"_s;
    QTest::addRow("a step, across chapters") << u"step"_s << u"read"_s << u"read-2"_s;
    QTest::addRow("nothing to make it from") << u"laterDevelopment"_s << u"“”"_s << u"later"_s;
    QTest::addRow("a source") << u"source"_s << u""_s << u"source"_s;
}

void TestStudioEdits::newIds()
{
    QFETCH(QString, kind);
    QFETCH(QString, base);
    QFETCH(QString, id);
    QCOMPARE(m_doc->newId(kind, base), id);
}

QTEST_MAIN(TestStudioEdits)
#include "tst_studioedits.moc"
