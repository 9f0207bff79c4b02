// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson/lessonprint.h"

#include "case/lessonlength.h"
#include "lesson/pagedpdf.h"

#include "common/packtext.h"
#include "presentation/presentation.h"
#include "progress/progressstore.h"
#include "quiz/quizorder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

// Text::tr("…") reads as a context of its own to lupdate, unlike a free tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LessonPrint)
};

/// Every string that goes into the HTML, the app's own included.
QString esc(const QString &text)
{
    return PackText::escaped(text);
}

/// The first `words` words of `text`, with "…" when there were more.
QString excerpt(const QString &text, int words)
{
    static const QRegularExpression space(u"\\s+"_s);
    const QStringList all = text.split(space, Qt::SkipEmptyParts);
    if (all.size() <= words)
        return all.join(u' ');
    return all.mid(0, words).join(u' ') + u" …"_s;
}

QString kindLabel(const QString &kind)
{
    if (kind == u"article"_s)
        return Text::tr("article");
    if (kind == u"blame"_s)
        return Text::tr("who blamed whom");
    if (kind == u"coverage"_s)
        return Text::tr("the coverage over time");
    if (kind == u"quiz"_s)
        return Text::tr("questions");
    if (kind == u"reveal"_s)
        return Text::tr("with a reveal");
    return Text::tr("story");
}

QString typeLabel(const QuizItem &q)
{
    if (q.type == Quiz::Type::TrueFalse)
        return Text::tr("true or false");
    if (q.type == Quiz::Type::Highlight)
        return Text::tr("highlight the words");
    if (q.type == Quiz::Type::Rank)
        return Text::tr("rank the sources");
    if (q.type == Quiz::Type::Evidence)
        return Text::tr("what evidence was offered?");
    return Text::tr("choice");
}

QList<const QuizItem *> stepItems(const CaseData &data, const LessonStep &step)
{
    QList<const QuizItem *> items;
    if (step.kind != u"quiz"_s)
        return items;
    for (const QString &id : step.quiz) {
        if (const QuizItem *q = data.quizItem(id))
            items << q;
    }
    return items;
}

/// What the class sees on a step, in a few lines.
QString classSees(const CaseData &data, const LessonStep &step)
{
    QStringList parts;
    if (step.kind == u"article"_s) {
        if (const Article *a = data.article(step.article))
            parts << PackText::rich(Text::tr("The article “%1” (%2), with its marks."), {a->headline, a->outlet});
    } else if (step.kind == u"blame"_s) {
        parts << esc(Text::tr("The map of who blamed whom%1.")
                         .arg(step.cutoff.isValid() ? Text::tr(", up to %1").arg(QLocale().toString(step.cutoff, QLocale::ShortFormat)) : QString()));
    } else if (step.kind == u"coverage"_s) {
        parts << esc(Text::tr("The coverage day by day%1.")
                         .arg(step.cutoff.isValid() ? Text::tr(", up to %1").arg(QLocale().toString(step.cutoff, QLocale::ShortFormat)) : QString()));
    } else if (step.kind == u"quiz"_s) {
        const int n = static_cast<int>(stepItems(data, step).size());
        parts << esc(Text::tr("%Ln question(s), one at a time.", nullptr, n));
    }
    if (!step.text.isEmpty())
        parts << esc(excerpt(step.text, 45));
    QStringList later;
    for (const QString &id : step.later) {
        if (const LaterDevelopment *d = data.laterDevelopment(id))
            later << esc(d->title);
    }
    if (!later.isEmpty())
        parts << u"<i>%1</i> %2"_s.arg(esc(Text::tr("Dated cards:")), later.join(u" · "_s));
    return parts.join(u' ');
}

/// The choices (or passages, or sources) of an item as the class sees them,
/// each as HTML; `marked` adds the teacher's ✓ to the correct ones.
QStringList choiceLines(const QuizItem &q, bool marked)
{
    QStringList lines;
    if (q.type == Quiz::Type::TrueFalse)
        return lines;
    if (q.type == Quiz::Type::Rank) {
        for (const qsizetype i : presentationOrder(q))
            lines << esc(q.choices.at(i).text);
        return lines;
    }
    for (const QuizChoice &c : q.choices) {
        const QString text = q.type == Quiz::Type::Highlight ? u"“"_s + c.quote + u"”"_s : c.text;
        lines << esc(text) + (marked && c.correct ? u" <b>✓</b>"_s : QString());
    }
    return lines;
}

QString correctAnswer(const QuizItem &q)
{
    QStringList correct;
    if (q.type == Quiz::Type::TrueFalse)
        return esc(q.answer ? Text::tr("True") : Text::tr("False"));
    if (q.type == Quiz::Type::Rank) {
        int n = 0;
        for (const QString &id : q.order) {
            const auto c = std::find_if(q.choices.cbegin(), q.choices.cend(), [&](const QuizChoice &k) { return k.id == id; });
            if (c != q.choices.cend())
                correct << u"%1. %2"_s.arg(++n).arg(esc(c->text));
        }
        return correct.join(u"  "_s);
    }
    for (const QuizChoice &c : q.choices) {
        if (c.correct)
            correct << esc(q.type == Quiz::Type::Highlight ? u"“"_s + c.quote + u"”"_s : c.text);
    }
    return correct.join(u" · "_s);
}

QString voteHint(const QuizItem &q)
{
    const int n = Presentation::voteChoices(q);
    if (q.type == Quiz::Type::TrueFalse)
        return Text::tr("Show of hands: key 1 counts a hand for true, 2 for false; → reveals the tally and the answer.");
    if (n > 0)
        return Text::tr("Show of hands: keys 1–%1 count a hand for each choice; → reveals the tally and the answer.").arg(n);
    return Text::tr("For discussion (no show of hands): ask for reasons, then → reveals the answer.");
}

QString questionSource(const CaseData &data, const QuizItem &q)
{
    if (const Article *a = data.article(q.article))
        return u"<p style=\"color: #4a5263;\">%1</p>"_s.arg(PackText::rich(Text::tr("In “%1” (%2)"), {a->headline, a->outlet}));
    return {};
}

QString pageStart(const QString &kicker)
{
    return u"<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 10pt;\">"
           "<p style=\"color: #b3261e; font-size: 9pt;\"><b>%1</b></p>"_s.arg(esc(kicker));
}

QString keyGuideHtml()
{
    const QList<std::pair<QString, QString>> keys{
        {Text::tr("→ PgDn Space / ← PgUp"), Text::tr("next / back; a step with something hidden reveals it first")},
        {Text::tr("B or ."), Text::tr("blank the screen (black); again to show it")},
        {Text::tr("F, Esc"), Text::tr("full screen on and off; Esc leaves full screen, a second Esc ends after a confirmation")},
        {Text::tr("number, Enter"), Text::tr("go to that step")},
        {Text::tr("1–4 on a question"),
         Text::tr("one hand for that choice (true/false: 1 true, 2 false); Backspace takes the last back; G, number, Enter goes to a step")},
        {Text::tr("N (one screen)"), Text::tr("the notes and the answer, after a warning: the class sees them too; N or Esc hides them, and any move does")},
        {Text::tr("T (one screen)"), Text::tr("the teacher's strip: step, the next step's title, hands counted, time")},
    };
    QString html = u"<h2 style=\"page-break-before: always;\">%1</h2><p>%2</p>"_s.arg(
        esc(Text::tr("Keys while presenting")),
        esc(Text::tr("Two screens: the console on the laptop shows the notes, the answers and the counts; the class sees the "
                     "audience window. One screen (a mirrored projector): the class sees everything the laptop shows, so only "
                     "the audience view is shown, with a small strip for the teacher.")));
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse: collapse;\">"_s;
    for (const auto &[key, what] : keys)
        html += u"<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(key), esc(what));
    return html + u"</table>"_s;
}

QString itemGuideHtml(const CaseData &data, const QuizItem &q, int number, int count)
{
    QString html = u"<p style=\"margin-top: 8px;\"><b>%1</b> <span style=\"color: #4a5263;\">(%2)</span></p>"_s.arg(
        esc(Text::tr("Question %1 of %2").arg(number).arg(count)), esc(typeLabel(q)));
    html += u"<p><b>%1</b></p>"_s.arg(esc(q.prompt));
    if (!q.statement.isEmpty())
        html += u"<p><i>“%1”</i></p>"_s.arg(esc(q.statement));
    html += questionSource(data, q);
    const QStringList lines = choiceLines(q, true);
    for (qsizetype i = 0; i < lines.size(); ++i)
        html += u"<p style=\"margin-left: 16px;\">%1. %2</p>"_s.arg(i + 1).arg(lines.at(i));
    html += u"<p><b>%1</b> %2</p>"_s.arg(esc(q.type == Quiz::Type::Rank ? Text::tr("Answer, most reliable first:") : Text::tr("Answer:")), correctAnswer(q));
    if (!q.explanation.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(Text::tr("Why:")), esc(q.explanation));
    html += u"<p style=\"color: #4a5263;\"><b>%1</b> %2</p>"_s.arg(esc(Text::tr("Class vote:")), esc(voteHint(q)));
    return html;
}

QString minutesText(int minutes)
{
    //: "min" abbreviates minutes, as in a lesson plan's timing.
    return Text::tr("about %Ln min", nullptr, minutes);
}

/// The writing lines under a worksheet question.
QString writingLines(int count)
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += u"<p style=\"margin-top: 14px;\">&nbsp;</p><hr/>"_s;
    return html;
}

QPageSize::PageSizeId pageSize(LessonPrint::Paper paper)
{
    return paper == LessonPrint::Paper::Letter ? QPageSize::Letter : QPageSize::A4;
}

} // namespace

namespace LessonPrint {

QString guideHtml(const CaseData &data)
{
    // The same estimate as the studio's (docs/teaching.md).
    const LessonLength length = estimateLessonLength(data);
    int steps = 0;
    for (const Chapter &c : data.chapters)
        steps += static_cast<int>(c.steps.size());
    const int questions = length.questions, minutes = length.minutes;
    QString html = pageStart(Text::tr("CLAIMSCOPE · TEACHER'S GUIDE"));
    html += u"<h1>%1</h1>"_s.arg(esc(data.info.title));
    if (!data.info.summary.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(data.info.summary));
    html += u"<p><b>%1</b> %2</p>"_s.arg(
        esc(Text::tr("The lesson:")),
        esc(Text::tr("%1 chapters, %2 steps, %3 questions · %4 in class").arg(data.chapters.size()).arg(steps).arg(questions).arg(minutesText(minutes))));
    html += u"<p style=\"font-size: 8pt; color: #4a5263;\">%1</p>"_s.arg(
        esc(Text::tr("Times are estimates: the step texts and the articles read at about %1 words a minute, plus %2 minute per question. "
                     "Discussion takes longer; plan for it.")
                .arg(LessonLength::WordsPerMinute)
                .arg(LessonLength::MinutesPerQuestion)));
    if (!data.info.contentNotice.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(Text::tr("Content notice:")), esc(data.info.contentNotice));

    html += u"<h2>%1</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse: collapse;\">"
            "<tr><th align=\"left\">%2</th><th align=\"right\">%3</th><th align=\"right\">%4</th><th align=\"right\">%5</th></tr>"_s.arg(
                esc(Text::tr("The plan")), esc(Text::tr("Chapter")), esc(Text::tr("Steps")), esc(Text::tr("Questions")), esc(Text::tr("Time")));
    int number = 0;
    for (qsizetype i = 0; i < data.chapters.size(); ++i) {
        const Chapter &c = data.chapters.at(i);
        const ChapterLength &t = length.chapters.at(i);
        html += u"<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>"_s.arg(
            esc(Text::tr("%1. %2").arg(QLocale().toString(++number), c.title)),
            QLocale().toString(c.steps.size()),
            QLocale().toString(t.questions),
            esc(minutesText(t.minutes)));
    }
    html += u"</table>"_s;

    int stepNumber = 0;
    number = 0;
    for (qsizetype ci = 0; ci < data.chapters.size(); ++ci) {
        const Chapter &c = data.chapters.at(ci);
        html += u"<h2 style=\"page-break-before: always;\">%1</h2>"_s.arg(esc(Text::tr("Chapter %1 · %2").arg(++number).arg(c.title)));
        html += u"<p style=\"color: #4a5263;\">%1</p>"_s.arg(esc(minutesText(length.chapters.at(ci).minutes)));
        if (!c.summary.isEmpty())
            html += u"<p><i>%1</i></p>"_s.arg(esc(c.summary));
        for (const LessonStep &step : c.steps) {
            html += u"<h3 style=\"margin-top: 14px;\">%1 <span style=\"font-weight: normal; color: #4a5263;\">(%2)</span></h3>"_s.arg(
                esc(Text::tr("Step %1 · %2").arg(++stepNumber).arg(step.title)), esc(kindLabel(step.kind)));
            html += u"<p><b>%1</b> %2</p>"_s.arg(esc(Text::tr("The class sees:")), classSees(data, step));
            if (!step.reveal.isEmpty())
                html += u"<p><b>%1</b> %2</p>"_s.arg(esc(Text::tr("→ reveals:")), esc(step.reveal));
            if (!step.presenterNotes.isEmpty())
                html += u"<p style=\"background-color: #fff4d6;\"><b>%1</b> %2</p>"_s.arg(esc(Text::tr("Notes:")), esc(step.presenterNotes));
            const QList<const QuizItem *> items = stepItems(data, step);
            for (qsizetype i = 0; i < items.size(); ++i)
                html += itemGuideHtml(data, *items.at(i), static_cast<int>(i + 1), static_cast<int>(items.size()));
        }
    }
    html += keyGuideHtml();
    return html + u"</body></html>"_s;
}

QString worksheetHtml(const CaseData &data)
{
    QString html = pageStart(Text::tr("CLAIMSCOPE · WORKSHEET"));
    html += u"<h1>%1</h1>"_s.arg(esc(data.info.title));
    html += u"<p>%1 ______________________________ &nbsp; %2 __________ &nbsp; %3 ______________</p>"_s.arg(
        esc(Text::tr("Name:")), esc(Text::tr("Class:")), esc(Text::tr("Date:")));
    html += u"<p>%1</p>"_s.arg(esc(Text::tr("Tick the box you choose (☐), or number the sources in order; then say why in a few words.")));
    int number = 0;
    for (const Chapter &c : data.chapters) {
        QString questions;
        for (const LessonStep &step : c.steps) {
            for (const QuizItem *q : stepItems(data, step)) {
                questions += u"<p style=\"margin-top: 12px;\"><b>%1. %2</b></p>"_s.arg(++number).arg(esc(q->prompt));
                if (!q->statement.isEmpty())
                    questions += u"<p><i>“%1”</i></p>"_s.arg(esc(q->statement));
                questions += questionSource(data, *q);
                if (q->type == Quiz::Type::TrueFalse) {
                    questions += u"<p style=\"margin-left: 16px;\">☐ %1 &nbsp;&nbsp;&nbsp; ☐ %2</p>"_s.arg(esc(Text::tr("True")), esc(Text::tr("False")));
                } else {
                    const QString box = q->type == Quiz::Type::Rank ? u"____"_s : u"☐"_s;
                    for (const QString &line : choiceLines(*q, false))
                        questions += u"<p style=\"margin-left: 16px;\">%1 %2</p>"_s.arg(box, line);
                }
                questions += u"<p style=\"margin-top: 6px;\">%1</p>"_s.arg(esc(Text::tr("Why?"))) + writingLines(2);
            }
        }
        if (!questions.isEmpty())
            html += u"<h2>%1</h2>"_s.arg(esc(c.title)) + questions;
    }
    return html + u"</body></html>"_s;
}

bool writeGuide(const QString &path, const CaseData &data, Paper paper, QString *error)
{
    return writePagedPdf(path,
                         Text::tr("Teacher's guide: %1").arg(data.info.title),
                         Text::tr("Teacher's guide · %1").arg(data.info.title),
                         guideHtml(data),
                         pageSize(paper),
                         error);
}

bool writeWorksheet(const QString &path, const CaseData &data, Paper paper, QString *error)
{
    return writePagedPdf(
        path, Text::tr("Worksheet: %1").arg(data.info.title), Text::tr("Worksheet · %1").arg(data.info.title), worksheetHtml(data), pageSize(paper), error);
}

Paper defaultPaper(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? Paper::Letter : Paper::A4;
}

} // namespace LessonPrint
