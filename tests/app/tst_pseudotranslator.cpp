// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/pseudotranslator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPseudoTranslator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pseudo_data();
    void pseudo();
    void keepsWhatCodeReads_data();
    void keepsWhatCodeReads();
    void translatesEveryContext();
    void pluralFormsComeFromTheBase();
};

void TestPseudoTranslator::pseudo_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("accented");
    QTest::addRow("word") << u"Settings"_s << u"Šéţţîñĝš"_s;
    QTest::addRow("sentence") << u"Reset to defaults"_s << u"Ŕéšéţ ţö đéƒáûļţš"_s;
    QTest::addRow("digits and punctuation stay") << u"Step 3: done."_s << u"Šţéƥ 3: đöñé."_s;
    QTest::addRow("non-Latin stays") << u"→ Ω"_s << u"→ Ω"_s;
}

void TestPseudoTranslator::pseudo()
{
    QFETCH(QString, source);
    QFETCH(QString, accented);
    const QString out = PseudoTranslator::pseudo(source);
    QVERIFY2(out.startsWith(u'[') && out.endsWith(u']'), qPrintable(out));
    QVERIFY2(out.mid(1).startsWith(accented), qPrintable(out));
    // About 40% longer: at least a third, at most a half more, brackets included.
    if (source.size() >= 10) {
        QVERIFY2(out.size() >= source.size() * 4 / 3, qPrintable(out));
        QVERIFY2(out.size() <= source.size() * 3 / 2 + 1, qPrintable(out));
    }
}

void TestPseudoTranslator::keepsWhatCodeReads_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("kept");
    QTest::addRow("numbered placeholders") << u"Step %1 of %2"_s << QStringList{u"%1"_s, u"%2"_s};
    QTest::addRow("two-digit and localised") << u"%L1 of %12 points"_s << QStringList{u"%L1"_s, u"%12"_s};
    QTest::addRow("count") << u"%n claim(s), %Ln day(s)"_s << QStringList{u"%n "_s, u"%Ln "_s};
    QTest::addRow("percent sign alone") << u"50 % done"_s << QStringList{u"50 % "_s};
    QTest::addRow("mnemonic") << u"&Open a case"_s << QStringList{u"&O"_s};
    QTest::addRow("literal ampersand") << u"Q && A"_s << QStringList{u"&&"_s};
    QTest::addRow("tags and entities") << u"<b>Bold</b> &amp; <a href=\"x\">link</a>"_s
                                       << QStringList{u"<b>"_s, u"</b>"_s, u"&amp;"_s, u"<a href=\"x\">"_s, u"</a>"_s};
}

void TestPseudoTranslator::keepsWhatCodeReads()
{
    QFETCH(QString, source);
    QFETCH(QStringList, kept);
    const QString out = PseudoTranslator::pseudo(source);
    for (const QString &k : std::as_const(kept))
        QVERIFY2(out.contains(k), qPrintable(out + u" lacks "_s + k));
    // Nothing else of the Latin text is left unaccented, but the kept runs.
    QString rest = out;
    for (const QString &k : std::as_const(kept))
        rest.remove(k);
    QVERIFY2(!rest.contains(QRegularExpression(u"[A-Za-z]"_s)), qPrintable(rest));
}

void TestPseudoTranslator::translatesEveryContext()
{
    PseudoTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("AnyContext", "Open").first(5), u"[Öƥéñ"_s);
    QVERIFY(QCoreApplication::translate("Other", "Open", "verb").startsWith(u"[Öƥéñ"_s));
    // Qt puts the count in after the translator: "%n" must survive it.
    QVERIFY2(QCoreApplication::translate("Ctx", "%n hand(s)", nullptr, 3).startsWith(u"[3 ĥáñđ"_s), "the count is filled in");
    QCOMPARE(QCoreApplication::translate("Ctx", ""), QString());
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("AnyContext", "Open"), u"Open"_s);
}

void TestPseudoTranslator::pluralFormsComeFromTheBase()
{
    // The app's English plural forms, embedded by qt_add_translations.
    QTranslator english;
    QVERIFY(english.load(u"claimscope_en"_s, u":/claimscope/i18n"_s));
    PseudoTranslator translator;
    translator.setBase(&english);
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString one = QCoreApplication::translate("BlameView", "%Ln claim(s)", nullptr, 1);
    const QString two = QCoreApplication::translate("BlameView", "%Ln claim(s)", nullptr, 2);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QVERIFY2(one.startsWith(u"[1 çļáîɱ"_s) && !one.startsWith(u"[1 çļáîɱš"_s) && !one.contains(u'('), qPrintable(one));
    QVERIFY2(two.startsWith(u"[2 çļáîɱš"_s), qPrintable(two));
}

QTEST_GUILESS_MAIN(TestPseudoTranslator)
#include "tst_pseudotranslator.moc"
