// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatcommand.h"
#include "case/casewriter.h"
#include "pack/packreader.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

QString count(qsizetype n, const QString &one, const QString &many)
{
    return QString::number(n) + u' ' + (n == 1 ? one : many);
}

} // namespace

int runFormatCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({u"check"_s, u"Change nothing; exit 1 if a file is not in the canonical layout."_s});
    parser.addPositionalArgument(u"DIR"_s, u"The case folder."_s);
    if (!parser.parse(QStringList{u"claimscope-format"_s} + args) || parser.positionalArguments().size() != 1 ||
        !QFileInfo(parser.positionalArguments().constFirst()).isDir()) {
        err << (parser.errorText().isEmpty() ? u"format needs one case folder"_s : parser.errorText())
            << u"\nUsage:\n  claimscope format [--check] DIR   rewrite a case folder's JSON files in the canonical layout\n"_s;
        err.flush();
        return 2;
    }
    const QString dir = parser.positionalArguments().constFirst();
    const bool check = parser.isSet(u"check"_s);

    const PackFiles pack = PackReader().readFolder(dir);
    Problems problems = pack.problems;
    QMap<QString, QByteArray> files = pack.files;
    QStringList changed;
    qsizetype canonical = 0;
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!CaseWriter::isCaseJson(it.key()))
            continue; // notes beside the case (README.md, CHANGES.md) stay as they are
        const QByteArray laidOut = CaseWriter::canonical(it.key(), it.value(), problems);
        if (laidOut.isEmpty())
            continue;
        if (laidOut == it.value()) {
            ++canonical;
        } else {
            changed << it.key();
            *it = laidOut;
        }
    }
    if (!problems.isEmpty()) {
        for (const Problem &p : std::as_const(problems))
            out << dir << u'/' << p.toString() << u'\n';
        out << u"nothing rewritten: "_s << count(problems.size(), u"problem"_s, u"problems"_s) << u" to fix first\n"_s;
        out.flush();
        return 1;
    }
    if (check) {
        for (const QString &file : std::as_const(changed))
            out << dir << u'/' << file << u": not in the canonical layout\n"_s;
        out << count(changed.size(), u"file"_s, u"files"_s) << u" to rewrite, "_s << canonical << u" already canonical\n"_s;
        out.flush();
        return changed.isEmpty() ? 0 : 1;
    }
    const CaseWriter::Saved saved = CaseWriter::save(files, dir);
    for (const Problem &p : saved.problems)
        out << dir << u'/' << p.toString() << u'\n';
    out << count(saved.written.size(), u"file"_s, u"files"_s) << u" rewritten, "_s << canonical << u" already canonical\n"_s;
    out.flush();
    return saved.problems.isEmpty() ? 0 : 1;
}
