// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caseloader.h"
#include "case/vocabulary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

class TestCaseLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultCaseIsValid_data();
    void defaultCaseIsValid();
    void defaultCaseArticles_data();
    void defaultCaseArticles();
    void statuses_data();
    void statuses();
    void statusTableIsTheVocabulary();
};

void TestCaseLoader::defaultCaseIsValid_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("folder") << QStringLiteral(CONTENT_DIR "/sony-hack");
    QTest::addRow("embedded") << CaseLoader::defaultCasePath();
}

void TestCaseLoader::defaultCaseIsValid()
{
    QFETCH(QString, path);
    const LoadResult result = CaseLoader().load(path);
    QStringList problems;
    for (const Problem &p : result.problems)
        problems << p.toString();
    QVERIFY2(result.ok(), qPrintable(problems.join(u'\n')));
    QCOMPARE(result.data.info.id, u"sony-hack"_s);
    QCOMPARE(result.data.info.periodStart, QDate(2014, 6, 25));
}

void TestCaseLoader::defaultCaseArticles_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<bool>("inferred");
    QTest::addRow("guardian") << u"guardian-2014-12-22"_s << u"The Guardian"_s << QDate(2014, 12, 22) << false << false;
    QTest::addRow("scmp") << u"scmp-2014-12-18"_s << u"South China Morning Post"_s << QDate(2014, 12, 18) << true << false;
    QTest::addRow("inquisitr") << u"inquisitr-2014-12-25"_s << u"Inquisitr"_s << QDate(2014, 12, 25) << true << false;
    QTest::addRow("gulfnews") << u"gulfnews-2014-12-18"_s << u"Gulf News"_s << QDate(2014, 12, 18) << true << false;
}

void TestCaseLoader::defaultCaseArticles()
{
    QFETCH(QString, id);
    QFETCH(QString, outlet);
    QFETCH(QDate, date);
    QFETCH(bool, approximate);
    QFETCH(bool, inferred);
    const LoadResult result = CaseLoader().load(CaseLoader::defaultCasePath());
    QCOMPARE(result.data.articles.size(), 4);
    const Article *article = result.data.article(id);
    QVERIFY2(article, qPrintable(id));
    QCOMPARE(article->outlet, outlet);
    QCOMPARE(article->date.date, date);
    QCOMPARE(article->date.precision == DatePrecision::Approximate, approximate);
    QCOMPARE(article->outletInferred, inferred);
    QVERIFY(article->excerpt);
    QVERIFY(!article->copyright.isEmpty());
    QVERIFY(article->paragraphs.size() >= 3);
}

void TestCaseLoader::statuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("label");
    QTest::addRow("confirmed") << u"confirmed"_s << u"Confirmed by the later record"_s;
    QTest::addRow("supported-later") << u"supported-later"_s << u"Supported by later public evidence"_s;
    QTest::addRow("charged") << u"charged"_s << u"Later charged in court — charges, not a verdict"_s;
    QTest::addRow("maintained") << u"maintained"_s << u"Official position; its evidence not made public"_s;
    QTest::addRow("disputed") << u"disputed"_s << u"Disputed at the time"_s;
    QTest::addRow("contradicted") << u"contradicted"_s << u"Contradicted later"_s;
    QTest::addRow("unresolved") << u"unresolved"_s << u"Still unresolved"_s;
    QTest::addRow("opinion") << u"opinion"_s << u"A judgement, not a checkable fact"_s;
}

void TestCaseLoader::statuses()
{
    QFETCH(QString, status);
    QFETCH(QString, label);
    QVERIFY(Vocabulary::establishedStatuses().contains(status));
    QCOMPARE(Vocabulary::statusLabel(status), label);
    QVERIFY(Vocabulary::statusDescription(status).endsWith(u'.'));
}

void TestCaseLoader::statusTableIsTheVocabulary()
{
    QCOMPARE(Vocabulary::establishedStatuses().size(), 8);
    QCOMPARE(Vocabulary::statusLabel(u"no-such-status"_s), u"no-such-status"_s);
    QVERIFY(Vocabulary::statusDescription(u"no-such-status"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestCaseLoader)
#include "tst_caseloader.moc"
