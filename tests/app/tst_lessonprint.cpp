// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caselibrary.h"
#include "case/caseloader.h"
#include "case/lessonlength.h"
#include "lesson/lessonprinter.h"
#include "presentation/presentation.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

using namespace Qt::StringLiterals;
using namespace Claimscope;

// The teacher's guide and the worksheet of the shipped case and of a case
// made long on purpose, read back with poppler's pdfinfo, pdftotext and
// pdftoppm: what is in them, what is not, and that nothing leaves the page.
class TestLessonPrint : public QObject
{
    Q_OBJECT

private:
    CaseData m_case;
    QTemporaryDir m_dir;

    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    /// Text compared with what pdftotext gives back: ligatures (ﬁ) as their
    /// letters (NFKC), without the isolates around pack text, every run of
    /// white space one space, none after a dash or slash (where a line may break).
    static QString normalised(const QString &text)
    {
        static const QRegularExpression isolates(u"[\\x{2066}-\\x{2069}]"_s);
        static const QRegularExpression breakAfter(u"([-–—/])\\s+"_s);
        return text.normalized(QString::NormalizationForm_KC).remove(isolates).simplified().replace(breakAfter, u"\\1"_s);
    }

    static QString pdfText(const QString &pdf) { return normalised(run(u"pdftotext"_s, {pdf, u"-"_s})); }

    static int pages(const QString &pdf)
    {
        const QRegularExpressionMatch m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, {pdf}));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    QString write(const QString &kind, const CaseData &data, LessonPrint::Paper paper = LessonPrint::Paper::A4)
    {
        const QString path = m_dir.filePath(u"%1-%2.pdf"_s.arg(kind).arg(int(paper)));
        QString error;
        const bool ok = kind == u"guide"_s ? LessonPrint::writeGuide(path, data, paper, &error) : LessonPrint::writeWorksheet(path, data, paper, &error);
        return ok ? path : QString();
    }

    QList<const QuizItem *> lessonItems(const CaseData &data) const
    {
        QList<const QuizItem *> items;
        for (const Chapter &c : data.chapters) {
            for (const LessonStep &s : c.steps) {
                for (const QString &id : s.quiz)
                    items << data.quizItem(id);
            }
        }
        return items;
    }

    static QStringList correctTexts(const QuizItem &q)
    {
        if (q.type == Quiz::Type::TrueFalse)
            return {};
        QStringList texts;
        for (const QuizChoice &c : q.choices) {
            if (c.correct)
                texts << (q.type == Quiz::Type::Highlight ? c.quote : c.text);
        }
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult result = CaseLoader().load(QStringLiteral(CONTENT_DIR "/sony-hack"));
        QVERIFY(result.ok());
        m_case = result.data;
        QVERIFY(m_dir.isValid());
    }

    void guideHasTheWholeLesson()
    {
        const QString pdf = write(u"guide"_s, m_case);
        QVERIFY(!pdf.isEmpty());
        QVERIFY2(pages(pdf) >= m_case.chapters.size() + 2, "the plan, a page per chapter at least, the keys");
        QVERIFY2(run(u"pdfinfo"_s, {pdf}).contains(u"A4"_s), "A4 by default");
        const QString text = pdfText(pdf);
        QStringList expected{normalised(m_case.info.title), u"TEACHER'S GUIDE"_s, u"Keys while presenting"_s};
        const Claimscope::LessonLength length = Claimscope::estimateLessonLength(m_case);
        for (qsizetype i = 0; i < m_case.chapters.size(); ++i) {
            const Chapter &c = m_case.chapters.at(i);
            expected << normalised(c.title) << u"about %1 min"_s.arg(length.chapters.at(i).minutes);
            for (const LessonStep &s : c.steps) {
                expected << normalised(s.title) << normalised(s.presenterNotes);
                if (!s.reveal.isEmpty())
                    expected << normalised(s.reveal);
            }
        }
        for (const QuizItem *q : lessonItems(m_case)) {
            QVERIFY(q);
            expected << normalised(q->prompt) << normalised(q->explanation);
            for (const QString &c : correctTexts(*q))
                expected << normalised(c);
        }
        for (const QString &s : std::as_const(expected))
            QVERIFY2(text.contains(s), qPrintable(u"missing \"%1\""_s.arg(s)));
    }

    // Every answer, one kind at a time: ✓ on the correct choice, True/False, the ranking in order.
    void guideMarksEachAnswer_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString &type : {u"single"_s, u"evidence"_s, u"true-false"_s, u"highlight"_s, u"rank"_s})
            QTest::addRow("%s", qPrintable(type)) << type;
    }

    void guideMarksEachAnswer()
    {
        QFETCH(QString, type);
        const QString text = pdfText(write(u"guide"_s, m_case));
        int seen = 0;
        for (const QuizItem *q : lessonItems(m_case)) {
            if (q->type != Quiz::typeFromName(type))
                continue;
            ++seen;
            QString answer;
            if (type == u"true-false"_s) {
                answer = u"Answer: "_s + (q->answer ? u"True"_s : u"False"_s);
            } else if (type == u"rank"_s) {
                const auto first = std::find_if(q->choices.cbegin(), q->choices.cend(), [&](const QuizChoice &c) { return c.id == q->order.constFirst(); });
                answer = u"Answer, most reliable first: 1. "_s + normalised(first->text);
            } else {
                const QString correct = normalised(correctTexts(*q).constFirst());
                answer = type == u"highlight"_s ? QString(u"“"_s + correct + u"” ✓"_s) : QString(correct + u" ✓"_s);
            }
            QVERIFY2(text.contains(normalised(answer)), qPrintable(u"%1: missing \"%2\""_s.arg(q->id, answer)));
        }
        QVERIFY2(seen > 0, "the lesson has such a question");
    }

    void worksheetAsksWithoutAnswering_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addRow("A4") << int(LessonPrint::Paper::A4);
        QTest::addRow("Letter") << int(LessonPrint::Paper::Letter);
    }

    void worksheetAsksWithoutAnswering()
    {
        QFETCH(int, paper);
        const QString pdf = write(u"worksheet"_s, m_case, LessonPrint::Paper(paper));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(pages(pdf) >= 1);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"WORKSHEET"_s));
        QVERIFY(text.contains(u"Name:"_s));
        QVERIFY2(!text.contains(u"✓"_s) && !text.contains(u"Answer:"_s) && !text.contains(u"Why:"_s), "no answer is marked");
        for (const QuizItem *q : lessonItems(m_case)) {
            QVERIFY2(text.contains(normalised(q->prompt)), qPrintable(q->id));
            QVERIFY2(!text.contains(normalised(q->explanation)), qPrintable(u"%1: the explanation is printed"_s.arg(q->id)));
            for (const QuizChoice &c : q->choices) {
                if (!c.feedback.isEmpty())
                    QVERIFY2(!text.contains(normalised(c.feedback)), qPrintable(u"%1: feedback is printed"_s.arg(q->id)));
                QVERIFY2(text.contains(normalised(q->type == Quiz::Type::Highlight ? c.quote : c.text)), qPrintable(u"%1: a choice is missing"_s.arg(q->id)));
            }
            if (!q->feedbackTrue.isEmpty())
                QVERIFY(!text.contains(normalised(q->feedbackTrue)));
        }
        for (const Chapter &c : m_case.chapters) {
            for (const LessonStep &s : c.steps)
                QVERIFY2(!text.contains(normalised(s.presenterNotes)), "no presenter note");
        }
        // Each box once: a line on two pages is not written twice.
        int boxes = 0;
        for (const QuizItem *q : lessonItems(m_case))
            boxes += q->type == Quiz::Type::TrueFalse ? 2 : q->type == Quiz::Type::Rank ? 0 : static_cast<int>(q->choices.size());
        QCOMPARE(text.count(u"☐"_s), boxes + 1); // and the one in the instructions
        QCOMPARE(text.count(u"Why?"_s), lessonItems(m_case).size());
    }

    void paperSizes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("size");
        QTest::addRow("guide, A4") << u"guide"_s << int(LessonPrint::Paper::A4) << u"595 x 842 pts (A4)"_s;
        QTest::addRow("guide, Letter") << u"guide"_s << int(LessonPrint::Paper::Letter) << u"612 x 792 pts (letter)"_s;
        QTest::addRow("worksheet, A4") << u"worksheet"_s << int(LessonPrint::Paper::A4) << u"595 x 842 pts (A4)"_s;
        QTest::addRow("worksheet, Letter") << u"worksheet"_s << int(LessonPrint::Paper::Letter) << u"612 x 792 pts (letter)"_s;
    }

    void paperSizes()
    {
        QFETCH(QString, kind);
        QFETCH(int, paper);
        QFETCH(QString, size);
        const QString info = run(u"pdfinfo"_s, {write(kind, m_case, LessonPrint::Paper(paper))});
        QVERIFY2(info.contains(u"Page size:"_s) && info.contains(size), qPrintable(info));
    }

    // What the home page and the console call: the open case, the paper chosen, a file name, the error.
    void printerWritesTheOpenCase()
    {
        CaseLibrary library;
        QVERIFY(library.openDefault());
        LessonPrinter printer;
        printer.setLibrary(&library);
        const QString name = printer.fileName(u"guide"_s);
        QVERIFY2(QRegularExpression(u"^[a-z0-9-]+-teachers-guide\\.pdf$"_s).match(name).hasMatch(), qPrintable(name));
        QVERIFY(printer.fileName(u"worksheet"_s).endsWith(u"-worksheet.pdf"_s));
        const QString path = m_dir.filePath(u"printer.pdf"_s);
        QVERIFY(printer.write(u"worksheet"_s, QUrl::fromLocalFile(path), true));
        QVERIFY(printer.error().isEmpty());
        QVERIFY(run(u"pdfinfo"_s, {path}).contains(u"(letter)"_s));
        QVERIFY(pdfText(path).contains(u"WORKSHEET"_s));
        QVERIFY(!printer.write(u"guide"_s, QUrl::fromLocalFile(u"/nonexistent/dir/g.pdf"_s), false));
        QVERIFY2(printer.error().contains(u"/nonexistent/dir/g.pdf"_s), qPrintable(printer.error()));
        QVERIFY(!printer.write(u"poster"_s, QUrl::fromLocalFile(path), false));
    }

    void writeFailureSaysWhy()
    {
        QString error;
        QVERIFY(!LessonPrint::writeGuide(u"/nonexistent/dir/guide.pdf"_s, m_case, LessonPrint::Paper::A4, &error));
        QVERIFY2(error.startsWith(u"/nonexistent/dir/guide.pdf: "_s), qPrintable(error));
    }

    // A long case with a long name: every page keeps its margins clear and no word is cut.
    void longCaseStaysInsideTheMargins_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("paper");
        QTest::addRow("guide, A4") << u"guide"_s << int(LessonPrint::Paper::A4);
        QTest::addRow("guide, Letter") << u"guide"_s << int(LessonPrint::Paper::Letter);
        QTest::addRow("worksheet, A4") << u"worksheet"_s << int(LessonPrint::Paper::A4);
        QTest::addRow("worksheet, Letter") << u"worksheet"_s << int(LessonPrint::Paper::Letter);
    }

    void longCaseStaysInsideTheMargins()
    {
        QFETCH(QString, kind);
        QFETCH(int, paper);
        const QString token = u"Unbreakable"_s + QString(120, u'W') + u"End"_s;
        CaseData data = m_case;
        data.info.title = QStringList(6, u"A very long name for a case about the coverage of a story"_s).join(u' ') + u' ' + token;
        Chapter &chapter = data.chapters.first();
        chapter.title = token;
        chapter.steps.first().title = token;
        chapter.steps.first().presenterNotes = QStringList(40, chapter.steps.first().presenterNotes).join(u' ');
        for (QuizItem &q : data.quizItems) {
            if (!q.choices.isEmpty())
                q.choices.first().text = token;
            q.prompt += u' ' + token;
        }
        const QString pdf = write(kind, data, LessonPrint::Paper(paper));
        QVERIFY(!pdf.isEmpty());
        const int count = pages(pdf);
        QVERIFY(count > (kind == u"guide"_s ? m_case.chapters.size() + 2 : 1));

        QString compact = run(u"pdftotext"_s, {pdf, u"-"_s});
        compact.remove(QRegularExpression(u"[\\s\\x{2066}-\\x{2069}]"_s));
        QVERIFY2(compact.contains(token), "the long word is all there, broken across lines at most");

        const QString base = m_dir.filePath(u"long-%1-%2"_s.arg(kind).arg(paper));
        run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"40"_s, pdf, base});
        const double dotsPerMm = 40 / 25.4;
        int checked = 0;
        for (const QString &file : QDir(m_dir.path()).entryList({QFileInfo(base).fileName() + u"-*.png"_s})) {
            const QImage page = QImage(m_dir.filePath(file)).convertToFormat(QImage::Format_Grayscale8);
            QVERIFY(!page.isNull());
            // The margins are 18 mm left and right, 16 mm top and 14 mm bottom: 12, 12, 10 and 8 mm of them stay white.
            const int side = qFloor(12 * dotsPerMm), top = qFloor(10 * dotsPerMm), bottom = qFloor(8 * dotsPerMm);
            for (int y = 0; y < page.height(); ++y) {
                const uchar *row = page.constScanLine(y);
                const bool band = y < top || y >= page.height() - bottom;
                for (int x = 0; x < page.width(); ++x) {
                    if ((band || x < side || x >= page.width() - side) && row[x] < 200)
                        QFAIL(qPrintable(u"%1: ink in the margin at %2,%3"_s.arg(file).arg(x).arg(y)));
                }
            }
            ++checked;
        }
        QCOMPARE(checked, count);
    }
};

QTEST_MAIN(TestLessonPrint)
#include "tst_lessonprint.moc"
