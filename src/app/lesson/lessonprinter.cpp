// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson/lessonprinter.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

void LessonPrinter::setLibrary(CaseLibrary *library)
{
    if (m_library == library)
        return;
    m_library = library;
    Q_EMIT libraryChanged();
}

void LessonPrinter::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

bool LessonPrinter::write(const QString &kind, const QUrl &file, bool letter)
{
    if (!m_library || (kind != u"guide"_s && kind != u"worksheet"_s))
        return false;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const LessonPrint::Paper paper = letter ? LessonPrint::Paper::Letter : LessonPrint::Paper::A4;
    QString error;
    const bool ok = kind == u"guide"_s ? LessonPrint::writeGuide(path, m_library->caseData(), paper, &error)
                                       : LessonPrint::writeWorksheet(path, m_library->caseData(), paper, &error);
    setError(ok ? QString() : error);
    return ok;
}

QString LessonPrinter::fileName(const QString &kind) const
{
    QString id;
    for (const QChar c : m_library ? m_library->caseId().toLower() : QString())
        id += c.isLetterOrNumber() && c.unicode() < 128 ? c : u'-';
    id = id.left(40);
    if (id.isEmpty())
        id = u"case"_s;
    return id + (kind == u"guide"_s ? u"-teachers-guide.pdf"_s : u"-worksheet.pdf"_s);
}

QUrl LessonPrinter::folder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}
