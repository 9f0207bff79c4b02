// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// AppSettings over a temporary INI file: defaults, a round trip through the
// file, and hand-edited or corrupt values that must never break the app.
class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;

    /// A fresh settings file holding `text`, as a person might have edited it.
    QString writeFile(const QByteArray &text)
    {
        const QString path = m_dir.filePath(u"settings-%1.conf"_s.arg(++m_file));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static void expectNoWarning() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTest"_s);
        QCoreApplication::setApplicationName(u"tst_appsettings"_s);
    }

    void defaults_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("no file content") << QByteArray();
        QTest::addRow("other keys only") << QByteArray("[window]\nwidth=1280\n");
        QTest::addRow("empty group") << QByteArray("[display]\n");
    }
    void defaults()
    {
        QFETCH(QByteArray, text);
        expectNoWarning();
        const AppSettings settings(writeFile(text));
        QCOMPARE(settings.fontScale(), 1.0);
        QCOMPARE(settings.theme(), u"light"_s);
        QCOMPARE(settings.reducedMotion(), false);
        QCOMPARE(settings.boosterDelayDays(), 2);
        QCOMPARE(settings.themes(), (QStringList{u"light"_s, u"dark"_s, u"contrast"_s}));
    }

    void roundTrip_data()
    {
        QTest::addColumn<double>("fontScale");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<bool>("reducedMotion");
        QTest::addColumn<int>("boosterDelayDays");
        QTest::addRow("smallest") << 0.75 << u"light"_s << false << 0;
        QTest::addRow("projector") << 1.5 << u"contrast"_s << true << 2;
        QTest::addRow("largest, dark") << 2.0 << u"dark"_s << true << 30;
        QTest::addRow("odd step") << 1.15 << u"dark"_s << false << 7;
    }
    void roundTrip()
    {
        QFETCH(double, fontScale);
        QFETCH(QString, theme);
        QFETCH(bool, reducedMotion);
        QFETCH(int, boosterDelayDays);
        expectNoWarning();
        const QString path = writeFile({});
        {
            AppSettings settings(path);
            settings.setFontScale(fontScale);
            settings.setTheme(theme);
            settings.setReducedMotion(reducedMotion);
            settings.setBoosterDelayDays(boosterDelayDays);
        }
        const AppSettings reread(path);
        QCOMPARE(reread.fontScale(), fontScale);
        QCOMPARE(reread.theme(), theme);
        QCOMPARE(reread.reducedMotion(), reducedMotion);
        QCOMPARE(reread.boosterDelayDays(), boosterDelayDays);
    }

    // Each bad value falls back to the default or the nearest allowed value,
    // with one warning naming the key; the other values are unaffected.
    void badValues_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("warnedKey"); // empty: no warning expected
        QTest::addColumn<double>("fontScale");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<bool>("reducedMotion");
        QTest::addColumn<int>("boosterDelayDays");

        QTest::addRow("font scale too large") << QByteArray("[display]\nfontScale=5\ntheme=dark\n") << u"display/fontScale"_s << 2.0 << u"dark"_s << false << 2;
        QTest::addRow("font scale too small") << QByteArray("[display]\nfontScale=0.1\n") << u"display/fontScale"_s << 0.75 << u"light"_s << false << 2;
        QTest::addRow("font scale negative") << QByteArray("[display]\nfontScale=-1.5\n") << u"display/fontScale"_s << 0.75 << u"light"_s << false << 2;
        QTest::addRow("font scale not a number") << QByteArray("[display]\nfontScale=huge\nreducedMotion=true\n") << u"display/fontScale"_s << 1.0 << u"light"_s
                                                 << true << 2;
        QTest::addRow("font scale nan") << QByteArray("[display]\nfontScale=nan\n") << u"display/fontScale"_s << 1.0 << u"light"_s << false << 2;
        QTest::addRow("font scale inf") << QByteArray("[display]\nfontScale=inf\n") << u"display/fontScale"_s << 1.0 << u"light"_s << false << 2;
        QTest::addRow("font scale in range") << QByteArray("[display]\nfontScale=1.25\n") << QString() << 1.25 << u"light"_s << false << 2;
        QTest::addRow("theme unknown") << QByteArray("[display]\ntheme=purple\nfontScale=1.5\n") << u"display/theme"_s << 1.5 << u"light"_s << false << 2;
        QTest::addRow("theme wrong case") << QByteArray("[display]\ntheme=Dark\n") << u"display/theme"_s << 1.0 << u"light"_s << false << 2;
        QTest::addRow("theme empty") << QByteArray("[display]\ntheme=\n") << u"display/theme"_s << 1.0 << u"light"_s << false << 2;
        QTest::addRow("theme contrast") << QByteArray("[display]\ntheme=contrast\n") << QString() << 1.0 << u"contrast"_s << false << 2;
        QTest::addRow("reduced motion not a boolean") << QByteArray("[display]\nreducedMotion=maybe\n") << u"display/reducedMotion"_s << 1.0 << u"light"_s
                                                      << false << 2;
        QTest::addRow("reduced motion as 1") << QByteArray("[display]\nreducedMotion=1\n") << QString() << 1.0 << u"light"_s << true << 2;
        QTest::addRow("booster negative") << QByteArray("[booster]\ndelayDays=-3\n") << u"booster/delayDays"_s << 1.0 << u"light"_s << false << 0;
        QTest::addRow("booster too long") << QByteArray("[booster]\ndelayDays=365\n") << u"booster/delayDays"_s << 1.0 << u"light"_s << false << 30;
        QTest::addRow("booster fraction") << QByteArray("[booster]\ndelayDays=2.5\n") << u"booster/delayDays"_s << 1.0 << u"light"_s << false << 2;
        QTest::addRow("booster words") << QByteArray("[booster]\ndelayDays=two\n") << u"booster/delayDays"_s << 1.0 << u"light"_s << false << 2;
        QTest::addRow("booster zero") << QByteArray("[booster]\ndelayDays=0\n") << QString() << 1.0 << u"light"_s << false << 0;
    }
    void badValues()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, warnedKey);
        QFETCH(double, fontScale);
        QFETCH(QString, theme);
        QFETCH(bool, reducedMotion);
        QFETCH(int, boosterDelayDays);

        if (warnedKey.isEmpty())
            expectNoWarning();
        else
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(warnedKey)));
        const AppSettings settings(writeFile(text));
        QCOMPARE(settings.fontScale(), fontScale);
        QCOMPARE(settings.theme(), theme);
        QCOMPARE(settings.reducedMotion(), reducedMotion);
        QCOMPARE(settings.boosterDelayDays(), boosterDelayDays);
    }

    void corruptFileGivesDefaults_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("binary garbage") << QByteArray("\x00\xff\xfe[[[\x01=\x02\n\xc3\x28", 12);
        QTest::addRow("cut off mid-key") << QByteArray("[display]\nfontSc");
        QTest::addRow("no equals signs") << QByteArray("fontScale 1.5\ntheme dark\n");
    }
    void corruptFileGivesDefaults()
    {
        QFETCH(QByteArray, text);
        const AppSettings settings(writeFile(text));
        QCOMPARE(settings.fontScale(), 1.0);
        QCOMPARE(settings.theme(), u"light"_s);
        QCOMPARE(settings.reducedMotion(), false);
        QCOMPARE(settings.boosterDelayDays(), 2);
    }

    void settersClamp_data()
    {
        QTest::addColumn<double>("requestedScale");
        QTest::addColumn<double>("fontScale");
        QTest::addColumn<int>("requestedDays");
        QTest::addColumn<int>("days");
        QTest::addRow("below") << 0.2 << 0.75 << -1 << 0;
        QTest::addRow("above") << 9.0 << 2.0 << 31 << 30;
        QTest::addRow("inside") << 1.3 << 1.3 << 14 << 14;
    }
    void settersClamp()
    {
        QFETCH(double, requestedScale);
        QFETCH(double, fontScale);
        QFETCH(int, requestedDays);
        QFETCH(int, days);
        const QString path = writeFile({});
        AppSettings settings(path);
        settings.setFontScale(requestedScale);
        settings.setBoosterDelayDays(requestedDays);
        QCOMPARE(settings.fontScale(), fontScale);
        QCOMPARE(settings.boosterDelayDays(), days);
        const AppSettings reread(path);
        QCOMPARE(reread.fontScale(), fontScale);
        QCOMPARE(reread.boosterDelayDays(), days);
    }

    void unknownThemeIsRefused()
    {
        AppSettings settings(writeFile("[display]\ntheme=dark\n"));
        QSignalSpy changed(&settings, &AppSettings::themeChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown theme.*sepia"_s));
        settings.setTheme(u"sepia"_s);
        QCOMPARE(settings.theme(), u"dark"_s);
        QCOMPARE(changed.count(), 0);
    }

    void signalsOnlyOnChange()
    {
        AppSettings settings(writeFile({}));
        QSignalSpy theme(&settings, &AppSettings::themeChanged);
        QSignalSpy scale(&settings, &AppSettings::fontScaleChanged);
        QSignalSpy motion(&settings, &AppSettings::reducedMotionChanged);
        QSignalSpy booster(&settings, &AppSettings::boosterDelayDaysChanged);
        settings.setTheme(u"light"_s);
        settings.setFontScale(1.0);
        settings.setReducedMotion(false);
        settings.setBoosterDelayDays(2);
        QCOMPARE(theme.count() + scale.count() + motion.count() + booster.count(), 0);
        settings.setTheme(u"contrast"_s);
        settings.setFontScale(1.5);
        settings.setReducedMotion(true);
        settings.setBoosterDelayDays(3);
        QCOMPARE(theme.count(), 1);
        QCOMPARE(scale.count(), 1);
        QCOMPARE(motion.count(), 1);
        QCOMPARE(booster.count(), 1);
    }

    // --theme and --font-scale: used for this run, never written.
    void overridesAreNotSaved_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<double>("fontScale");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("dark at 1.5") << u"dark"_s << 1.5 << true;
        QTest::addRow("contrast at 2") << u"contrast"_s << 2.0 << true;
        QTest::addRow("unknown theme, scale too small") << u"neon"_s << 0.5 << false;
        QTest::addRow("scale too large") << u"LIGHT"_s << 3.0 << false;
    }
    void overridesAreNotSaved()
    {
        QFETCH(QString, theme);
        QFETCH(double, fontScale);
        QFETCH(bool, accepted);
        const QString path = writeFile("[display]\ntheme=light\nfontScale=1.25\n");
        AppSettings settings(path);
        QSignalSpy themeChanged(&settings, &AppSettings::themeChanged);
        QCOMPARE(settings.overrideTheme(theme), accepted);
        QCOMPARE(settings.overrideFontScale(fontScale), accepted);
        QCOMPARE(settings.theme(), accepted ? theme : u"light"_s);
        QCOMPARE(settings.fontScale(), accepted ? fontScale : 1.25);
        QCOMPARE(themeChanged.count(), accepted ? 1 : 0);

        const AppSettings reread(path);
        QCOMPARE(reread.theme(), u"light"_s);
        QCOMPARE(reread.fontScale(), 1.25);

        // Choosing a value in the app replaces the override and is saved.
        settings.setTheme(u"dark"_s);
        QCOMPARE(settings.theme(), u"dark"_s);
        QCOMPARE(AppSettings(path).theme(), u"dark"_s);
    }

    void resetToDefaults()
    {
        const QString path = writeFile("[display]\ntheme=contrast\nfontScale=1.75\nreducedMotion=true\n[booster]\ndelayDays=9\n");
        AppSettings settings(path);
        settings.overrideTheme(u"dark"_s);
        settings.resetToDefaults();
        QCOMPARE(settings.theme(), u"light"_s);
        QCOMPARE(settings.fontScale(), 1.0);
        QCOMPARE(settings.reducedMotion(), false);
        QCOMPARE(settings.boosterDelayDays(), 2);
        const AppSettings reread(path);
        QCOMPARE(reread.theme(), u"light"_s);
        QCOMPARE(reread.fontScale(), 1.0);
        QCOMPARE(reread.reducedMotion(), false);
        QCOMPARE(reread.boosterDelayDays(), 2);
    }

    // The default constructor uses the application's settings (here the
    // QStandardPaths test location, never the user's own file).
    void applicationSettings()
    {
        QSettings().clear();
        {
            AppSettings settings;
            QCOMPARE(settings.theme(), u"light"_s);
            settings.setTheme(u"contrast"_s);
        }
        QCOMPARE(QSettings().value(u"display/theme"_s).toString(), u"contrast"_s);
        QCOMPARE(AppSettings().theme(), u"contrast"_s);
        QSettings().clear();
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
