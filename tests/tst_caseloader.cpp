// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseloader.h"

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
    QTest::addRow("gulfnews") << u"gulfnews-2014-12-18"_s << u"Gulf News"_s << QDate(2014, 12, 18) << true << true;
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

QTEST_GUILESS_MAIN(TestCaseLoader)
#include "tst_caseloader.moc"
