// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progressreport.h"

#include "common/packtext.h"
#include "progress/resultsformatter.h"
#include "quiz/quizresult.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

// Text::tr("…") reads as a context of its own to lupdate, unlike a free tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)
};

/// Everything in the report is escaped; pack text (the case title, the
/// criteria) and the student's name are isolated as well.
QString esc(const QString &text)
{
    return PackText::escaped(text);
}

/// Score, discernment and the criteria table of one run.
QString runHtml(const CaseData &data, const QString &heading, const RunProgress &run, const QStringList &items)
{
    using F = ResultsFormatter;
    const QuizResult r = quizResult(data, items, run);
    QString html = u"<h2>%1</h2>"_s.arg(esc(heading));
    html += u"<p><b>%1</b> %2 · %3 %4 · %5 %6</p>"_s.arg(esc(Text::tr("Score:")),
                                                         esc(F::score(r)),
                                                         esc(Text::tr("answered")),
                                                         esc(F::countOf(r.answered, r.items)),
                                                         esc(Text::tr("time spent")),
                                                         esc(F::duration(r.secondsSpent)));
    html += u"<p><b>%1</b> %2 %3 · %4 %5</p>"_s.arg(esc(Text::tr("Discernment:")),
                                                    esc(Text::tr("true statements")),
                                                    esc(F::statementsAnswered(r.trueAccuracy, r.trueAnswered)),
                                                    esc(Text::tr("false statements")),
                                                    esc(F::statementsAnswered(r.falseAccuracy, r.falseAnswered)));
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse: collapse;\">"_s
            u"<tr><th align=\"left\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th></tr>"_s.arg(
                esc(Text::tr("Criterion")), esc(Text::tr("Answered")), esc(Text::tr("Strength")));
    for (const CriterionScore &c : r.byCriterion) {
        html += u"<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>"_s.arg(
            esc(c.title), esc(F::countOf(c.answered, c.items)), esc(F::percent(c.fraction)));
    }
    html += u"</table>"_s;
    return html;
}

} // namespace

QString progressReportHtml(const CaseData &data, const StudentProfile &profile, const QDateTime &now)
{
    const CaseProgress progress = profile.cases.value(data.info.id);
    const QString name = profile.name.isEmpty() ? Text::tr("Anonymous student") : profile.name;
    const QString date = QLocale().toString(now.toLocalTime().date(), QLocale::LongFormat);
    QString html = u"<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 10pt;\">"_s;
    html += u"<p style=\"color: #b3261e; font-size: 9pt;\"><b>%1</b></p>"_s.arg(esc(Text::tr("CLAIMSCOPE · STUDENT REPORT")));
    html += u"<h1>%1</h1>"_s.arg(esc(data.info.title));
    html += u"<p><b>%1</b> %2<br/><b>%3</b> %4<br/>"_s.arg(esc(Text::tr("Student:")), esc(name), esc(Text::tr("Date:")), esc(date));
    if (progress.lesson.isStarted())
        html += u"<b>%1</b> %2 · <b>%3</b> %4"_s.arg(
            esc(Text::tr("Lesson started:")),
            esc(QLocale().toString(progress.lesson.started.toLocalTime(), QLocale::ShortFormat)),
            esc(Text::tr("finished:")),
            esc(progress.lesson.isFinished() ? QLocale().toString(progress.lesson.finished.toLocalTime(), QLocale::ShortFormat) : Text::tr("not yet")));
    html += u"</p>"_s;
    html += runHtml(data, Text::tr("The lesson's checks"), progress.lesson, lessonItemIds(data));
    if (progress.booster.isStarted())
        html += runHtml(data,
                        Text::tr("Booster check, %1").arg(QLocale().toString(progress.booster.started.toLocalTime().date(), QLocale::ShortFormat)),
                        progress.booster,
                        boosterItemIds(data));
    else
        html += u"<h2>%1</h2><p>%2</p>"_s.arg(esc(Text::tr("Booster check")), esc(Text::tr("Not taken yet.")));
    html += u"<p style=\"font-size: 8pt; color: #4a5263;\">%1</p>"_s.arg(
        esc(Text::tr("Discernment reports true and false statements apart: rejecting everything scores well on false statements "
                     "and badly on true ones, so both numbers matter. Strength per criterion is the share of credit earned "
                     "on the checks that train it.")));
    html += u"</body></html>"_s;
    return html;
}

bool writeProgressPdf(const QString &path, const CaseData &data, const StudentProfile &profile, const QDateTime &now, QString *error)
{
    QSaveFile file(path); // a half-written report never replaces a good one
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setTitle(Text::tr("Claimscope report: %1").arg(data.info.title));
    writer.setCreator(u"Claimscope"_s);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    writer.setResolution(300);

    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setHtml(progressReportHtml(data, profile, now));
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    // Lay out at 96 dpi on a page of the printable size, then scale to the writer.
    const double scale = writer.resolution() / 96.0;
    const QSizeF size(page.width() / scale, page.height() / scale);
    doc.setPageSize(size);
    // One page, always: shrink the text until it fits (a long case title, many criteria).
    for (int pt = 10; pt > 6 && doc.pageCount() > 1; --pt) {
        QFont font = doc.defaultFont();
        font.setPointSize(pt - 1);
        doc.setDefaultFont(font);
        doc.setHtml(progressReportHtml(data, profile, now).replace(u"font-size: 10pt"_s, u"font-size: %1pt"_s.arg(pt - 1)));
        doc.setPageSize(size);
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = u"%1: cannot write a PDF"_s.arg(path);
        return false;
    }
    painter.scale(scale, scale);
    doc.drawContents(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}
