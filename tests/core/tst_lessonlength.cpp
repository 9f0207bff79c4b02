// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/lessonlength.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {
/// `n` words: "w w w …".
QString words(int n)
{
    QStringList list;
    for (int i = 0; i < n; ++i)
        list << u"w"_s;
    return list.join(u' ');
}

LessonStep step(const QString &kind, const QString &text)
{
    LessonStep s;
    s.id = kind + QString::number(text.size());
    s.kind = kind;
    s.text = text;
    return s;
}
} // namespace

// The estimated lesson length (the studio's and the teacher's guide's):
// reading at 150 words a minute, rounded up, and a minute per question, at
// least a minute per chapter; articles and questions met twice count once.
class TestLessonLength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addRow("empty") << QString() << 0;
        QTest::addRow("spaces only") << u"  \n\t "_s << 0;
        QTest::addRow("one") << u"word"_s << 1;
        QTest::addRow("runs of space") << u"  two \n\n words  "_s << 2;
        QTest::addRow("punctuation belongs to its word") << u"\"Yes,\" she said — twice."_s << 5;
    }
    void countsWords()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(countWords(text), count);
    }

    void minutes_data()
    {
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("questions");
        QTest::addColumn<int>("minutes");
        QTest::addRow("nothing to read is a minute") << 0 << 0 << 1;
        QTest::addRow("one word is a minute") << 1 << 0 << 1;
        QTest::addRow("exactly 150 words") << 150 << 0 << 1;
        QTest::addRow("151 words, rounded up") << 151 << 0 << 2;
        QTest::addRow("300 words") << 300 << 0 << 2;
        QTest::addRow("questions only") << 0 << 3 << 3;
        QTest::addRow("both") << 450 << 2 << 5;
    }
    void minutes()
    {
        QFETCH(int, words);
        QFETCH(int, questions);
        QFETCH(int, minutes);
        QCOMPARE(chapterMinutes(words, questions), minutes);
    }

    void estimatesALesson()
    {
        CaseData data;
        Article article;
        article.id = u"a"_s;
        article.headline = words(10);
        article.paragraphs = {words(290)};
        data.articles = {article};

        LessonStep read = step(u"article"_s, words(50));
        read.article = u"a"_s;
        LessonStep quiz = step(u"quiz"_s, words(20));
        quiz.quiz = {u"q1"_s, u"q2"_s};
        LessonStep reveal = step(u"reveal"_s, words(30));
        reveal.reveal = words(100);
        Chapter first{.id = u"c1"_s, .title = u"One"_s, .summary = {}, .steps = {read, quiz}};
        // The same article and a question asked again count once, in the first chapter.
        LessonStep again = read;
        again.text = QString();
        LessonStep quizAgain = quiz;
        quizAgain.text = QString();
        quizAgain.quiz = {u"q2"_s, u"q3"_s};
        Chapter second{.id = u"c2"_s, .title = u"Two"_s, .summary = {}, .steps = {again, quizAgain, reveal}};
        data.chapters = {first, second};

        const LessonLength length = estimateLessonLength(data);
        // 50 + 300 (the article's headline and paragraph) + 20, then 30 + 100.
        QCOMPARE(length.chapters.size(), 2);
        QCOMPARE(length.chapters.at(0), (ChapterLength{.words = 370, .questions = 2, .minutes = 3 + 2}));
        QCOMPARE(length.chapters.at(1), (ChapterLength{.words = 130, .questions = 1, .minutes = 1 + 1}));
        // The lesson is the sum of its chapters.
        QCOMPARE(length.words, 500);
        QCOMPARE(length.questions, 3);
        QCOMPARE(length.minutes, 5 + 2);
    }

    void anUnknownArticleAddsNoWords()
    {
        CaseData data;
        LessonStep read = step(u"article"_s, words(3));
        read.article = u"missing"_s;
        data.chapters = {Chapter{.id = u"c"_s, .title = {}, .summary = {}, .steps = {read}}};
        QCOMPARE(estimateLessonLength(data).words, 3);
    }

    void titlesAreReadAndEmptyChaptersTakeAMinute()
    {
        CaseData data;
        LessonStep titled = step(u"narrative"_s, words(10));
        titled.title = words(5);
        data.chapters = {Chapter{.id = u"c1"_s, .title = {}, .summary = {}, .steps = {titled}},
                         Chapter{.id = u"c2"_s, .title = {}, .summary = {}, .steps = {}}};
        const LessonLength length = estimateLessonLength(data);
        QCOMPARE(length.chapters.at(0).words, 15);
        QCOMPARE(length.chapters.at(1).minutes, 1);
        QCOMPARE(length.minutes, 2);
    }
};

QTEST_GUILESS_MAIN(TestLessonLength)
#include "tst_lessonlength.moc"
