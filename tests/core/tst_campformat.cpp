// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Camps in actors.json and the view of a blame step in lesson.json: what
// the parser and the validator say about them, on the documented example.
#include "case/campformat.h"
#include "case/caseloader.h"

#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using TestSupport::setIn;

namespace {

using Files = QMap<QString, QByteArray>;
using Edit = std::function<void(QJsonObject &)>;

QJsonObject campJson(const QString &id, const QString &name, int order, const QString &marker, const QStringList &actors)
{
    return QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"order"_s, order}, {u"marker"_s, marker}, {u"actors"_s, QJsonArray::fromStringList(actors)}};
}

/// The example's two actors, each in a camp of its own.
QJsonArray twoCamps()
{
    return QJsonArray{campJson(u"pupils"_s, u"Pupils"_s, 1, u"circle"_s, {u"maplehill-insider"_s}),
                      campJson(u"school"_s, u"The school"_s, 2, u"square"_s, {u"school-office"_s})};
}

/// Sets `key` of step `index` of the example's only chapter.
Edit stepKey(int index, const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &lesson) {
        QJsonObject chapter = lesson.value(u"chapters"_s).toArray().at(0).toObject();
        setIn(chapter, u"steps"_s, index, key, value);
        lesson.insert(u"chapters"_s, QJsonArray{chapter});
    };
}

/// The documented example with camps for its two actors and a view on its
/// blame step (steps[2], dated 4 March 2024: claims about the school
/// office), then `actors` and `lesson` applied to those files.
Files example(const Edit &actors = {}, const Edit &lesson = {})
{
    Files files = PackReader().readFolder(QStringLiteral(DOCS_DIR "/examples/minimal-case")).files;
    QJsonObject a = QJsonDocument::fromJson(files.value(u"actors.json"_s)).object();
    a.insert(u"camps"_s, twoCamps());
    if (actors)
        actors(a);
    files[u"actors.json"_s] = QJsonDocument(a).toJson();
    QJsonObject l = QJsonDocument::fromJson(files.value(u"lesson.json"_s)).object();
    stepKey(2, u"mode"_s, u"camps"_s)(l);
    stepKey(2, u"focus"_s, QJsonObject{{u"about"_s, u"school-office"_s}})(l);
    if (lesson)
        lesson(l);
    files[u"lesson.json"_s] = QJsonDocument(l).toJson();
    return files;
}

Edit campKey(int index, const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &actors) { setIn(actors, u"camps"_s, index, key, value); };
}

} // namespace

class TestCampFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data();
    void problems();
    void parsed();
    void vocabularies();
    void shippedCaseIsClean();
};

void TestCampFormat::problems_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("expected"); ///< "code file path", "+ warning" for a warning; empty: no problem at all

    const QString actors = u"actors.json"_s, lesson = u"lesson.json"_s;
    const QString step = u"chapters[0].steps[2]"_s;
    QTest::addRow("camps and a view") << example() << QStringList();
    QTest::addRow("no camps, no view") << PackReader().readFolder(QStringLiteral(DOCS_DIR "/examples/minimal-case")).files << QStringList();

    QTest::addRow("unknown actor in a camp") << example(campKey(0, u"actors"_s, QJsonArray{u"maplehill-insider"_s, u"head-teacher"_s}))
                                             << QStringList{u"unknown-reference actors.json camps[0].actors[1]"_s};
    QTest::addRow("actor in two camps") << example(campKey(1, u"actors"_s, QJsonArray{u"school-office"_s, u"maplehill-insider"_s}))
                                        << QStringList{u"actor-in-two-camps actors.json camps[1].actors[1]"_s};
    QTest::addRow("actor twice in a camp") << example(campKey(0, u"actors"_s, QJsonArray{u"maplehill-insider"_s, u"maplehill-insider"_s}))
                                           << QStringList{u"duplicate-id actors.json camps[0].actors[1]"_s};
    QTest::addRow("camp id used twice") << example(campKey(1, u"id"_s, u"pupils"_s)) << QStringList{u"duplicate-id actors.json camps[1].id"_s};
    QTest::addRow("order used twice") << example(campKey(1, u"order"_s, 1)) << QStringList{u"duplicate-order actors.json camps[1].order"_s};
    QTest::addRow("order not a whole number") << example(campKey(0, u"order"_s, 1.5)) << QStringList{u"out-of-range actors.json camps[0].order"_s};
    QTest::addRow("no order") << example(campKey(0, u"order"_s, QJsonValue::Undefined)) << QStringList{u"missing-key actors.json camps[0].order"_s};
    QTest::addRow("marker not a known shape") << example(campKey(0, u"marker"_s, u"smiley"_s)) << QStringList{u"bad-value actors.json camps[0].marker"_s};
    QTest::addRow("bad camp id") << example(campKey(0, u"id"_s, u"Pupils!"_s)) << QStringList{u"bad-id actors.json camps[0].id"_s};
    QTest::addRow("unknown key in a camp") << example(campKey(0, u"colour"_s, u"red"_s)) << QStringList{u"unknown-key actors.json camps[0].colour"_s};
    QTest::addRow("camps not an array") << example([](QJsonObject &a) { a.insert(u"camps"_s, QJsonObject()); })
                                        << QStringList{u"wrong-type actors.json camps"_s};
    QTest::addRow("camp without actors") << example(campKey(0, u"actors"_s, QJsonArray()))
                                         << QStringList{u"empty-value actors.json camps[0].actors"_s, u"actor-without-camp actors.json actors[0].id +"_s};
    QTest::addRow("two camps, one marker") << example(campKey(1, u"marker"_s, u"circle"_s)) << QStringList{u"duplicate-marker actors.json camps[1].marker +"_s};
    QTest::addRow("an actor left out") << example([](QJsonObject &a) { a.insert(u"camps"_s, QJsonArray{twoCamps().at(0)}); })
                                       << QStringList{u"actor-without-camp actors.json actors[1].id +"_s};
    QTest::addRow("markup in a camp name") << example(campKey(0, u"name"_s, u"<b>Pupils</b>"_s))
                                           << QStringList{u"markup-like-text actors.json camps[0].name +"_s};

    QTest::addRow("a view on an article step") << example({}, stepKey(1, u"mode"_s, u"matrix"_s))
                                               << QStringList{u"unexpected-key lesson.json chapters[0].steps[1].mode"_s};
    QTest::addRow("unknown mode") << example({}, stepKey(2, u"mode"_s, u"network"_s)) << QStringList{u"bad-value lesson.json "_s + step + u".mode"_s};
    const auto focus = [&](const QJsonValue &value) { return example({}, stepKey(2, u"focus"_s, value)); };
    QTest::addRow("focus on a camp") << focus(QJsonObject{{u"camp"_s, u"school"_s}}) << QStringList();
    QTest::addRow("focus on an actor") << focus(QJsonObject{{u"actor"_s, u"maplehill-insider"_s}}) << QStringList();
    QTest::addRow("focus on an unknown camp") << focus(QJsonObject{{u"camp"_s, u"teachers"_s}})
                                              << QStringList{u"unknown-reference lesson.json "_s + step + u".focus.camp"_s};
    QTest::addRow("focus on a camp of a case without camps")
        << example([](QJsonObject &a) { a.remove(u"camps"_s); }, stepKey(2, u"focus"_s, QJsonObject{{u"camp"_s, u"school"_s}}))
        << QStringList{u"unknown-reference lesson.json "_s + step + u".focus.camp"_s};
    QTest::addRow("focus on an unknown actor") << focus(QJsonObject{{u"actor"_s, u"head-teacher"_s}})
                                               << QStringList{u"unknown-reference lesson.json "_s + step + u".focus.actor"_s};
    QTest::addRow("claims about an unknown actor") << focus(QJsonObject{{u"about"_s, u"head-teacher"_s}})
                                                   << QStringList{u"unknown-reference lesson.json "_s + step + u".focus.about"_s};
    QTest::addRow("focus on two things") << focus(QJsonObject{{u"camp"_s, u"school"_s}, {u"actor"_s, u"school-office"_s}})
                                         << QStringList{u"bad-value lesson.json "_s + step + u".focus"_s};
    QTest::addRow("focus on nothing known") << focus(QJsonObject{{u"who"_s, u"school"_s}})
                                            << QStringList{u"unknown-key lesson.json "_s + step + u".focus.who"_s,
                                                           u"bad-value lesson.json "_s + step + u".focus"_s};
    QTest::addRow("focus not an object") << focus(u"school"_s) << QStringList{u"wrong-type lesson.json "_s + step + u".focus"_s};

    // Warnings: the case is valid, but the author should look.
    QTest::addRow("blame step before every claim") << example({}, stepKey(2, u"cutoff"_s, u"2024-03-01"_s))
                                                   << QStringList{u"empty-step-date lesson.json "_s + step + u".cutoff +"_s,
                                                                  u"empty-focus lesson.json "_s + step + u".focus.about +"_s};
    QTest::addRow("coverage step on the day of the first event") << example({}, stepKey(3, u"cutoff"_s, u"2024-02-29"_s)) << QStringList();
    QTest::addRow("blame step on the day of the first event") << example({}, [](QJsonObject &l) {
        stepKey(2, u"cutoff"_s, u"2024-02-29"_s)(l);
        stepKey(2, u"focus"_s, QJsonValue::Undefined)(l);
    }) << QStringList{u"empty-step-date lesson.json "_s + step + u".cutoff +"_s};
    QTest::addRow("focus on an actor with no claim")
        << example(
               [](QJsonObject &a) {
                   QJsonArray list = a.value(u"actors"_s).toArray();
                   list.append(QJsonObject{{u"id"_s, u"head-teacher"_s}, {u"name"_s, u"The head teacher"_s}, {u"kind"_s, u"other"_s}, {u"country"_s, u""_s}});
                   a.insert(u"actors"_s, list);
                   setIn(a, u"camps"_s, 1, u"actors"_s, QJsonArray{u"school-office"_s, u"head-teacher"_s});
               },
               stepKey(2, u"focus"_s, QJsonObject{{u"actor"_s, u"head-teacher"_s}}))
        << QStringList{u"empty-focus lesson.json "_s + step + u".focus.actor +"_s};
}

void TestCampFormat::problems()
{
    QFETCH(Files, files);
    QFETCH(QStringList, expected);
    PackFiles pack;
    pack.files = files;
    const LoadResult result = CaseLoader().load(pack);
    QStringList seen, full;
    for (const Problem &p : result.problems) {
        seen << p.code + u' ' + p.file + u' ' + p.path + (p.warning ? u" +"_s : QString());
        full << p.toString();
        QVERIFY2(p.line > 0 && p.column > 0, qPrintable(p.toString()));
        QVERIFY(!p.message.isEmpty());
    }
    QVERIFY2(seen == expected, qPrintable(full.join(u'\n')));
    const bool errors = std::any_of(expected.cbegin(), expected.cend(), [](const QString &e) { return !e.endsWith(u" +"_s); });
    QCOMPARE(result.ok(), !errors);
}

void TestCampFormat::parsed()
{
    const LoadResult result = CaseLoader().load(PackFiles{u"example"_s, example({}, stepKey(2, u"mode"_s, u"matrix"_s)), {}});
    QVERIFY(result.ok());
    QCOMPARE(result.data.camps.size(), 2);
    QCOMPARE(result.data.camps.at(1), (Camp{u"school"_s, u"The school"_s, u"square"_s, 2, {u"school-office"_s}}));
    const LessonStep &step = result.data.chapters.at(0).steps.at(2);
    QCOMPARE(step.mode, u"matrix"_s);
    QCOMPARE(step.focus, (BlameFocus{BlameFocus::Kind::About, u"school-office"_s}));
    QCOMPARE(result.data.chapters.at(0).steps.at(3).focus.kind, BlameFocus::Kind::None);
}

void TestCampFormat::vocabularies()
{
    // The documentation and the schema list the same values.
    QFile schemaFile(QStringLiteral(DOCS_DIR "/case-format.schema.json"));
    QVERIFY(schemaFile.open(QIODevice::ReadOnly));
    const QJsonObject defs = QJsonDocument::fromJson(schemaFile.readAll()).object().value(u"$defs"_s).toObject();
    const auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &s : v.toArray())
            out << s.toString();
        return out;
    };
    QCOMPARE(strings(defs.value(u"camp"_s)[u"properties"_s][u"marker"_s][u"enum"_s]), CampFormat::markers());
    QCOMPARE(strings(defs.value(u"step"_s)[u"properties"_s][u"mode"_s][u"enum"_s]), CampFormat::blameModes());
    QFile docFile(QStringLiteral(DOCS_DIR "/case-format.md"));
    QVERIFY(docFile.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(docFile.readAll());
    for (const QString &marker : CampFormat::markers())
        QVERIFY2(doc.contains(u'`' + marker + u'`'), qPrintable(marker));
}

void TestCampFormat::shippedCaseIsClean()
{
    const LoadResult result = CaseLoader().load(CaseLoader::defaultCasePath());
    QStringList problems;
    for (const Problem &p : result.problems)
        problems << p.toString();
    QVERIFY2(result.problems.isEmpty(), qPrintable(problems.join(u'\n'))); // not even a warning
    QCOMPARE(result.data.camps.size(), 10);
    QStringList views;
    for (const Chapter &c : result.data.chapters) {
        for (const LessonStep &s : c.steps) {
            if (s.kind == u"blame"_s)
                views << s.id + u' ' + s.mode + u' ' + QString::number(int(s.focus.kind)) + u' ' + s.focus.id;
        }
    }
    QCOMPARE(views,
             (QStringList{u"blame-dec17 camps 3 north-korea"_s, u"blame-dec21 camps 1 us-federal-government"_s, u"blame-jan7 matrix 1 security-experts"_s}));
}

QTEST_GUILESS_MAIN(TestCampFormat)
#include "tst_campformat.moc"
