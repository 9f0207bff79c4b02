// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The engine knows no case: no name of the shipped case's story appears in
// the C++ and QML sources (src/, qml/), in any letter case. The names are a
// fixed list and the proper names of the case's actors and camps.
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString shippedCase = QStringLiteral(CONTENT_DIR "/sony-hack");

/// Names of the story that are not the case's actors' own.
const QStringList storyNames = {u"sony"_s,
                                u"north korea"_s,
                                u"pyongyang"_s,
                                u"kim jong"_s,
                                u"guardians of peace"_s,
                                u"the interview"_s,
                                u"seth rogen"_s,
                                u"james franco"_s,
                                u"hollywood"_s};

/// A name written as one: every word capitalised but small joining words
/// ("Department of Homeland Security", "Michael Lynton"); descriptions
/// ("US government", "Security experts") are not names.
bool isProperName(const QString &name)
{
    static const QStringList joining = {u"of"_s, u"the"_s, u"and"_s};
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    return !words.isEmpty() && words.constFirst().at(0).isUpper() &&
        std::all_of(words.cbegin(), words.cend(), [](const QString &w) { return w.at(0).isUpper() || joining.contains(w); });
}

/// The fixed names and the proper names of the actors and camps of the
/// shipped case (what precedes a parenthesis: "Michael Lynton (head of …)").
QStringList caseNames()
{
    QFile file(shippedCase + u"/actors.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject actors = QJsonDocument::fromJson(file.readAll()).object();
    QStringList names = storyNames;
    for (const QString &list : {u"actors"_s, u"camps"_s}) {
        for (const QJsonValue &v : actors.value(list).toArray()) {
            const QString name = v.toObject().value(u"name"_s).toString().section(u" ("_s, 0, 0).trimmed();
            if (isProperName(name) && !names.contains(name.toLower()))
                names << name.toLower();
        }
    }
    return names;
}

/// "file:line: text" for every line of `text` that names `name` as a whole word.
QStringList hits(const QString &file, const QString &text, const QString &name)
{
    const QRegularExpression word(u"(?<!\\w)"_s + QRegularExpression::escape(name) + u"(?!\\w)"_s,
                                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(word))
            out << u"%1:%2: %3"_s.arg(file).arg(i + 1).arg(lines[i].trimmed().left(120));
    }
    return out;
}

} // namespace

class TestNoCaseWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namesComeFromTheCase();
    void finds_data();
    void finds();
    void sourcesNameNoCase_data();
    void sourcesNameNoCase();

private:
    QMap<QString, QString> m_sources; ///< path inside the repository → text
};

void TestNoCaseWords::initTestCase()
{
    for (const QString &folder : {u"src"_s, u"qml"_s}) {
        QDirIterator it(QStringLiteral(SOURCE_DIR "/") + folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            m_sources.insert(file.fileName().mid(QStringLiteral(SOURCE_DIR "/").size()), QString::fromUtf8(file.readAll()));
        }
    }
    QVERIFY2(m_sources.size() > 100, "the sources were found");
    QVERIFY(m_sources.contains(u"src/core/case/caseloader.cpp"_s));
    QVERIFY(m_sources.contains(u"qml/Main.qml"_s));
}

// The list follows the case: its people, bodies and groups by name, not only the fixed words.
void TestNoCaseWords::namesComeFromTheCase()
{
    const QStringList names = caseNames();
    for (const QString &name : {u"sony"_s, u"michael lynton"_s, u"department of homeland security"_s, u"kcna"_s, u"symantec"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    QVERIFY2(!names.contains(u"us government"_s) && !names.contains(u"security experts"_s), "descriptions are not names");
    QVERIFY(names.size() > 40);
}

void TestNoCaseWords::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("any letter case") << u"a\n// NORTH Korea's\n"_s << u"north korea"_s << QStringList{u"f:2: // NORTH Korea's"_s};
    QTest::addRow("in a string") << u"qsTr(\"Before the Sony hack\")"_s << u"sony"_s << QStringList{u"f:1: qsTr(\"Before the Sony hack\")"_s};
    QTest::addRow("in a path") << u"\":/cases/sony-hack\""_s << u"sony"_s << QStringList{u"f:1: \":/cases/sony-hack\""_s};
    QTest::addRow("not inside a word") << u"sonyx xsony"_s << u"sony"_s << QStringList{};
}

void TestNoCaseWords::finds()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QCOMPARE(hits(u"f"_s, text, name), expected);
}

void TestNoCaseWords::sourcesNameNoCase_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : caseNames())
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestNoCaseWords::sourcesNameNoCase()
{
    QFETCH(QString, name);
    QStringList found;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        found << hits(it.key(), it.value(), name);
    QVERIFY2(found.isEmpty(), qPrintable(u"the engine names the case (\"%1\"):\n"_s.arg(name) + found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestNoCaseWords)
#include "tst_nocasewords.moc"
