// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Pack text next to the app's own words (Claimscope::PackText), the
// offline network guard of the QML engine, and opening a source's web
// address only when asked and only for http and https.
#include "common/offlinenetwork.h"
#include "common/packtext.h"
#include "common/packtextformat.h"
#include "common/webaddress.h"

#include <QDesktopServices>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {
const QString fsi(QChar(0x2068));
const QString pdi(QChar(0x2069));
QString u(char16_t c)
{
    return QString(QChar(c));
}
} // namespace

class TestPackText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isolated_data();
    void isolated();
    void rich_data();
    void rich();
    void plainFillsInOnePass();
    void spoken_data();
    void spoken();
    void spokenKeepsPackTextLiteral();
    void detectors_data();
    void detectors();
    void networkGuard_data();
    void networkGuard();
    void webAddress_data();
    void webAddress();
};

/// Stands in for the desktop's browser: records what it was asked to open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void handle(const QUrl &url) { opened << url; }
};

void TestPackText::isolated_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << u"North Korea"_s << fsi + u"North Korea"_s + pdi;
    QTest::addRow("empty") << QString() << fsi + pdi;
    QTest::addRow("override is closed by the isolate") << u"ab"_s + u(0x202E) + u"cd"_s << fsi + u"ab"_s + u(0x202E) + u"cd"_s + pdi;
    QTest::addRow("stray terminator dropped") << u"ab"_s + pdi + u(0x202E) + u"cd"_s << fsi + u"ab"_s + u(0x202E) + u"cd"_s + pdi;
    QTest::addRow("open isolate closed") << u"ab"_s + u(0x2067) + u"cd"_s << fsi + u"ab"_s + u(0x2067) + u"cd"_s + pdi + pdi;
    QTest::addRow("balanced isolate kept") << u(0x2066) + u"x"_s + pdi << fsi + u(0x2066) + u"x"_s + pdi + pdi;
    QTest::addRow("isolates end with the paragraph") << u(0x2067) + u"a\nb"_s << fsi + u(0x2067) + u"a"_s + pdi + u"\nb"_s + pdi;
    QTest::addRow("arabic") << u"كوريا الشمالية"_s << fsi + u"كوريا الشمالية"_s + pdi;
}

void TestPackText::isolated()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PackText::isolated(text), expected);
}

void TestPackText::rich_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::addRow("tags escaped") << u"<b>%1</b>"_s << QStringList{u"<img src=http://x/y.png>"_s}
                                  << u"<b>"_s + fsi + u"&lt;img src=http://x/y.png&gt;"_s + pdi + u"</b>"_s;
    QTest::addRow("less-than and ampersand") << u"%1"_s << QStringList{u"x < y & z"_s} << fsi + u"x &lt; y &amp; z"_s + pdi;
    QTest::addRow("quotes escaped") << u"<a title=\"%1\">"_s << QStringList{u"\" onclick=\"x"_s}
                                    << u"<a title=\""_s + fsi + u"&quot; onclick=&quot;x"_s + pdi + u"\">"_s;
    QTest::addRow("one pass: a placeholder inside an argument stays")
        << u"%1 and %2"_s << QStringList{u"50%2"_s, u"b"_s} << fsi + u"50%2"_s + pdi + u" and "_s + fsi + u"b"_s + pdi;
    QTest::addRow("line breaks kept") << u"%1"_s << QStringList{u"a\nb"_s} << fsi + u"a<br>b"_s + pdi;
    QTest::addRow("missing argument stays") << u"%1 %3"_s << QStringList{u"a"_s} << fsi + u"a"_s + pdi + u" %3"_s;
    QTest::addRow("percent without digit") << u"100% %1"_s << QStringList{u"a"_s} << u"100% "_s + fsi + u"a"_s + pdi;
    QTest::addRow("two-digit placeholder") << u"%10"_s << QStringList(10, u"x"_s) << fsi + u"x"_s + pdi;
}

void TestPackText::rich()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QCOMPARE(PackText::rich(pattern, args), expected);
}

void TestPackText::plainFillsInOnePass()
{
    QCOMPARE(PackText::plain(u"%1 → %2"_s, {u"<b>%2</b>"_s, u"B"_s}), fsi + u"<b>%2</b>"_s + pdi + u" → "_s + fsi + u"B"_s + pdi);
    QCOMPARE(PackText::escapedRun(u"a<b>"_s), u"a&lt;b&gt;"_s);
    QCOMPARE(PackText::isolatedMarkup(u"<u>x</u>"_s), fsi + u"<u>x</u>"_s + pdi);
}

void TestPackText::spoken_data()
{
    QTest::addColumn<QString>("styled");
    QTest::addColumn<QString>("expected");
    QTest::addRow("bold word") << u"<b>Next</b> → step 2"_s << u"Next → step 2"_s;
    QTest::addRow("colour chip") << u"<font color=\"#2e8b3a\">■</font> named person 39"_s << u"■ named person 39"_s;
    QTest::addRow("line break") << u"<b>Correction:</b> a<br><i>Sources: b</i>"_s << u"Correction: a Sources: b"_s;
    QTest::addRow("self-closing break") << u"a<BR/>b"_s << u"a b"_s;
    QTest::addRow("escaped pack markup reads as written") << u"&lt;b&gt;x&lt;/b&gt; &amp; y"_s << u"<b>x</b> & y"_s;
    QTest::addRow("plain") << u"Now: held"_s << u"Now: held"_s;
    QTest::addRow("empty") << QString() << QString();
}

void TestPackText::spoken()
{
    QFETCH(QString, styled);
    QFETCH(QString, expected);
    QCOMPARE(PackTextFormat::spoken(styled), expected);
}

void TestPackText::spokenKeepsPackTextLiteral()
{
    // Pack text that looks like markup is escaped by rich() and spoken as written.
    const QString styled = PackTextFormat::rich(u"<b>%1</b> blames %2"_s, {u"<i>A</i>"_s, u"B"_s});
    QCOMPARE(PackTextFormat::spoken(styled), fsi + u"<i>A</i>"_s + pdi + u" blames "_s + fsi + u"B"_s + pdi);
}

void TestPackText::detectors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("markup");
    QTest::addColumn<bool>("bidi");
    QTest::addRow("plain") << u"North Korea denied it"_s << false << false;
    QTest::addRow("comparison") << u"if x < y and y > z"_s << false << false;
    QTest::addRow("img") << u"a <img src=x>"_s << true << false;
    QTest::addRow("IMG upper case") << u"<IMG SRC=x>"_s << true << false;
    QTest::addRow("link") << u"<a href=\"x\">y</a>"_s << true << false;
    QTest::addRow("style") << u"<style>p{}</style>"_s << true << false;
    QTest::addRow("span") << u"<span style=x>y</span>"_s << true << false;
    QTest::addRow("bold") << u"<b>bold</b>"_s << true << false;
    QTest::addRow("word after less-than") << u"a <about> b"_s << false << false;
    QTest::addRow("arrow") << u"<- back"_s << false << false;
    QTest::addRow("RLO") << u"abc"_s + u(0x202E) << false << true;
    QTest::addRow("LRE") << u(0x202A) + u"x"_s << false << true;
    QTest::addRow("FSI") << u(0x2068) + u"x"_s << false << true;
    QTest::addRow("PDI") << u"x"_s + u(0x2069) << false << true;
    QTest::addRow("RLM is ordinary") << u"x"_s + u(0x200F) << false << false;
    QTest::addRow("arabic") << u"كوريا الشمالية"_s << false << false;
}

void TestPackText::detectors()
{
    QFETCH(QString, text);
    QFETCH(bool, markup);
    QFETCH(bool, bidi);
    QCOMPARE(PackText::looksLikeMarkup(text), markup);
    QCOMPARE(PackText::hasBidiControls(text), bidi);
}

void TestPackText::networkGuard_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("http") << u"http://127.0.0.1:9/i.png"_s << false;
    QTest::addRow("https") << u"https://example.org/x.png"_s << false;
    QTest::addRow("ftp") << u"ftp://example.org/x"_s << false;
    QTest::addRow("file") << u"file:///etc/passwd"_s << false;
    QTest::addRow("data") << u"data:image/png;base64,iVBORw0KGgo="_s << false;
    QTest::addRow("unknown scheme") << u"gopher://x/y"_s << false;
    QTest::addRow("relative") << u"i.png"_s << false;
    QTest::addRow("qrc") << u"qrc:/claimscope/cases/default/case.json"_s << true;
}

void TestPackText::networkGuard()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(OfflineNetworkAccessManager::isAllowed(QUrl(url)), allowed);

    OfflineNetworkAccessManager manager;
    if (!allowed)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^refused a request for "_s));
    QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(url)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000) || reply->isFinished());
    QCOMPARE(reply->error() == QNetworkReply::NoError, allowed);
    QCOMPARE(manager.refusedCount(), allowed ? 0 : 1);
    if (allowed)
        QVERIFY(reply->readAll().contains("\"formatVersion\""));
    else
        QCOMPARE(reply->error(), QNetworkReply::ContentAccessDenied);
    reply->deleteLater();
}

void TestPackText::webAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("site"); // "" when it must not open
    QTest::addRow("https") << u"https://www.theguardian.com/world/2014/dec/22/x"_s << u"www.theguardian.com"_s;
    QTest::addRow("http") << u"http://variety.com/2014/film/x/"_s << u"variety.com"_s;
    QTest::addRow("look-alike letters shown as xn--") << u"https://ex\u0430mple.com/"_s << u"xn--exmple-4nf.com"_s;
    QTest::addRow("javascript") << u"javascript:alert(1)"_s << QString();
    QTest::addRow("file") << u"file:///etc/passwd"_s << QString();
    QTest::addRow("data") << u"data:text/html,<b>x</b>"_s << QString();
    QTest::addRow("mailto") << u"mailto:someone@example.org"_s << QString();
    QTest::addRow("ftp") << u"ftp://example.org/x"_s << QString();
    QTest::addRow("custom scheme") << u"steam://run/1"_s << QString();
    QTest::addRow("no host") << u"https:///path"_s << QString();
    QTest::addRow("relative") << u"www.example.org"_s << QString();
    QTest::addRow("leading space") << u" https://example.org/"_s << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestPackText::webAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, site);
    QCOMPARE(WebAddress::canOpen(address), !site.isEmpty());
    QCOMPARE(WebAddress::site(address), site);

    UrlRecorder browser;
    for (const QString &scheme : {u"http"_s, u"https"_s, u"file"_s, u"javascript"_s, u"data"_s, u"mailto"_s, u"ftp"_s, u"steam"_s})
        QDesktopServices::setUrlHandler(scheme, &browser, "handle");
    QCOMPARE(WebAddress::open(address), !site.isEmpty());
    QCOMPARE(browser.opened.size(), site.isEmpty() ? 0 : 1);
    if (!site.isEmpty())
        QCOMPARE(browser.opened.constFirst(), QUrl(address));
    for (const QString &scheme : {u"http"_s, u"https"_s, u"file"_s, u"javascript"_s, u"data"_s, u"mailto"_s, u"ftp"_s, u"steam"_s})
        QDesktopServices::unsetUrlHandler(scheme);
}

QTEST_MAIN(TestPackText)
#include "tst_packtext.moc"
