// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson/pagedpdf.h"

#include "common/packtext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Claimscope;

bool writePagedPdf(const QString &path, const QString &title, const QString &footer, const QString &html, QPageSize::PageSizeId paper, QString *error)
{
    QSaveFile file(path); // a half-written PDF never replaces a good one
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setTitle(title);
    writer.setCreator(u"Claimscope"_s);
    const QPageSize size(paper);
    writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
    writer.setResolution(300);

    // Laid out at 96 dpi on a page of the printable size, then scaled to the writer (as the student report).
    const QRectF printable = writer.pageLayout().paintRectPixels(writer.resolution());
    const double scale = writer.resolution() / 96.0;
    const QSizeF page(printable.width() / scale, printable.height() / scale);
    constexpr double FooterHeight = 28;
    const double bodyHeight = page.height() - FooterHeight;

    QTextDocument doc;
    doc.setDocumentMargin(0);
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a word longer than the line breaks, never overflows
    doc.setDefaultTextOption(option);
    doc.setHtml(html);
    doc.setPageSize(QSizeF(page.width(), bodyHeight));

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = u"%1: cannot write a PDF"_s.arg(path);
        return false;
    }
    painter.scale(scale, scale);
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * bodyHeight);
        // Half a pixel in at the top and bottom: a line that only touches the page's edge belongs to the next
        // or previous page, and would otherwise be written twice (clipped away, yet still in the PDF's text).
        doc.drawContents(&painter, QRectF(0, i * bodyHeight + 0.5, page.width(), bodyHeight - 1));
        painter.restore();

        QTextDocument foot;
        foot.setDocumentMargin(0);
        foot.setDefaultTextOption(option);
        foot.setTextWidth(page.width());
        const QString number = QCoreApplication::translate("LessonPrint", "page %1 of %2").arg(i + 1).arg(pages);
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(7.5);
        const QString shown = QFontMetricsF(font).elidedText(footer, Qt::ElideRight, page.width() * 0.75);
        foot.setHtml(u"<table width=\"100%\" style=\"font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #4a5263;\"><tr>"
                     "<td>%1</td><td align=\"right\">%2</td></tr></table>"_s.arg(PackText::escaped(shown), PackText::escaped(number)));
        painter.save();
        painter.translate(0, page.height() - foot.size().height());
        foot.drawContents(&painter);
        painter.restore();
    }
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}
