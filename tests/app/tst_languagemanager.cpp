// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blame/blameview.h"
#include "case/caselibrary.h"
#include "claims/claimmodel.h"
#include "common/dayaxis.h"
#include "coverage/coverageview.h"
#include "settings/appsettings.h"
#include "settings/languagemanager.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void normalize_data();
    void normalize();
    void systemLanguage_data();
    void systemLanguage();
    void switches_data();
    void switches();
    void pseudoTranslatesEverything();
    void unknownCodeChangesNothing();
    void followsAndRemembersTheSetting();
    void overrideIsNotSaved();
    void choicesNameEachLanguageInItself();
    void viewsFollowTheLanguage();

private:
    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(u"settings.ini"_s); }
};

void TestLanguageManager::init()
{
    QFile::remove(settingsFile());
}

void TestLanguageManager::normalize_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << u"de"_s << u"de"_s;
    QTest::addRow("with region") << u"de_AT"_s << u"de"_s;
    QTest::addRow("BCP 47, upper case") << u"FR-ca"_s << u"fr"_s;
    QTest::addRow("Arabic of Egypt") << u"ar-EG"_s << u"ar"_s;
    QTest::addRow("English of Britain") << u"en_GB"_s << u"en"_s;
    QTest::addRow("pseudo") << u" Pseudo "_s << u"pseudo"_s;
    QTest::addRow("not offered") << u"ja"_s << QString();
    QTest::addRow("garbage") << u"d"_s << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestLanguageManager::normalize()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::normalize(code), expected);
}

void TestLanguageManager::systemLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addRow("German of Switzerland") << u"de_CH"_s << u"de"_s;
    QTest::addRow("French of Canada") << u"fr_CA"_s << u"fr"_s;
    QTest::addRow("Spanish of Mexico") << u"es_MX"_s << u"es"_s;
    QTest::addRow("Arabic of Morocco") << u"ar_MA"_s << u"ar"_s;
    QTest::addRow("Japanese: English") << u"ja_JP"_s << u"en"_s;
    QTest::addRow("C: English") << u"C"_s << u"en"_s;
}

void TestLanguageManager::systemLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::systemLanguage(QLocale(locale)), expected);
}

void TestLanguageManager::switches_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    // A text from Qt's own translations (qtbase_xx), as standard dialogs show it.
    QTest::addColumn<QString>("cancel");
    QTest::addRow("German") << u"de"_s << QLocale::German << Qt::LeftToRight << u"Abbrechen"_s;
    QTest::addRow("Spanish") << u"es"_s << QLocale::Spanish << Qt::LeftToRight << u"Cancelar"_s;
    QTest::addRow("French") << u"fr"_s << QLocale::French << Qt::LeftToRight << u"Annuler"_s;
    QTest::addRow("Arabic") << u"ar"_s << QLocale::Arabic << Qt::RightToLeft << u"ألغِ"_s;
    QTest::addRow("English") << u"en"_s << QLocale::English << Qt::LeftToRight << u"Cancel"_s;
}

void TestLanguageManager::switches()
{
    QFETCH(QString, code);
    QFETCH(QLocale::Language, language);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(QString, cancel);
    AppSettings settings(settingsFile());
    LanguageManager manager(&settings, nullptr);
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    const int before = manager.revision();
    // From another language, so that every row is a switch.
    QVERIFY(manager.apply(code == u"fr"_s ? u"es"_s : u"fr"_s));
    QVERIFY(manager.apply(code));
    QCOMPARE(manager.language(), code);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(manager.revision(), before + 2);
    QCOMPARE(QLocale().language(), language);
    QCOMPARE(QGuiApplication::layoutDirection(), direction);
    QCOMPARE(manager.rightToLeft(), direction == Qt::RightToLeft);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    const QStringList installed = manager.installedTranslations();
    QVERIFY2(installed.contains(u":/claimscope/i18n/claimscope_en.qm"_s), qPrintable(installed.join(u' ')));
    if (code != u"en"_s) {
        QVERIFY2(installed.contains(u":/claimscope/i18n/claimscope_"_s + code + u".qm"_s), qPrintable(installed.join(u' ')));
        QVERIFY2(installed.filter(u"/qtbase_"_s + code + u".qm"_s).size() == 1, qPrintable(installed.join(u' ')));
    } else {
        QCOMPARE(installed.size(), 1);
    }
}

void TestLanguageManager::pseudoTranslatesEverything()
{
    AppSettings settings(settingsFile());
    LanguageManager manager(&settings, nullptr);
    QVERIFY(manager.apply(u"pseudo"_s));
    QVERIFY(QCoreApplication::translate("HomePage", "Settings").startsWith(u"[Šéţţîñĝš"_s));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QVERIFY(manager.apply(u"en"_s));
    QCOMPARE(QCoreApplication::translate("HomePage", "Settings"), u"Settings"_s);
    // The English plural forms stay installed in every language.
    QCOMPARE(QCoreApplication::translate("BlameView", "%Ln claim(s)", nullptr, 1), u"1 claim"_s);
    QCOMPARE(QCoreApplication::translate("BlameView", "%Ln claim(s)", nullptr, 4), u"4 claims"_s);
}

void TestLanguageManager::unknownCodeChangesNothing()
{
    AppSettings settings(settingsFile());
    LanguageManager manager(&settings, nullptr);
    QVERIFY(manager.apply(u"es"_s));
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown language"_s));
    QVERIFY(!manager.apply(u"klingon"_s));
    QCOMPARE(manager.language(), u"es"_s);
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QCOMPARE(changed.count(), 0);
}

void TestLanguageManager::followsAndRemembersTheSetting()
{
    {
        AppSettings settings(settingsFile());
        QCOMPARE(settings.language(), QString()); // the system's by default
        LanguageManager manager(&settings, nullptr);
        QCOMPARE(manager.language(), LanguageManager::systemLanguage(QLocale::system()));
        settings.setLanguage(u"ar"_s);
        QCOMPARE(manager.language(), u"ar"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    }
    AppSettings reopened(settingsFile());
    QCOMPARE(reopened.language(), u"ar"_s);
    LanguageManager manager(&reopened, nullptr);
    QCOMPARE(manager.language(), u"ar"_s);
    reopened.setLanguage(QString());
    QCOMPARE(manager.language(), LanguageManager::systemLanguage(QLocale::system()));
}

void TestLanguageManager::overrideIsNotSaved()
{
    AppSettings settings(settingsFile());
    settings.setLanguage(u"fr"_s);
    LanguageManager manager(&settings, nullptr);
    QVERIFY(settings.overrideLanguage(u"de_DE"_s));
    QCOMPARE(manager.language(), u"de"_s);
    QVERIFY(!settings.overrideLanguage(u"xx"_s));
    QCOMPARE(manager.language(), u"de"_s);
    QCOMPARE(AppSettings(settingsFile()).language(), u"fr"_s);
}

void TestLanguageManager::choicesNameEachLanguageInItself()
{
    QStringList names;
    for (const QVariant &choice : LanguageManager::choices())
        names << choice.toMap().value(u"name"_s).toString();
    QCOMPARE(names, (QStringList{u"English"_s, u"Deutsch"_s, u"Español"_s, u"Français"_s, u"العربية"_s, u"Pseudo (testing)"_s}));
}

// What C++ writes (dates, counts, the headline, a time axis's labels) is
// written again when the language changes, not at the next date change.
void TestLanguageManager::viewsFollowTheLanguage()
{
    AppSettings settings(settingsFile());
    LanguageManager manager(&settings, nullptr);
    QVERIFY(manager.apply(u"en"_s));
    CaseLibrary library;
    QVERIFY(library.openDefault());
    BlameView &blame = *library.blame();
    CoverageView &coverage = *library.coverage();
    const QDate day = blame.lastDate().addDays(-30);
    blame.setCutoff(day);
    coverage.setCutoff(day);
    DayAxis axis;
    axis.setFirstDate(coverage.firstDate());
    axis.setDayCount(coverage.dayCount());
    axis.setTickCount(6);
    const QString blameDate = blame.cutoffText(), coverageDate = coverage.cutoffText(), count = blame.claimCountText();
    const QString headline = blame.headline(), known = coverage.knownAsOfText();
    QStringList ticks;
    for (const DayAxisTick &t : axis.ticks())
        ticks << t.label;
    QVERIFY(!headline.isEmpty() && !ticks.isEmpty());
    QCOMPARE(blameDate, QLocale(QLocale::English).toString(day, u"d MMMM yyyy"_s));

    QSignalSpy blameCutoff(&blame, &BlameView::cutoffChanged), blameHeadline(&blame, &BlameView::headlineChanged);
    QSignalSpy coverageCutoff(&coverage, &CoverageView::cutoffChanged), axisChanged(&axis, &DayAxis::changed);
    QSignalSpy claims(library.claims(), &ClaimModel::dataChanged);
    QVERIFY(manager.apply(u"de"_s));
    QCOMPARE(blame.cutoff(), day); // the same day, in other words
    QVERIFY(blameCutoff.count() >= 1 && blameHeadline.count() >= 1 && coverageCutoff.count() >= 1 && axisChanged.count() >= 1 && claims.count() >= 1);
    const QString month = QLocale(QLocale::German).standaloneMonthName(day.month());
    QVERIFY2(blame.cutoffText() != blameDate && blame.cutoffText().contains(month), qPrintable(blame.cutoffText()));
    QVERIFY2(coverage.cutoffText() != coverageDate, qPrintable(coverage.cutoffText()));
    QVERIFY2(blame.claimCountText() != count, qPrintable(blame.claimCountText()));
    QVERIFY2(blame.headline() != headline, qPrintable(blame.headline()));
    QVERIFY2(coverage.knownAsOfText() != known, qPrintable(coverage.knownAsOfText()));
    QStringList germanTicks;
    for (const DayAxisTick &t : axis.ticks())
        germanTicks << t.label;
    QVERIFY2(germanTicks != ticks, qPrintable(germanTicks.join(u" | "_s)));

    QVERIFY(manager.apply(u"en"_s));
    QCOMPARE(blame.cutoffText(), blameDate);
    QCOMPARE(blame.headline(), headline);
}

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
