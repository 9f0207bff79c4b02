// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/casepacker.h"
#include "case/caseloader.h"

#include <KZip>

#include <QBuffer>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Claimscope {

QByteArray CasePacker::zip(const PackFiles &pack)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        KZip zip(&buffer);
        zip.setExtraField(KZip::NoExtraField);
        zip.setCompression(KZip::DeflateCompression);
        if (!zip.open(QIODevice::WriteOnly))
            return {};
        const QDateTime fixed(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::UTC); // reproducible bytes
        for (auto it = pack.files.cbegin(); it != pack.files.cend(); ++it)     // QMap: sorted by name
            zip.writeFile(it.key(), it.value(), 0100644, QString(), QString(), fixed, fixed, fixed);
        zip.close();
    }
    return buffer.data();
}

Problems CasePacker::pack(const QString &folder, const QString &outFile, CaseData *data)
{
    const PackReader reader;
    const PackFiles files = reader.readFolder(folder);
    LoadResult loaded = CaseLoader().load(files);
    if (!loaded.ok())
        return loaded.problems;
    const QByteArray bytes = zip(files);
    QSaveFile out(outFile);
    if (bytes.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return loaded.problems << Problem{outFile, 0, 0, {}, u"write-failed"_s, u"could not write the archive: %1"_s.arg(out.errorString())};
    if (data)
        *data = std::move(loaded.data);
    return loaded.problems;
}

} // namespace Claimscope
