// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/boosterschedule.h"
#include "progress/progresscsv.h"
#include "progress/progressjson.h"
#include "progress/progressstore.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;
using namespace TestSupport;

namespace {

const QDateTime T0(QDate(2026, 11, 16), QTime(9, 0), QTimeZone::UTC);

/// A small case built in code, so the CSV can be checked to the byte.
CaseData fixtureCase()
{
    CaseData d;
    d.info.id = u"fixture"_s;
    d.info.title = u"Fixture case"_s;
    d.criteria = {{u"sourcing"_s, u"Sourcing"_s, u"Who says so?"_s}, {u"evidence"_s, u"Evidence"_s, u"What is shown?"_s}};
    QuizItem single{.id = u"q1"_s, .type = Quiz::Type::Single, .prompt = u"Which?"_s};
    single.criteria = {u"sourcing"_s};
    single.choices = {QuizChoice{.id = u"a"_s, .text = u"A"_s}, QuizChoice{.id = u"b"_s, .text = u"B"_s, .correct = true}};
    QuizItem tfTrue{.id = u"t1"_s, .type = Quiz::Type::TrueFalse, .statement = u"True thing"_s};
    tfTrue.criteria = {u"evidence"_s};
    tfTrue.answer = true;
    QuizItem tfFalse{.id = u"t2"_s, .type = Quiz::Type::TrueFalse, .statement = u"False thing"_s};
    tfFalse.criteria = {u"sourcing"_s, u"evidence"_s};
    tfFalse.answer = false;
    QuizItem rank{.id = u"r1"_s, .type = Quiz::Type::Rank};
    rank.criteria = {u"evidence"_s};
    rank.choices = {QuizChoice{.id = u"x"_s}, QuizChoice{.id = u"y"_s}, QuizChoice{.id = u"z"_s}};
    rank.order = {u"x"_s, u"y"_s, u"z"_s};
    QuizItem boost{.id = u"b1"_s, .type = Quiz::Type::TrueFalse, .statement = u"Later"_s};
    boost.criteria = {u"sourcing"_s};
    boost.answer = false;
    boost.booster = true;
    d.quizItems = {single, tfTrue, tfFalse, rank, boost};
    LessonStep intro{.id = u"s1"_s, .kind = u"narrative"_s, .title = u"Intro"_s};
    LessonStep quiz1{.id = u"s2"_s, .kind = u"quiz"_s, .title = u"Check"_s};
    quiz1.quiz = {u"q1"_s, u"t1"_s};
    LessonStep quiz2{.id = u"s3"_s, .kind = u"quiz"_s, .title = u"Check again"_s};
    quiz2.quiz = {u"t2"_s, u"r1"_s};
    d.chapters = {Chapter{u"c1"_s, u"One"_s, {}, {intro, quiz1}}, Chapter{u"c2"_s, u"Two"_s, {}, {quiz2}}};
    return d;
}

StudentProfile sampleProfile()
{
    StudentProfile p{u"p-1"_s, u"Ada, \"the\" student"_s, T0.addDays(-1), {}};
    CaseProgress c;
    c.step = 2;
    c.lesson.started = T0;
    c.lesson.finished = T0.addSecs(1800);
    c.lesson.secondsSpent = 1500;
    c.lesson.answers.insert(u"q1"_s, {choose(u"b"_s), T0.addSecs(60)});
    c.lesson.answers.insert(u"t1"_s, {say(false), T0.addSecs(120)});
    c.lesson.answers.insert(u"t2"_s, {say(false), T0.addSecs(180)});
    c.lesson.answers.insert(u"r1"_s, {rankAs({u"y"_s, u"x"_s, u"z"_s}), T0.addSecs(240)});
    p.cases.insert(u"fixture"_s, c);
    return p;
}

/// The sample profile's file with one value replaced (a JSON pointer-ish path of object keys).
QByteArray withValue(const QStringList &path, const QJsonValue &value)
{
    QJsonObject root = profileToJson(sampleProfile());
    std::function<QJsonValue(const QJsonValue &, qsizetype)> set = [&](const QJsonValue &node, qsizetype i) -> QJsonValue {
        if (i == path.size())
            return value;
        QJsonObject o = node.toObject();
        if (value.isUndefined() && i == path.size() - 1)
            o.remove(path.at(i));
        else
            o.insert(path.at(i), set(o.value(path.at(i)), i + 1));
        return o;
    };
    root = set(root, 0).toObject();
    return QJsonDocument(root).toJson();
}

} // namespace

class TestProgressStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CaseData m_case = fixtureCase();

    ProgressStore store(const QString &sub) const
    {
        ProgressStore s(QDir(m_dir.path()).filePath(sub));
        s.setClock([] { return QDateTime(QDate(2026, 11, 22), QTime(10, 15, 30), QTimeZone::UTC); });
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void answerJson_data()
    {
        QTest::addColumn<QuizAnswer>("answer");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("choice") << choose(u"b"_s) << QByteArray(R"({"choice":"b"})");
        QTest::newRow("true") << say(true) << QByteArray(R"({"truth":true})");
        QTest::newRow("false") << say(false) << QByteArray(R"({"truth":false})");
        QTest::newRow("spans") << mark({0, 2}) << QByteArray(R"({"spans":[0,2]})");
        QTest::newRow("no spans") << mark({}) << QByteArray(R"({"spans":[]})");
        QTest::newRow("order") << rankAs({u"y"_s, u"x"_s}) << QByteArray(R"({"order":["y","x"]})");
    }

    void answerJson()
    {
        QFETCH(QuizAnswer, answer);
        QFETCH(QByteArray, json);
        QCOMPARE(QJsonDocument(answerToJson(answer)).toJson(QJsonDocument::Compact), json);
        // And back, inside a profile.
        StudentProfile p = sampleProfile();
        p.cases[u"fixture"_s].lesson.answers[u"q1"_s].answer = answer;
        Problems problems;
        const auto back = parseProfile(serialiseProfile(p), u"f.json"_s, &problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(back);
        QCOMPARE(back->cases.value(u"fixture"_s).lesson.answers.value(u"q1"_s).answer, answer);
    }

    void roundTrip_data()
    {
        QTest::addColumn<StudentProfile>("profile");
        QTest::newRow("new, anonymous") << StudentProfile{u"p-1"_s, {}, T0, {}};
        QTest::newRow("lesson under way") << sampleProfile();
        StudentProfile boosted = sampleProfile();
        boosted.cases[u"fixture"_s].booster.started = T0.addDays(3);
        boosted.cases[u"fixture"_s].booster.answers.insert(u"b1"_s, {say(false), T0.addDays(3).addSecs(30)});
        QTest::newRow("with booster") << boosted;
        StudentProfile two = sampleProfile();
        two.cases.insert(u"other-case"_s, CaseProgress{5, {}, {}});
        QTest::newRow("two cases") << two;
    }

    void roundTrip()
    {
        QFETCH(StudentProfile, profile);
        const ProgressStore s = store(u"roundtrip-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QString error;
        QVERIFY2(s.save(profile, &error), qPrintable(error));
        const auto loaded = s.load(profile.id, &m_case);
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.value(0).toString()));
        QVERIFY(loaded.profile);
        QCOMPARE(*loaded.profile, profile);
        QVERIFY(loaded.movedTo.isEmpty());
        // QSaveFile leaves nothing behind but the file itself.
        QCOMPARE(QDir(s.directory()).entryList(QDir::Files), QStringList{profile.id + u".json"_s});
        QCOMPARE(QJsonDocument::fromJson(serialiseProfile(profile)).object().value(u"formatVersion"_s).toInt(), ProgressFormatVersion);
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("aside"); // corrupt or newer

        const QByteArray good = serialiseProfile(sampleProfile());
        QTest::newRow("truncated JSON") << good.left(good.size() / 2) << u"json-syntax"_s << QString() << u"corrupt"_s;
        QTest::newRow("not JSON at all") << QByteArray("\x00\x01binary", 8) << u"json-syntax"_s << QString() << u"corrupt"_s;
        QTest::newRow("empty file") << QByteArray() << u"empty-file"_s << QString() << u"corrupt"_s;
        QTest::newRow("top-level list") << QByteArray("[1, 2]") << u"wrong-type"_s << QString() << u"corrupt"_s;
        QTest::newRow("no formatVersion") << withValue({u"formatVersion"_s}, QJsonValue::Undefined) << u"missing-key"_s << u"formatVersion"_s << u"corrupt"_s;
        QTest::newRow("formatVersion as text") << withValue({u"formatVersion"_s}, u"1"_s) << u"wrong-type"_s << u"formatVersion"_s << u"corrupt"_s;
        QTest::newRow("newer formatVersion") << withValue({u"formatVersion"_s}, 2) << u"newer-version"_s << u"formatVersion"_s << u"newer"_s;
        QTest::newRow("formatVersion 0") << withValue({u"formatVersion"_s}, 0) << u"unsupported-version"_s << u"formatVersion"_s << u"corrupt"_s;
        QTest::newRow("name as number") << withValue({u"name"_s}, 7) << u"wrong-type"_s << u"name"_s << u"corrupt"_s;
        QTest::newRow("id of another file") << withValue({u"id"_s}, u"p-2"_s) << u"id-file-mismatch"_s << u"id"_s << u"corrupt"_s;
        QTest::newRow("bad created date") << withValue({u"created"_s}, u"yesterday"_s) << u"bad-date"_s << u"created"_s << u"corrupt"_s;
        QTest::newRow("cases as list") << withValue({u"cases"_s}, QJsonArray{}) << u"wrong-type"_s << u"cases"_s << u"corrupt"_s;
        QTest::newRow("negative step") << withValue({u"cases"_s, u"fixture"_s, u"step"_s}, -1) << u"out-of-range"_s << u"cases.fixture.step"_s << u"corrupt"_s;
        QTest::newRow("step as text") << withValue({u"cases"_s, u"fixture"_s, u"step"_s}, u"2"_s) << u"wrong-type"_s << u"cases.fixture.step"_s << u"corrupt"_s;
        QTest::newRow("step past the lesson") << withValue({u"cases"_s, u"fixture"_s, u"step"_s}, 3) << u"out-of-range"_s << u"cases.fixture.step"_s
                                              << u"corrupt"_s;
        QTest::newRow("no lesson") << withValue({u"cases"_s, u"fixture"_s, u"lesson"_s}, QJsonValue::Undefined) << u"missing-key"_s << u"cases.fixture.lesson"_s
                                   << u"corrupt"_s;
        QTest::newRow("fractional seconds") << withValue({u"cases"_s, u"fixture"_s, u"lesson"_s, u"secondsSpent"_s}, 1.5) << u"out-of-range"_s
                                            << u"cases.fixture.lesson.secondsSpent"_s << u"corrupt"_s;
        QTest::newRow("answers as list") << withValue({u"cases"_s, u"fixture"_s, u"lesson"_s, u"answers"_s}, QJsonArray{}) << u"wrong-type"_s
                                         << u"cases.fixture.lesson.answers"_s << u"corrupt"_s;
        QTest::newRow("answer of two kinds") << withValue({u"cases"_s, u"fixture"_s, u"lesson"_s, u"answers"_s, u"q1"_s},
                                                          QJsonObject{{u"choice"_s, u"b"_s}, {u"truth"_s, true}, {u"answeredAt"_s, u"2026-11-16T09:01:00Z"_s}})
                                             << u"bad-value"_s << u"cases.fixture.lesson.answers.q1"_s << u"corrupt"_s;
        QTest::newRow("choice as number") << withValue({u"cases"_s, u"fixture"_s, u"lesson"_s, u"answers"_s, u"q1"_s, u"choice"_s}, 2) << u"wrong-type"_s
                                          << u"cases.fixture.lesson.answers.q1.choice"_s << u"corrupt"_s;
        QTest::newRow("answer without time") << withValue({u"cases"_s, u"fixture"_s, u"lesson"_s, u"answers"_s, u"q1"_s, u"answeredAt"_s},
                                                          QJsonValue::Undefined)
                                             << u"missing-key"_s << u"cases.fixture.lesson.answers.q1.answeredAt"_s << u"corrupt"_s;
        QTest::newRow("unknown item") << withValue({u"cases"_s, u"fixture"_s, u"lesson"_s, u"answers"_s, u"nope"_s},
                                                   QJsonObject{{u"choice"_s, u"a"_s}, {u"answeredAt"_s, u"2026-11-16T09:01:00Z"_s}})
                                      << u"unknown-reference"_s << u"cases.fixture.lesson.answers.nope"_s << u"corrupt"_s;
        QTest::newRow("booster item in the lesson") << withValue({u"cases"_s, u"fixture"_s, u"lesson"_s, u"answers"_s, u"b1"_s},
                                                                 QJsonObject{{u"truth"_s, true}, {u"answeredAt"_s, u"2026-11-16T09:01:00Z"_s}})
                                                    << u"unknown-reference"_s << u"cases.fixture.lesson.answers.b1"_s << u"corrupt"_s;
        QTest::newRow("unknown choice") << withValue({u"cases"_s, u"fixture"_s, u"lesson"_s, u"answers"_s, u"q1"_s, u"choice"_s}, u"zz"_s) << u"bad-answer"_s
                                        << u"cases.fixture.lesson.answers.q1"_s << u"corrupt"_s;
        QTest::newRow("rank missing an option") << withValue({u"cases"_s, u"fixture"_s, u"lesson"_s, u"answers"_s, u"r1"_s, u"order"_s}, QJsonArray{u"x"_s})
                                                << u"bad-answer"_s << u"cases.fixture.lesson.answers.r1"_s << u"corrupt"_s;
        QTest::newRow("step far past any lesson") << withValue({u"cases"_s, u"fixture"_s, u"step"_s}, 200000) << u"out-of-range"_s << u"cases.fixture.step"_s
                                                  << u"corrupt"_s;
        QTest::newRow("span number too large") << withValue({u"cases"_s, u"fixture"_s, u"lesson"_s, u"answers"_s, u"q1"_s},
                                                            QJsonObject{{u"spans"_s, QJsonArray{1, 20000}}, {u"answeredAt"_s, u"2026-11-16T09:01:00Z"_s}})
                                               << u"out-of-range"_s << u"cases.fixture.lesson.answers.q1.spans[1]"_s << u"corrupt"_s;
        QTest::newRow("nested too deep") << QByteArray(40, '[') + QByteArray(40, ']') << u"too-deep"_s << QString() << u"corrupt"_s;
        QTest::newRow("too large") << QByteArray(9 * 1024 * 1024, ' ') << u"file-too-large"_s << QString() << u"corrupt"_s;
    }

    void badFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, path);
        QFETCH(QString, aside);
        const ProgressStore s = store(u"bad-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(s.directory()));
        const QString file = s.fileFor(u"p-1"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const ProgressStore::Loaded loaded = s.load(u"p-1"_s, &m_case);
        QVERIFY(!loaded.profile);
        QVERIFY(loaded.problems.size() >= 2);
        const Problem &first = loaded.problems.constFirst();
        QCOMPARE(first.code, code);
        QCOMPARE(first.path, path);
        QCOMPARE(first.file, file);
        QVERIFY2(first.toString().startsWith(file), qPrintable(first.toString()));
        if (code == u"json-syntax"_s)
            QVERIFY(first.line >= 1);

        // Moved aside next to it with a timestamp, never deleted: the bytes are kept.
        const QString expected = file + u"."_s + aside + u"-20261122-101530"_s;
        QCOMPARE(loaded.movedTo, expected);
        QVERIFY(!QFile::exists(file));
        QFile kept(expected);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);
        const Problem &last = loaded.problems.constLast();
        QCOMPARE(last.code, u"moved-aside"_s);
        QVERIFY2(last.message.contains(u"p-1.json."_s + aside + u"-20261122-101530"_s), qPrintable(last.message));

        // The folder still lists no profile, and a new save works.
        Problems problems;
        QVERIFY(s.loadAll(&m_case, &problems).isEmpty());
        QVERIFY(problems.isEmpty());
        QVERIFY(s.save(sampleProfile()));
        QCOMPARE(s.loadAll(&m_case, &problems).size(), 1);
    }

    void moveAsideNaming()
    {
        const ProgressStore s = store(u"aside"_s);
        QVERIFY(QDir().mkpath(s.directory()));
        const QString file = s.fileFor(u"x"_s);
        QStringList names;
        for (int i = 0; i < 3; ++i) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::number(i));
            f.close();
            names << QFileInfo(s.moveAside(file, u"corrupt"_s)).fileName();
        }
        QCOMPARE(names, (QStringList{u"x.json.corrupt-20261122-101530"_s, u"x.json.corrupt-20261122-101530-2"_s, u"x.json.corrupt-20261122-101530-3"_s}));
        QVERIFY(s.moveAside(file, u"corrupt"_s).isEmpty()); // nothing left to move
    }

    void loadAllKeepsTheGoodOnes()
    {
        const ProgressStore s = store(u"all"_s);
        StudentProfile a = sampleProfile();
        StudentProfile b{u"p-0"_s, u"Bo"_s, T0.addDays(-5), {}};
        QVERIFY(s.save(a));
        QVERIFY(s.save(b));
        QFile bad(s.fileFor(u"p-9"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{");
        bad.close();
        Problems problems;
        const QList<StudentProfile> all = s.loadAll(&m_case, &problems);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, u"p-0"_s); // oldest first
        QCOMPARE(all.at(1), a);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).code, u"json-syntax"_s);
        QVERIFY(s.remove(u"p-0"_s));
        QCOMPARE(s.loadAll(&m_case, &problems).size(), 1);
    }

    void itemLists()
    {
        QCOMPARE(lessonItemIds(m_case), (QStringList{u"q1"_s, u"t1"_s, u"t2"_s, u"r1"_s}));
        QCOMPARE(boosterItemIds(m_case), QStringList{u"b1"_s});
    }

    // "Check yourself" on the home page: every item but those the booster check keeps.
    void selfCheckItems_data()
    {
        QTest::addColumn<CaseData>("data");
        QTest::addColumn<QStringList>("expected");
        const CaseData base = fixtureCase();
        QTest::addRow("the lesson's items, not the booster's") << base << QStringList{u"q1"_s, u"t1"_s, u"t2"_s, u"r1"_s};
        CaseData extra = base;
        QuizItem outside{.id = u"o1"_s, .type = Quiz::Type::TrueFalse, .statement = u"Not in the lesson"_s};
        extra.quizItems.insert(0, outside);
        QTest::addRow("an item no step asks comes after the lesson's") << extra << QStringList{u"q1"_s, u"t1"_s, u"t2"_s, u"r1"_s, u"o1"_s};
        CaseData boosterInLesson = base;
        boosterInLesson.chapters[1].steps[0].quiz.append(u"b1"_s);
        QTest::addRow("a booster item a step asks") << boosterInLesson << QStringList{u"q1"_s, u"t1"_s, u"t2"_s, u"r1"_s, u"b1"_s};
        CaseData reordered = base;
        std::reverse(reordered.quizItems.begin(), reordered.quizItems.end());
        QTest::addRow("in lesson order, not file order") << reordered << QStringList{u"q1"_s, u"t1"_s, u"t2"_s, u"r1"_s};
        CaseData noQuizStep = base;
        noQuizStep.chapters = {Chapter{u"c1"_s, u"One"_s, {}, {base.chapters[0].steps[0]}}};
        QTest::addRow("no quiz step: every item but the booster's, in file order") << noQuizStep << QStringList{u"q1"_s, u"t1"_s, u"t2"_s, u"r1"_s};
        CaseData unknown = base;
        unknown.chapters[0].steps[1].quiz.prepend(u"nothing"_s);
        QTest::addRow("an unknown id in a step") << unknown << QStringList{u"q1"_s, u"t1"_s, u"t2"_s, u"r1"_s};
    }

    void selfCheckItems()
    {
        QFETCH(CaseData, data);
        QFETCH(QStringList, expected);
        QCOMPARE(selfCheckItemIds(data), expected);
    }

    void boosterTiming_data()
    {
        QTest::addColumn<bool>("finished");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("secondsAfterFinish");
        QTest::addColumn<bool>("available");
        QTest::newRow("lesson not finished") << false << 2 << qint64(10 * 86400) << false;
        QTest::newRow("just finished") << true << 2 << qint64(0) << false;
        QTest::newRow("a second early") << true << 2 << qint64(2 * 86400 - 1) << false;
        QTest::newRow("exactly on time") << true << 2 << qint64(2 * 86400) << true;
        QTest::newRow("a week later") << true << 2 << qint64(7 * 86400) << true;
        QTest::newRow("no delay") << true << 0 << qint64(0) << true;
        QTest::newRow("five days, after four") << true << 5 << qint64(4 * 86400) << false;
    }

    void boosterTiming()
    {
        QFETCH(bool, finished);
        QFETCH(int, days);
        QFETCH(qint64, secondsAfterFinish);
        QFETCH(bool, available);
        CaseProgress p;
        p.lesson.started = T0;
        if (finished)
            p.lesson.finished = T0.addSecs(600);
        const QDateTime now = T0.addSecs(600 + secondsAfterFinish);
        QCOMPARE(isBoosterAvailable(p, days, now), available);
        QCOMPARE(boosterAvailableAt(p, days), finished ? T0.addSecs(600).addDays(days) : QDateTime());
    }

    void csv()
    {
        StudentProfile p = sampleProfile();
        const QString lessonOnly = progressCsv(m_case, p);
        const QString expected = u"row,run,item_id,type,criteria,answer,correct,credit,answered_at\r\n"
                                 "summary,,student,,,\"Ada, \"\"the\"\" student\",,,\r\n"
                                 "summary,,case,,,fixture,,,\r\n"
                                 "item,lesson,q1,single,sourcing,b,yes,1,2026-11-16T09:01:00Z\r\n"
                                 "item,lesson,t1,true-false,evidence,false,no,0,2026-11-16T09:02:00Z\r\n"
                                 "item,lesson,t2,true-false,sourcing;evidence,false,yes,1,2026-11-16T09:03:00Z\r\n"
                                 "item,lesson,r1,rank,evidence,y;x;z,no,0.666667,2026-11-16T09:04:00Z\r\n"
                                 "summary,lesson,score,,,2.66667,,,\r\n"
                                 "summary,lesson,items,,,4,,,\r\n"
                                 "summary,lesson,answered,,,4,,,\r\n"
                                 "summary,lesson,correct,,,2,,,\r\n"
                                 "summary,lesson,true_statements_accuracy,,,0,,,\r\n"
                                 "summary,lesson,false_statements_accuracy,,,1,,,\r\n"
                                 "summary,lesson,criterion:sourcing,,,1,,,\r\n"
                                 "summary,lesson,criterion:evidence,,,0.555556,,,\r\n"
                                 "summary,lesson,seconds_spent,,,1500,,,\r\n"
                                 "summary,lesson,started,,,2026-11-16T09:00:00Z,,,\r\n"
                                 "summary,lesson,finished,,,2026-11-16T09:30:00Z,,,\r\n"_s;
        QCOMPARE(lessonOnly, expected);

        // The booster's rows follow the lesson's; an unanswered item has empty cells.
        CaseProgress &c = p.cases[u"fixture"_s];
        c.booster.started = T0.addDays(3);
        c.booster.secondsSpent = 60;
        p.name = u"=cmd"_s; // never a formula in a spreadsheet
        const QString withBooster = progressCsv(m_case, p);
        QVERIFY(withBooster.contains(u"summary,,student,,,'=cmd,,,\r\n"_s));
        QVERIFY(withBooster.endsWith(u"item,booster,b1,true-false,sourcing,,,,\r\n"
                                     "summary,booster,score,,,0,,,\r\n"
                                     "summary,booster,items,,,1,,,\r\n"
                                     "summary,booster,answered,,,0,,,\r\n"
                                     "summary,booster,correct,,,0,,,\r\n"
                                     "summary,booster,true_statements_accuracy,,,,,,\r\n"
                                     "summary,booster,false_statements_accuracy,,,,,,\r\n"
                                     "summary,booster,seconds_spent,,,60,,,\r\n"
                                     "summary,booster,started,,,2026-11-19T09:00:00Z,,,\r\n"
                                     "summary,booster,finished,,,,,,\r\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
