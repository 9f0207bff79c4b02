// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A case's own words in another language (translations/<language>.json):
// which translation is shown, the fallback to the case's words text by text,
// and what `validate` reports about a translation, with file, line and path.
#include "case/caseloader.h"
#include "case/casetranslation.h"
#include "case/casewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

const QString minimalCase = QStringLiteral(DOCS_DIR "/examples/minimal-case");

/// The minimal example with `overlay` as translations/<language>.json.
PackFiles withTranslation(const QByteArray &overlay, const QString &language = u"de"_s)
{
    PackFiles pack = PackReader().read(minimalCase);
    pack.files.insert(u"translations/"_s + language + u".json"_s, overlay);
    return pack;
}

/// An overlay, one key per line: its texts start on line 5, six lines each.
QByteArray overlay(const QList<CaseTranslation::Text> &texts, const QByteArray &language = "de")
{
    QByteArray out = "{\n  \"formatVersion\": 1,\n  \"language\": \"" + language + "\",\n  \"texts\": [\n";
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const CaseTranslation::Text &t = texts[i];
        auto q = [](const QString &s) -> QByteArray { return QByteArray("\"") + s.toUtf8().replace("\"", "\\\"") + "\""; };
        out += "    {\n      \"file\": " + q(t.file) + ",\n      \"path\": " + q(t.path) + ",\n      \"source\": " + q(t.source) +
            ",\n      \"text\": " + q(t.text) + "\n    }" + (i + 1 < texts.size() ? "," : "") + "\n";
    }
    return out + "  ]\n}\n";
}

const CaseTranslation::Text title{u"case.json"_s,
                                  u"title"_s,
                                  u"The bake-sale rumour (a fictional example)"_s,
                                  u"Das Kuchenbasar-Gerücht (ein erfundenes Beispiel)"_s};
const CaseTranslation::Text stepText{u"lesson.json"_s,
                                     u"chapters[0].steps[0].text"_s,
                                     u"On Monday a post said the bake sale was cancelled after a hygiene inspection."_s,
                                     u"Am Montag hieß es in einem Beitrag, der Kuchenbasar sei nach einer Hygienekontrolle abgesagt worden."_s};

QStringList texts(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.toString();
    return out;
}

} // namespace

class TestCaseTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chosenByLanguage_data();
    void chosenByLanguage();
    void untranslatedTextsKeepTheCasesWords();
    void staleTextIsNotShown();
    void movedTextKeepsItsTranslation();
    void problems_data();
    void problems();
    void missingTextsOncePerFile();
    void onlyTranslationFilesAreRead_data();
    void onlyTranslationFilesAreRead();
    void shippedGermanIsComplete();
};

void TestCaseTranslation::chosenByLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("textLanguage");
    QTest::addRow("German") << u"de"_s << title.text << u"de"_s;
    QTest::addRow("Austrian German takes German") << u"de-AT"_s << title.text << u"de"_s;
    QTest::addRow("no French translation") << u"fr"_s << title.source << u"en"_s;
    QTest::addRow("the case's own language") << u"en"_s << title.source << u"en"_s;
    QTest::addRow("no language asked") << QString() << title.source << u"en"_s;
    QTest::addRow("pseudo-language") << u"pseudo"_s << title.source << u"en"_s;
}

void TestCaseTranslation::chosenByLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, textLanguage);
    const LoadResult result = CaseLoader().load(withTranslation(overlay({::title, stepText})), language);
    QVERIFY2(result.ok(), qPrintable(texts(result.problems).join(u'\n')));
    QCOMPARE(result.data.info.title, title);
    QCOMPARE(result.data.textLanguage, textLanguage);
    QCOMPARE(result.data.chapters[0].steps[0].text, textLanguage == u"de"_s ? stepText.text : stepText.source);
    // The articles are never translated.
    const LoadResult english = CaseLoader().load(minimalCase);
    QVERIFY(!english.data.articles.isEmpty());
    QCOMPARE(result.data.articles, english.data.articles);
}

void TestCaseTranslation::untranslatedTextsKeepTheCasesWords()
{
    const LoadResult english = CaseLoader().load(minimalCase);
    const LoadResult german = CaseLoader().load(withTranslation(overlay({title})), u"de"_s);
    QVERIFY(german.ok());
    QCOMPARE(german.data.info.title, title.text);
    QCOMPARE(german.data.info.summary, english.data.info.summary);
    QCOMPARE(german.data.chapters, english.data.chapters);
    QCOMPARE(german.data.quizItems, english.data.quizItems);
    QCOMPARE(german.data.claims, english.data.claims);
}

void TestCaseTranslation::staleTextIsNotShown()
{
    CaseTranslation::Text old = stepText;
    old.source = u"On Monday a post said the bake sale was off."_s; // the case was edited since
    const LoadResult result = CaseLoader().load(withTranslation(overlay({title, old})), u"de"_s);
    QVERIFY(result.ok()); // a warning
    QCOMPARE(result.data.info.title, title.text);
    QCOMPARE(result.data.chapters[0].steps[0].text, stepText.source);
    const auto stale = std::find_if(result.problems.cbegin(), result.problems.cend(), [](const Problem &p) { return p.code == u"stale-translation"_s; });
    QVERIFY(stale != result.problems.cend());
    QCOMPARE(stale->file, u"translations/de.json"_s);
    QCOMPARE(stale->path, u"texts[1].source"_s);
    QCOMPARE(stale->line, 5 + 6 + 3); // the second entry's "source"
    QVERIFY(stale->warning);
    QVERIFY2(stale->message.contains(u"lesson.json chapters[0].steps[0].text"_s), qPrintable(stale->message));
}

// A teacher takes a step out: the texts after it move up, their entries'
// paths no longer name them, and their words still find them.
void TestCaseTranslation::movedTextKeepsItsTranslation()
{
    PackFiles pack = withTranslation(
        overlay({title, {u"lesson.json"_s, u"chapters[0].steps[1].title"_s, u"Read the Messenger's report"_s, u"Lies den Bericht des Messenger"_s}}));
    QJsonObject lesson = QJsonDocument::fromJson(pack.files[u"lesson.json"_s]).object();
    QJsonArray chapters = lesson[u"chapters"_s].toArray();
    QJsonObject chapter = chapters[0].toObject();
    QJsonArray steps = chapter[u"steps"_s].toArray();
    steps.removeAt(0);
    chapter[u"steps"_s] = steps;
    chapters[0] = chapter;
    lesson[u"chapters"_s] = chapters;
    pack.files[u"lesson.json"_s] = QJsonDocument(lesson).toJson();

    const LoadResult result = CaseLoader().load(pack, u"de"_s);
    QVERIFY2(result.ok(), qPrintable(texts(result.problems).join(u'\n')));
    QCOMPARE(result.data.chapters[0].steps[0].title, u"Lies den Bericht des Messenger"_s);
    const auto moved = std::find_if(result.problems.cbegin(), result.problems.cend(), [](const Problem &p) {
        return p.file == u"translations/de.json"_s && p.path == u"texts[1].source"_s;
    });
    QVERIFY2(moved != result.problems.cend(), qPrintable(texts(result.problems).join(u'\n')));
    QCOMPARE(moved->code, u"stale-translation"_s);
    QVERIFY(moved->warning);
    QVERIFY2(moved->message.contains(u"now at chapters[0].steps[0].title"_s), qPrintable(moved->message));
}

void TestCaseTranslation::problems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("warning");

    CaseTranslation::Text unknownPath = stepText;
    unknownPath.path = u"chapters[0].steps[0].kind"_s;
    QTest::addRow("not a text") << overlay({title, unknownPath}) << u"de"_s << u"unknown-translation"_s << u"texts[1].path"_s << 13 << true;
    CaseTranslation::Text noSuchStep = stepText;
    noSuchStep.path = u"chapters[0].steps[40].text"_s;
    QTest::addRow("no such step") << overlay({noSuchStep}) << u"de"_s << u"unknown-translation"_s << u"texts[0].path"_s << 7 << true;
    CaseTranslation::Text noSuchFile = stepText;
    noSuchFile.file = u"lessons.json"_s;
    QTest::addRow("no such file") << overlay({noSuchFile}) << u"de"_s << u"unknown-translation"_s << u"texts[0].file"_s << 6 << true;
    CaseTranslation::Text article{u"articles/messenger-2024-03-04.json"_s, u"paragraphs[0]"_s, u"x"_s, u"y"_s};
    QTest::addRow("article words") << overlay({article}) << u"de"_s << u"unknown-translation"_s << u"texts[0].path"_s << 7 << true;
    QTest::addRow("twice") << overlay({title, stepText, title}) << u"de"_s << u"duplicate-translation"_s << u"texts[2].path"_s << 19 << false;
    QTest::addRow("unknown key")
        << QByteArray("{\n  \"formatVersion\": 1,\n  \"language\": \"de\",\n  \"texts\": [\n    {\"file\": \"case.json\", \"path\": \"title\", "
                      "\"source\": \"x\", \"txt\": \"y\"}\n  ]\n}\n")
        << u"de"_s << u"unknown-key"_s << u"texts[0].txt"_s << 5 << false;
    QTest::addRow("text missing")
        << QByteArray("{\n  \"formatVersion\": 1,\n  \"language\": \"de\",\n  \"texts\": [\n    {\"file\": \"case.json\", \"path\": \"title\", "
                      "\"source\": \"x\"}\n  ]\n}\n")
        << u"de"_s << u"missing-key"_s << u"texts[0].text"_s << 5 << false;
    QTest::addRow("name and language differ") << overlay({title}, "fr") << u"de"_s << u"translation-language"_s << u"language"_s << 3 << false;
    QTest::addRow("into the case's language") << overlay({title}, "en") << u"en"_s << u"translation-language"_s << u"language"_s << 3 << false;
    QTest::addRow("syntax") << QByteArray("{\n  \"formatVersion\": 1,\n  \"language\": \"de\"\n  \"texts\": []\n}\n") << u"de"_s << u"json-syntax"_s
                            << QString() << 3 << false;
    CaseTranslation::Text markup = title;
    markup.text = u"<b>Das Gerücht</b>"_s;
    QTest::addRow("markup") << overlay({markup}) << u"de"_s << u"markup-like-text"_s << u"texts[0].text"_s << 9 << true;
}

void TestCaseTranslation::problems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(bool, warning);
    const LoadResult result = CaseLoader().load(withTranslation(json, language), language);
    const auto it = std::find_if(result.problems.cbegin(), result.problems.cend(), [&](const Problem &p) { return p.code == code; });
    QVERIFY2(it != result.problems.cend(), qPrintable(texts(result.problems).join(u'\n')));
    QCOMPARE(it->file, u"translations/"_s + language + u".json"_s);
    QCOMPARE(it->path, path);
    QCOMPARE(it->line, line);
    QCOMPARE(it->warning, warning);
    QCOMPARE(result.ok(), warning);
    if (!warning) // an invalid translation is never shown
        QCOMPARE(result.data.info.title, CaseLoader().load(minimalCase).data.info.title);
}

void TestCaseTranslation::missingTextsOncePerFile()
{
    const LoadResult result = CaseLoader().load(withTranslation(overlay({title, stepText})), u"de"_s);
    QMap<QString, Problem> missing;
    for (const Problem &p : result.problems) {
        if (p.code == u"missing-translation"_s) {
            QVERIFY2(!missing.contains(p.file), qPrintable(p.toString()));
            missing.insert(p.file, p);
        }
    }
    // Each file with untranslated words, at its first: the case's summary, the lesson's first chapter title.
    QCOMPARE(missing.value(u"case.json"_s).path, u"summary"_s);
    QCOMPARE(missing.value(u"case.json"_s).line, 6);
    QCOMPARE(missing.value(u"lesson.json"_s).path, u"chapters[0].title"_s);
    QVERIFY(missing.value(u"lesson.json"_s).warning);
    QVERIFY2(missing.value(u"lesson.json"_s).message.contains(u"German"_s), qPrintable(missing.value(u"lesson.json"_s).message));
    QVERIFY2(missing.value(u"lesson.json"_s).message.contains(u"more in this file"_s), qPrintable(missing.value(u"lesson.json"_s).message));
    for (const QString &file : {u"quiz.json"_s, u"claims.json"_s, u"timeline.json"_s, u"rubric.json"_s, u"articles/messenger-2024-03-04.json"_s})
        QVERIFY2(missing.contains(file), qPrintable(file));
    QVERIFY2(!missing.contains(u"actors.json"_s), "names need no translation");
    QVERIFY2(!missing.contains(u"sources.json"_s), "sources are not translated");
}

void TestCaseTranslation::onlyTranslationFilesAreRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("translation");
    QTest::addRow("de") << u"translations/de.json"_s << true;
    QTest::addRow("pt-BR") << u"translations/pt-BR.json"_s << true;
    QTest::addRow("nested") << u"translations/de/lesson.json"_s << false;
    QTest::addRow("not JSON") << u"translations/de.txt"_s << false;
    QTest::addRow("no language") << u"translations/.json"_s << false;
    QTest::addRow("upper case") << u"translations/DE.json"_s << false;
}

void TestCaseTranslation::onlyTranslationFilesAreRead()
{
    QFETCH(QString, name);
    QFETCH(bool, translation);
    QCOMPARE(CaseTranslations::isTranslationFile(name), translation);
    QCOMPARE(CaseWriter::isCaseJson(name), translation);
    PackFiles pack = PackReader().read(minimalCase);
    pack.files.insert(name, overlay({title}));
    const LoadResult result = CaseLoader().load(pack);
    const bool unexpected =
        std::any_of(result.problems.cbegin(), result.problems.cend(), [&](const Problem &p) { return p.code == u"unexpected-file"_s && p.file == name; });
    QCOMPARE(unexpected, !translation);
}

void TestCaseTranslation::shippedGermanIsComplete()
{
    const LoadResult english = CaseLoader().load(CaseLoader::defaultCasePath());
    QVERIFY(english.ok());
    for (const Problem &p : english.problems)
        QVERIFY2(!p.code.contains(u"translation"_s), qPrintable(p.toString()));
    QCOMPARE(english.data.translations.size(), 1);
    QCOMPARE(english.data.translations[0].language, u"de"_s);

    const LoadResult german = CaseLoader().load(CaseLoader::defaultCasePath(), u"de"_s);
    QCOMPARE(german.data.textLanguage, u"de"_s);
    QVERIFY(german.data.info.title != english.data.info.title);
    // Every step, question and claim a student sees is in German; the articles are as published.
    for (qsizetype c = 0; c < german.data.chapters.size(); ++c) {
        QVERIFY(german.data.chapters[c].title != english.data.chapters[c].title);
        for (qsizetype s = 0; s < german.data.chapters[c].steps.size(); ++s) {
            QVERIFY2(german.data.chapters[c].steps[s].title != english.data.chapters[c].steps[s].title, qPrintable(english.data.chapters[c].steps[s].title));
            QVERIFY(german.data.chapters[c].steps[s].text != english.data.chapters[c].steps[s].text);
        }
    }
    for (qsizetype i = 0; i < german.data.quizItems.size(); ++i)
        QVERIFY2(german.data.quizItems[i].prompt != english.data.quizItems[i].prompt, qPrintable(english.data.quizItems[i].id));
    for (qsizetype i = 0; i < german.data.claims.size(); ++i)
        QVERIFY2(german.data.claims[i].paraphrase != english.data.claims[i].paraphrase, qPrintable(english.data.claims[i].id));
    for (qsizetype i = 0; i < german.data.articles.size(); ++i)
        QCOMPARE(german.data.articles[i].paragraphs, english.data.articles[i].paragraphs);
}

QTEST_GUILESS_MAIN(TestCaseTranslation)
#include "tst_casetranslation.moc"
