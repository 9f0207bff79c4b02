// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// StudentProgress: the current profile's results written out for the teacher, as CSV
// and as a one-page PDF report.
#include "progress/studentprogress.h"

#include "progress/progressreport.h"

#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Claimscope;

QString StudentProgress::exportFileName(const QString &suffix) const
{
    QString name = current() && !current()->name.isEmpty() ? current()->name.toLower() : u"anonymous"_s;
    QString safe;
    for (const QChar c : std::as_const(name))
        safe += c.isLetterOrNumber() ? c : u'-';
    while (safe.contains(u"--"_s))
        safe.replace(u"--"_s, u"-"_s);
    safe = safe.left(40);
    while (safe.startsWith(u'-'))
        safe.remove(0, 1);
    while (safe.endsWith(u'-'))
        safe.chop(1);
    if (safe.isEmpty())
        safe = u"student"_s;
    return u"claimscope-%1-%2.%3"_s.arg(safe, m_store.now().toLocalTime().date().toString(Qt::ISODate), suffix);
}

QUrl StudentProgress::exportFolder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

bool StudentProgress::exportCsv(const QUrl &url)
{
    if (!current() || !caseData())
        return false;
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QSaveFile file(path);
    const QByteArray bytes = progressCsv(*caseData(), *current()).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        addProblem(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool StudentProgress::exportPdf(const QUrl &url)
{
    if (!current() || !caseData())
        return false;
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QString error;
    if (!writeProgressPdf(path, *caseData(), *current(), m_store.now(), &error)) {
        addProblem(tr("The report could not be written: %1").arg(error));
        return false;
    }
    return true;
}
