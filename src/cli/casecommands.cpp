// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casecommands.h"
#include "case/caseloader.h"
#include "case/casepacker.h"
#include "case/vocabulary.h"
#include "formatcommand.h"
#include "lesson/lessonprint.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

enum Exit { Valid = 0, Invalid = 1, Usage = 2 };

int usage(QTextStream &err, const QString &message)
{
    err << message << u"\nUsage:\n"_s << u"  claimscope validate PATH...        check case packs (exit 0 valid, 1 invalid, 2 usage)\n"_s
        << u"  claimscope pack DIR -o FILE        validate DIR and write it as a zip case pack\n"_s
        << u"  claimscope info PATH               count what a case holds\n"_s
        << u"  claimscope format [--check] DIR    rewrite a case folder's JSON files in the canonical layout\n"_s
        << u"  claimscope guide [PACK] -o FILE.pdf [--letter]      the teacher's guide as a PDF (A4, or US Letter)\n"_s
        << u"  claimscope worksheet [PACK] -o FILE.pdf [--letter]  the worksheet, questions without answers\n"_s;
    err.flush();
    return Usage;
}

/// "3 claims", "1 claim".
QString counted(qsizetype n, const QString &one, const QString &many)
{
    return QString::number(n) + u' ' + (n == 1 ? one : many);
}

/// "4 articles, 120 claims, 12 quiz items, 9 lesson steps".
QString contents(const CaseData &d)
{
    qsizetype steps = 0;
    for (const Chapter &c : d.chapters)
        steps += c.steps.size();
    return QStringList{counted(d.articles.size(), u"article"_s, u"articles"_s),
                       counted(d.claims.size(), u"claim"_s, u"claims"_s),
                       counted(d.quizItems.size(), u"quiz item"_s, u"quiz items"_s),
                       counted(steps, u"lesson step"_s, u"lesson steps"_s)}
        .join(u", "_s);
}

qsizetype warningCount(const Problems &problems)
{
    return std::count_if(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.warning; });
}

/// "3 errors, 1 warning".
QString errorCount(const Problems &problems)
{
    const qsizetype warnings = warningCount(problems);
    return counted(problems.size() - warnings, u"error"_s, u"errors"_s) + (warnings > 0 ? u", "_s + counted(warnings, u"warning"_s, u"warnings"_s) : QString());
}

/// The last line about a case: "valid — 4 articles, …; 2 warnings" or "invalid — 3 errors, 1 warning".
QString summary(const Problems &problems, const CaseData &data)
{
    if (hasErrors(problems))
        return u"invalid — "_s + errorCount(problems);
    const qsizetype warnings = warningCount(problems);
    return u"valid — "_s + contents(data) + (warnings > 0 ? u"; "_s + counted(warnings, u"warning"_s, u"warnings"_s) : QString());
}

int validate(const QStringList &paths, QTextStream &out)
{
    int status = Valid;
    for (const QString &path : paths) {
        const LoadResult result = CaseLoader().load(path);
        for (const Problem &p : result.problems) {
            Problem shown = p;
            if (p.file != path) // name files inside the pack the way the user named the pack
                shown.file = path + u'/' + p.file;
            out << shown.toString() << u'\n';
        }
        out << path << u": "_s << summary(result.problems, result.data) << u'\n';
        if (!result.ok())
            status = Invalid;
    }
    out.flush();
    return status;
}

int pack(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({{u"o"_s, u"output"_s}, u"The archive to write."_s, u"FILE"_s});
    parser.addPositionalArgument(u"DIR"_s, u"The case folder."_s);
    if (!parser.parse(QStringList{u"claimscope-pack"_s} + args))
        return usage(err, parser.errorText());
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"o"_s))
        return usage(err, u"pack needs one case folder and -o FILE"_s);
    const QString dir = parser.positionalArguments().constFirst();
    const QString file = parser.value(u"o"_s);
    CaseData data;
    const Problems problems = CasePacker::pack(dir, file, &data);
    for (const Problem &p : problems)
        out << (p.file.startsWith(dir) || p.file == file ? p.toString() : dir + u'/' + p.toString()) << u'\n';
    if (hasErrors(problems))
        out << dir << u": not packed — "_s << errorCount(problems) << u'\n';
    else
        out << file << u": "_s << summary(problems, data) << u'\n';
    out.flush();
    return hasErrors(problems) ? Invalid : Valid;
}

int info(const QString &path, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = CaseLoader().load(path);
    const qint64 ms = timer.elapsed();
    const CaseData &d = result.data;
    out << u"case:        "_s << d.info.title << u" ("_s << d.info.id << u")\n"_s;
    out << u"articles:    "_s << d.articles.size() << u'\n';
    out << u"annotations: "_s << d.annotationCount();
    QStringList perLayer;
    for (const QString &layer : Vocabulary::annotationLayers()) {
        qsizetype n = 0;
        for (const Article &a : d.articles)
            n += std::count_if(a.annotations.cbegin(), a.annotations.cend(), [&](const Annotation &an) { return an.layer == layer; });
        perLayer << layer + u' ' + QString::number(n);
    }
    out << u" ("_s << perLayer.join(u", "_s) << u")\n"_s;
    out << u"actors:      "_s << d.actors.size() << u'\n';
    out << u"sources:     "_s << d.sources.size() << u'\n';
    out << u"claims:      "_s << d.claims.size() << u'\n';
    out << u"events:      "_s << d.events.size() << u" in "_s << d.phases.size() << u" phases\n"_s;
    out << u"quiz items:  "_s << d.quizItems.size();
    QStringList perType;
    for (const QString &name : Quiz::typeNames()) {
        const Quiz::Type type = Quiz::typeFromName(name);
        perType << name + u' ' + QString::number(std::count_if(d.quizItems.cbegin(), d.quizItems.cend(), [&](const QuizItem &q) { return q.type == type; }));
    }
    const auto trueItems =
        std::count_if(d.quizItems.cbegin(), d.quizItems.cend(), [](const QuizItem &q) { return q.type == Quiz::Type::TrueFalse && q.answer; });
    const auto falseItems =
        std::count_if(d.quizItems.cbegin(), d.quizItems.cend(), [](const QuizItem &q) { return q.type == Quiz::Type::TrueFalse && !q.answer; });
    const auto boosters = std::count_if(d.quizItems.cbegin(), d.quizItems.cend(), [](const QuizItem &q) { return q.booster; });
    out << u" ("_s << perType.join(u", "_s) << u"; true/false answers: "_s << trueItems << u" true, "_s << falseItems << u" false; booster: "_s << boosters
        << u")\n"_s;
    qsizetype steps = 0;
    for (const Chapter &c : d.chapters)
        steps += c.steps.size();
    out << u"lesson:      "_s << d.chapters.size() << u" chapters, "_s << steps << u" steps\n"_s;
    out << u"criteria:    "_s << d.criteria.size() << u'\n';
    out << u"problems:    "_s << result.problems.size() << u'\n';
    out << u"load time:   "_s << ms << u" ms\n"_s;
    out.flush();
    return result.ok() ? Valid : Invalid;
}

/// guide and worksheet: the PDF of the embedded case, or of PACK.
int print(const QString &kind, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({{u"o"_s, u"output"_s}, u"The PDF to write."_s, u"FILE"_s});
    parser.addOption({u"letter"_s, u"US Letter paper instead of A4."_s});
    parser.addPositionalArgument(u"PACK"_s, u"The case pack (the embedded case when none)."_s);
    if (!parser.parse(QStringList{u"claimscope-"_s + kind} + args))
        return usage(err, parser.errorText());
    if (parser.positionalArguments().size() > 1 || !parser.isSet(u"o"_s))
        return usage(err, kind + u" needs -o FILE.pdf and at most one PACK"_s);
    const QString path = parser.positionalArguments().value(0, CaseLoader::defaultCasePath());
    const LoadResult result = CaseLoader().load(path);
    if (!result.ok()) {
        validate({path}, out);
        return Invalid;
    }
    const auto paper = parser.isSet(u"letter"_s) ? LessonPrint::Paper::Letter : LessonPrint::Paper::A4;
    QString error;
    const QString file = parser.value(u"o"_s);
    const bool ok =
        kind == u"guide"_s ? LessonPrint::writeGuide(file, result.data, paper, &error) : LessonPrint::writeWorksheet(file, result.data, paper, &error);
    if (!ok) {
        err << error << u'\n';
        err.flush();
        return Invalid;
    }
    return Valid;
}

} // namespace

bool isPrintCommand(const QString &command)
{
    return command == u"guide"_s || command == u"worksheet"_s;
}

std::optional<int> runCaseCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return std::nullopt;
    const QString command = args.constFirst();
    const QStringList rest = args.mid(1);
    if (command == u"validate"_s)
        return rest.isEmpty() ? usage(err, u"validate needs at least one PATH"_s) : validate(rest, out);
    if (command == u"pack"_s)
        return pack(rest, out, err);
    if (command == u"info"_s)
        return rest.size() == 1 ? info(rest.constFirst(), out) : usage(err, u"info needs exactly one PATH"_s);
    if (isPrintCommand(command))
        return print(command, rest, out, err);
    if (command == u"format"_s)
        return runFormatCommand(rest, out, err);
    return std::nullopt;
}
