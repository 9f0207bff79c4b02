// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/caseloader.h"
#include "case/caseparser.h"
#include "common/jsonlocator.h"
#include "common/logging.h"

#include <KZip>

#include <QBuffer>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTimeZone>

#include <map>

using namespace Qt::StringLiterals;

namespace Claimscope {

CaseLoader::CaseLoader(PackLimits limits, CaseLimits caseLimits)
    : m_reader(limits)
    , m_caseLimits(caseLimits)
{
}

QString CaseLoader::defaultCasePath()
{
    return u":/claimscope/cases/sony-hack"_s;
}

LoadResult CaseLoader::load(const QString &path) const
{
    return load(m_reader.read(path));
}

LoadResult CaseLoader::load(const PackFiles &pack) const
{
    QElapsedTimer timer;
    timer.start();
    LoadResult result;
    result.origin = pack.origin;
    result.problems = pack.problems;
    if (pack.files.isEmpty() && !pack.problems.isEmpty())
        return result;
    result.data = CaseParser::parse(pack, result.problems);
    CaseValidator::validate(result.data, result.problems, m_caseLimits);

    // Give schema and reference problems a line and column, as syntax errors have.
    std::map<QString, JsonLocator> locators;
    for (Problem &p : result.problems) {
        if (p.line > 0 || p.path.isEmpty() || !pack.files.contains(p.file))
            continue;
        auto it = locators.find(p.file);
        if (it == locators.end())
            it = locators.emplace(p.file, JsonLocator(pack.files[p.file])).first;
        const JsonLocator::Position pos = it->second.find(p.path);
        p.line = pos.line;
        p.column = pos.column;
    }
    qCDebug(lcCase) << "loaded" << pack.origin << "in" << timer.elapsed() << "ms with" << result.problems.size() << "problems";
    return result;
}

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

Problems CasePacker::pack(const QString &folder, const QString &outFile)
{
    const PackReader reader;
    const PackFiles files = reader.readFolder(folder);
    LoadResult loaded = CaseLoader().load(files);
    if (!loaded.ok())
        return loaded.problems;
    const QByteArray bytes = zip(files);
    QSaveFile out(outFile);
    if (bytes.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return {Problem{outFile, 0, 0, {}, u"write-failed"_s, u"could not write the archive: %1"_s.arg(out.errorString())}};
    return {};
}

} // namespace Claimscope
