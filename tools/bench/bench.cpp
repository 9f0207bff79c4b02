// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `tools/dev bench`: start-up against a bare baseline, load time and memory
// of synthetic cases at 1×…1000×, the cost of a scrubber step, and frame
// times while the blame and the coverage scrubbers play. One program, three roles:
//
//   claimscope_bench run --app BIN --baseline BIN [--runs N] [--json FILE]
//       the driver: starts every measured process itself (fork + exec), so
//       that start-up is timed from the fork and peak memory comes from
//       wait4()'s rusage of that child alone; prints the table
//   claimscope_bench scale K [--repeat R]
//       loads the default case copied K times, R times, then sweeps both
//       scrubbers over every day; prints one JSON line
//   claimscope_bench frames [--page coverage|blame] [--scale K]
//       opens the page and moves its date scrubber one day per step from
//       the first day to the last, as playing does; prints one JSON line of
//       frame times (BENCH_TRACE=1 prints every step and frame on stderr)
#include "blame/blamegraph.h"
#include "blame/blameview.h"
#include "case/caselibrary.h"
#include "case/caseloader.h"
#include "coverage/coverageseries.h"
#include "coverage/coverageview.h"
#include "studio/casedocument.h"
#include "syntheticcase.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(org_claimscope_ClaimscopePlugin)

using namespace Qt::StringLiterals;
using namespace Claimscope;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

/// CPU time of the calling thread: unlike wall time, not inflated when
/// other processes compete for the cores.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double selfPeakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

QJsonArray toJson(const QList<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

void printLine(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

PackFiles defaultCase()
{
    return PackReader().read(CaseLoader::defaultCasePath());
}

// ------------------------------------------------------------------ scale

int scaleMain(const QStringList &args)
{
    const int scale = args.value(0).toInt();
    const int repeat = std::max(1, args.contains(u"--repeat"_s) ? args.value(args.indexOf(u"--repeat"_s) + 1).toInt() : 5);
    if (scale < 1)
        return 2;
    const double rssBefore = selfPeakMiB();
    PackFiles pack = Bench::scaledCase(defaultCase(), scale);
    qint64 bytes = 0;
    for (const QByteArray &f : std::as_const(pack.files))
        bytes += f.size();

    const CaseLoader loader(Bench::unlimitedPack());
    QList<double> loads;
    LoadResult result;
    for (int i = 0; i < repeat; ++i) {
        result = {}; // one loaded case at a time, as in the app
        const auto t0 = Clock::now();
        result = loader.load(pack);
        loads << msSince(t0);
        if (!result.ok()) {
            for (const Problem &p : std::as_const(result.problems).first(std::min<qsizetype>(result.problems.size(), 10)))
                std::fprintf(stderr, "%s\n", qPrintable(p.toString()));
            return 1;
        }
    }
    pack = {};
    const CaseData &data = result.data;

    // Opening the case in the views, as CaseLibrary::open does.
    BlameView blame;
    CoverageView coverage;
    auto t0 = Clock::now();
    blame.setCase(&data);
    coverage.setCase(&data);
    const double openMs = msSince(t0);

    // One step of either scrubber: the new cutoff, then everything the page
    // reads back through its bindings.
    QList<double> steps, coreSteps;
    qsizetype sink = 0;
    const QDate first = std::min(blame.firstDate(), coverage.firstDate());
    const QDate last = std::max(blame.lastDate(), coverage.lastDate());
    BlameNodeModel *nodes = blame.nodes();
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        t0 = Clock::now();
        blame.setCutoff(d);
        sink += blame.edges().size() + blame.claimCount() + blame.cutoffText().size();
        for (int row = 0; row < nodes->rowCount(); ++row) {
            const QModelIndex index = nodes->index(row);
            for (int role : {BlameNodeModel::ActiveRole, BlameNodeModel::OutgoingRole, BlameNodeModel::IncomingRole, BlameNodeModel::ProminentRole})
                sink += nodes->data(index, role).toInt();
        }
        coverage.setCutoff(d);
        sink += coverage.phases().size() + coverage.currentPhase() + coverage.recentEvents().size() + coverage.thenVsNow().size() +
            coverage.attributionTotals().size() + coverage.cutoffText().size();
        steps << msSince(t0);
    }
    BlameGraph graph(data);
    CoverageSeries series(data);
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        t0 = Clock::now();
        graph.setCutoff(d);
        series.setCutoff(d);
        sink += graph.edges().size() + series.days().size();
        coreSteps << msSince(t0);
    }

    printLine(QJsonObject{{u"scale"_s, scale},
                          {u"bytes"_s, static_cast<double>(bytes)},
                          {u"articles"_s, data.articles.size()},
                          {u"claims"_s, data.claims.size()},
                          {u"annotations"_s, static_cast<double>(data.annotationCount())},
                          {u"events"_s, data.events.size()},
                          {u"load_ms"_s, median(loads)},
                          {u"load_runs_ms"_s, toJson(loads)},
                          {u"open_ms"_s, openMs},
                          {u"scrub_ms"_s, median(steps)},
                          {u"scrub_p95_ms"_s, percentile(steps, 0.95)},
                          {u"scrub_max_ms"_s, percentile(steps, 1.0)},
                          {u"scrub_core_ms"_s, median(coreSteps)},
                          {u"scrub_steps"_s, steps.size()},
                          {u"rss_before_mib"_s, rssBefore},
                          {u"sink"_s, static_cast<double>(sink % 7)}});
    return 0;
}

// ------------------------------------------------------------------ studio

/// A teacher's edit in the studio, timed as the studio does it: the edit
/// (pushed on the undo stack), then the validation the debounce would run,
/// which loads the whole case again and refreshes the previews. Edits
/// alternate between a claim's paraphrase, a step's text and an event's
/// title, so every kind of file is read back.
int studioMain(const QStringList &args)
{
    const int edits = std::max(5, args.contains(u"--edits"_s) ? args.value(args.indexOf(u"--edits"_s) + 1).toInt() : 40);
    CaseDocument document;
    if (!document.open(CaseLoader::defaultCasePath())) {
        std::fprintf(stderr, "studio: %s\n", qPrintable(document.lastError()));
        return 1;
    }
    document.validateNow();
    if (!document.isValid()) {
        std::fprintf(stderr, "studio: the shipped case does not validate in the studio\n");
        return 1;
    }
    const QList<std::pair<QString, QString>> fields{
        {u"claims.json"_s, u"claims[0].paraphrase"_s}, {u"lesson.json"_s, u"chapters[0].steps[0].text"_s}, {u"timeline.json"_s, u"events[0].title"_s}};
    QList<double> editMs, validateMs, totalMs;
    for (int i = 0; i < edits; ++i) {
        const auto &[file, path] = fields.at(i % fields.size());
        // A word added, then taken away again: every edit changes the text.
        const QString value = document.value(file, path).toString();
        const QString edited = value.endsWith(u" x"_s) ? value.chopped(2) : QString(value + u" x"_s);
        const auto t0 = Clock::now();
        if (!document.setValue(file, path, edited)) {
            std::fprintf(stderr, "studio: the edit of %s at %s was refused: %s\n", qPrintable(file), qPrintable(path), qPrintable(document.lastError()));
            return 1;
        }
        editMs << msSince(t0);
        const auto t1 = Clock::now();
        document.validateNow();
        validateMs << msSince(t1);
        totalMs << msSince(t0);
        if (!document.isValid()) {
            std::fprintf(stderr, "studio: the edit made the case invalid\n");
            return 1;
        }
    }
    document.close();
    printLine(QJsonObject{{u"edits"_s, edits},
                          {u"edit_ms"_s, median(editMs)},
                          {u"validate_ms"_s, median(validateMs)},
                          {u"validate_p95_ms"_s, percentile(validateMs, 0.95)},
                          {u"edit_and_validate_ms"_s, median(totalMs)},
                          {u"edit_and_validate_p95_ms"_s, percentile(totalMs, 0.95)},
                          {u"edit_and_validate_max_ms"_s, percentile(totalMs, 1.0)}});
    return 0;
}

// ------------------------------------------------------------------ frames

/// The item named `name` in the tree under `item` (pages are loaded
/// into views, so not every item is a QObject child of the window).
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

int framesMain(int argc, char *argv[], const QStringList &args)
{
    const int scale = args.contains(u"--scale"_s) ? args.value(args.indexOf(u"--scale"_s) + 1).toInt() : 1;
    const QString page = args.contains(u"--page"_s) ? args.value(args.indexOf(u"--page"_s) + 1) : u"coverage"_s;
    if (page != u"coverage"_s && page != u"blame"_s)
        return 2;
    // Render as soon as something changed: without this, a requested update
    // waits 5 ms on a platform with no vsync, and every frame would include it.
    qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    QApplication app(argc, argv);
    QQuickStyle::setStyle(u"Material"_s);
    QQmlApplicationEngine engine;
    auto *library = engine.singletonInstance<CaseLibrary *>(u"org.claimscope.Claimscope"_s, u"CaseLibrary"_s);
    QTemporaryDir dir;
    bool opened = false;
    if (scale <= 1) {
        opened = library->openDefault();
    } else {
        const PackFiles pack = Bench::scaledCase(defaultCase(), scale);
        for (auto it = pack.files.cbegin(); it != pack.files.cend(); ++it) {
            QDir().mkpath(QFileInfo(dir.filePath(it.key())).path());
            QFile f(dir.filePath(it.key()));
            if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
                return 1;
        }
        opened = library->open(dir.path());
    }
    if (!opened) {
        std::fprintf(stderr, "frames: the %dx case did not open\n", scale);
        return 1;
    }
    engine.setInitialProperties({{u"width"_s, 1280}, {u"height"_s, 720}, {u"startPage"_s, page}, {u"startStep"_s, 0}});
    engine.loadFromModule("org.claimscope.Claimscope", "Main");
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    // The page's scrubber, moved through its own signal as its play timer does.
    auto *scrubber = findItem(window->contentItem(), page + u"Scrubber"_s);
    if (!scrubber) {
        std::fprintf(stderr, "frames: no %sScrubber on the %s page\n", qPrintable(page), qPrintable(page));
        return 1;
    }
    const int dayCount = scrubber->property("dayCount").toInt();

    constexpr int SettleFrames = 3;
    // A step: the cutoff moves one day (bindings, models and the chart's
    // points update at once), then frames are rendered until nothing more
    // is pending. Its time runs from the move to the last of those frames;
    // the next step starts when the event loop is idle again.
    int frame = 0, day = -1, framesInStep = 0;
    bool done = false;
    Clock::time_point advanced, lastSwap;
    double cpuAdvanced = 0, cpuLastSwap = 0;
    QList<double> steps, updates, firstFrames, cpuSteps;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(10); // no frame for 10 ms: the step is over
    auto advance = [&] {
        if (day >= 1) { // day 0 is the jump back from the last day
            steps << std::chrono::duration<double, std::milli>(lastSwap - advanced).count();
            cpuSteps << cpuLastSwap - cpuAdvanced;
        }
        if (day + 1 >= dayCount) {
            done = true;
            printLine(QJsonObject{{u"scale"_s, scale},
                                  {u"page"_s, page},
                                  {u"frames"_s, steps.size()},
                                  {u"frame_p50_ms"_s, median(steps)},
                                  {u"frame_p95_ms"_s, percentile(steps, 0.95)},
                                  {u"frame_max_ms"_s, percentile(steps, 1.0)},
                                  {u"frame_cpu_p50_ms"_s, median(cpuSteps)},
                                  {u"frame_cpu_p95_ms"_s, percentile(cpuSteps, 0.95)},
                                  {u"update_p50_ms"_s, median(updates)},
                                  {u"update_p95_ms"_s, percentile(updates, 0.95)},
                                  {u"first_frame_p95_ms"_s, percentile(firstFrames, 0.95)},
                                  {u"backend"_s, QString::fromLatin1(qgetenv("QT_QUICK_BACKEND"))}});
            QCoreApplication::exit(0);
            return;
        }
        ++day;
        framesInStep = 0;
        advanced = Clock::now();
        cpuAdvanced = threadCpuMs();
        QMetaObject::invokeMethod(scrubber, "moved", Q_ARG(int, day));
        if (day >= 1)
            updates << msSince(advanced);
        if (qEnvironmentVariableIsSet("BENCH_TRACE"))
            std::fprintf(stderr, "day %d updated in %.1f ms\n", day, msSince(advanced));
        window->update();
    };
    QObject::connect(&idle, &QTimer::timeout, &app, [&] {
        if (!done && frame >= SettleFrames && framesInStep > 0)
            advance();
    });
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        lastSwap = Clock::now();
        cpuLastSwap = threadCpuMs();
        ++frame;
        if (++framesInStep == 1 && day >= 1)
            firstFrames << std::chrono::duration<double, std::milli>(lastSwap - advanced).count();
        if (qEnvironmentVariableIsSet("BENCH_TRACE"))
            std::fprintf(stderr, "day %d frame %d at %.1f ms\n", day, framesInStep, std::chrono::duration<double, std::milli>(lastSwap - advanced).count());
        if (frame < SettleFrames)
            window->update();
        idle.start();
    });
    QTimer::singleShot(120000, &app, [] {
        std::fprintf(stderr, "frames: timed out\n");
        QCoreApplication::exit(1);
    });
    window->update();
    return app.exec();
}

// ------------------------------------------------------------------ driver

struct Run
{
    bool ok = false;
    double lineMs = 0;  ///< fork → the awaited line on stdout
    double peakMiB = 0; ///< the child's peak resident memory
    double cpuMs = 0;   ///< the child's user + system CPU time, to its exit
    QByteArray out;
};

/// Forks and executes `argv`; times from the fork to the first stdout line
/// starting with `await` (if given), reads to the end, reaps with wait4().
Run spawn(const QStringList &argv, const QByteArray &await, const QString &log)
{
    Run run;
    int fds[2];
    if (pipe(fds) != 0)
        return run;
    QList<QByteArray> storage;
    for (const QString &a : argv)
        storage << a.toLocal8Bit();
    std::vector<char *> cargv;
    for (QByteArray &a : storage)
        cargv.push_back(a.data());
    cargv.push_back(nullptr);
    const QByteArray logPath = log.toLocal8Bit();

    const auto t0 = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        const int err = open(logPath.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (err >= 0)
            dup2(err, STDERR_FILENO);
        execv(cargv[0], cargv.data());
        _exit(127);
    }
    close(fds[1]);
    if (pid < 0) {
        close(fds[0]);
        return run;
    }
    char buffer[4096];
    bool seen = await.isEmpty();
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;) {
        run.out.append(buffer, n);
        if (!seen) {
            const QList<QByteArray> lines = run.out.left(run.out.lastIndexOf('\n') + 1).split('\n'); // complete lines
            if (std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) { return line.startsWith(await); })) {
                run.lineMs = msSince(t0);
                seen = true;
            }
        }
    }
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
    run.cpuMs = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
        static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    run.ok = seen && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

QJsonObject lastJsonLine(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readLine()).section(u' ', 0, 2) : QString();
}

int runMain(const QStringList &args)
{
    auto option = [&](const QString &name, const QString &fallback = {}) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 ? args.value(i + 1) : fallback;
    };
    const QString app = option(u"--app"_s), baseline = option(u"--baseline"_s), jsonFile = option(u"--json"_s);
    const int runs = std::max(3, option(u"--runs"_s, u"15"_s).toInt());
    const QString log = option(u"--log"_s, QDir::temp().filePath(u"claimscope-bench.log"_s));
    const QString self = QCoreApplication::applicationFilePath();
    if (app.isEmpty() || baseline.isEmpty()) {
        std::fprintf(stderr, "usage: claimscope_bench run --app BIN --baseline BIN [--runs N] [--json FILE] [--log FILE]\n");
        return 2;
    }
    // Every child renders offscreen with the software renderer.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    bool failed = false;
    auto must = [&](const Run &r, const QString &what) {
        if (!r.ok) {
            std::fprintf(stderr, "bench: %s failed (see %s)\n", qPrintable(what), qPrintable(log));
            failed = true;
        }
        return r.ok;
    };

    // Start-up, interleaved (ABBA), after one unmeasured run of each.
    std::fprintf(stderr, "bench: start-up, %d runs of each, interleaved\n", runs);
    const QStringList appArgs{app, u"--exit-after-first-frame"_s}, baseArgs{baseline};
    must(spawn(appArgs, "first frame", log), u"claimscope --exit-after-first-frame"_s);
    must(spawn(baseArgs, "first frame", log), u"the baseline"_s);
    QList<double> appMs, baseMs, appRss, baseRss, appCpu, baseCpu;
    for (int i = 0; i < runs && !failed; ++i) {
        for (int k = 0; k < 2; ++k) {
            const bool appFirst = (i % 2 == 0) == (k == 0);
            const Run r = spawn(appFirst ? appArgs : baseArgs, "first frame", log);
            if (!must(r, appFirst ? u"claimscope"_s : u"the baseline"_s))
                break;
            (appFirst ? appMs : baseMs) << r.lineMs;
            (appFirst ? appRss : baseRss) << r.peakMiB;
            (appFirst ? appCpu : baseCpu) << r.cpuMs;
        }
    }
    if (failed)
        return 1;

    // Scale: each size in its own process, for its own peak memory.
    const QList<int> scales{1, 10, 100, 1000};
    QJsonObject load, scrub, scrubP95, scrubCore, open, rss, perUnit, sizes;
    QMap<int, QJsonObject> scaleOut;
    for (int scale : scales) {
        std::fprintf(stderr, "bench: %dx case\n", scale);
        const int repeat = scale >= 1000 ? 3 : scale >= 100 ? 5 : 9;
        const Run r = spawn({self, u"scale"_s, QString::number(scale), u"--repeat"_s, QString::number(repeat)}, {}, log);
        if (!must(r, u"the %1x case"_s.arg(scale)))
            return 1;
        const QJsonObject o = lastJsonLine(r.out);
        const QString key = QString::number(scale);
        scaleOut[scale] = o;
        load[key] = o[u"load_ms"_s];
        perUnit[key] = o[u"load_ms"_s].toDouble() / scale;
        scrub[key] = o[u"scrub_ms"_s];
        scrubP95[key] = o[u"scrub_p95_ms"_s];
        scrubCore[key] = o[u"scrub_core_ms"_s];
        open[key] = o[u"open_ms"_s];
        rss[key] = r.peakMiB;
        sizes[key] = QJsonObject{{u"articles"_s, o[u"articles"_s]},
                                 {u"claims"_s, o[u"claims"_s]},
                                 {u"annotations"_s, o[u"annotations"_s]},
                                 {u"events"_s, o[u"events"_s]},
                                 {u"mib"_s, o[u"bytes"_s].toDouble() / 1048576.0}};
    }

    // A teacher's edit in the studio, validated as the debounce would.
    std::fprintf(stderr, "bench: an edit of the shipped case in the studio, validated\n");
    const Run studioRun = spawn({self, u"studio"_s}, {}, log);
    if (!must(studioRun, u"the studio's edits"_s))
        return 1;
    const QJsonObject studio = lastJsonLine(studioRun.out);

    // Frames while the coverage scrubber plays, then the blame scrubber.
    QJsonObject framesByScale, framesCpuByScale, blameByScale, blameCpuByScale;
    QJsonObject frames1;
    for (const QString &page : {u"coverage"_s, u"blame"_s}) {
        for (int scale : {1, 100}) {
            std::fprintf(stderr, "bench: frames while the %s scrubber plays, %dx case\n", qPrintable(page), scale);
            const Run r = spawn({self, u"frames"_s, u"--page"_s, page, u"--scale"_s, QString::number(scale)}, {}, log);
            if (!must(r, u"%1 frames at %2x"_s.arg(page).arg(scale)))
                return 1;
            const QJsonObject o = lastJsonLine(r.out);
            const bool blame = page == u"blame"_s;
            (blame ? blameByScale : framesByScale)[QString::number(scale)] = o[u"frame_p95_ms"_s];
            (blame ? blameCpuByScale : framesCpuByScale)[QString::number(scale)] = o[u"frame_cpu_p95_ms"_s];
            if (scale == 1 && !blame)
                frames1 = o;
        }
    }

    const double startup = median(appMs), baseStartup = median(baseMs);
    const double appPeak = median(appRss), basePeak = median(baseRss);
    // CPU time to exit (the process quits right after its first frame) depends
    // far less on what else the machine is doing than the wall clock does.
    const double startupCpu = median(appCpu), baseStartupCpu = median(baseCpu);
    QJsonObject result{{u"startup_ms"_s, startup},
                       {u"baseline_startup_ms"_s, baseStartup},
                       {u"startup_ratio"_s, startup / baseStartup},
                       {u"startup_cpu_ms"_s, startupCpu},
                       {u"baseline_startup_cpu_ms"_s, baseStartupCpu},
                       {u"startup_cpu_ratio"_s, startupCpu / baseStartupCpu},
                       {u"rss_mib"_s, appPeak},
                       {u"baseline_rss_mib"_s, basePeak},
                       {u"rss_ratio"_s, appPeak / basePeak},
                       {u"load_ms"_s, load},
                       {u"scrub_ms"_s, scrub},
                       {u"frame_p95_ms"_s, frames1[u"frame_p95_ms"_s]},
                       {u"blame_frame_p95_ms"_s, blameByScale[u"1"_s]},
                       {u"blame_frame_p95_ms_100"_s, blameByScale[u"100"_s]},
                       {u"studio_edit_validate_ms"_s, studio[u"edit_and_validate_ms"_s]},
                       {u"studio_edit_validate_p95_ms"_s, studio[u"edit_and_validate_p95_ms"_s]},
                       // more detail
                       {u"startup_runs"_s, runs},
                       {u"startup_runs_ms"_s, toJson(appMs)},
                       {u"baseline_startup_runs_ms"_s, toJson(baseMs)},
                       {u"load_ms_per_1x"_s, perUnit},
                       {u"scale_peak_rss_mib"_s, rss},
                       {u"scrub_p95_ms"_s, scrubP95},
                       {u"scrub_core_ms"_s, scrubCore},
                       {u"open_ms"_s, open},
                       {u"scale_sizes"_s, sizes},
                       {u"frame_p50_ms"_s, frames1[u"frame_p50_ms"_s]},
                       {u"frame_max_ms"_s, frames1[u"frame_max_ms"_s]},
                       {u"frames"_s, frames1[u"frames"_s]},
                       {u"frame_p95_ms_by_scale"_s, framesByScale},
                       {u"frame_cpu_p50_ms"_s, frames1[u"frame_cpu_p50_ms"_s]},
                       {u"frame_cpu_p95_ms"_s, frames1[u"frame_cpu_p95_ms"_s]},
                       {u"frame_cpu_p95_ms_by_scale"_s, framesCpuByScale},
                       {u"blame_frame_cpu_p95_ms_by_scale"_s, blameCpuByScale},
                       {u"load_average"_s, loadAverage()},
                       {u"platform"_s, u"offscreen, QT_QUICK_BACKEND=software"_s}};

    // The table.
    auto row = [](const QString &what, const QString &value, const QString &target = {}, const QString &verdict = {}) {
        std::printf("  %-44s %18s   %-16s %s\n", qPrintable(what), qPrintable(value), qPrintable(target), qPrintable(verdict));
    };
    auto verdict = [](bool ok) { return ok ? u"ok"_s : u"MISSED"_s; };
    std::printf("Claimscope bench (medians; offscreen, software renderer)\n\n");
    row(u"start-up to first frame: claimscope"_s, fmt(startup) + u" ms"_s);
    row(u"start-up to first frame: baseline"_s, fmt(baseStartup) + u" ms"_s);
    row(u"start-up ratio"_s, fmt(startup / baseStartup, 2) + u"×"_s, u"<= 1.2×"_s, verdict(startup / baseStartup <= 1.2));
    row(u"start-up CPU time: claimscope / baseline"_s, fmt(startupCpu) + u" / "_s + fmt(baseStartupCpu) + u" ms"_s);
    row(u"start-up CPU time ratio"_s, fmt(startupCpu / baseStartupCpu, 2) + u"×"_s, u"<= 1.2×"_s, verdict(startupCpu / baseStartupCpu <= 1.2));
    row(u"peak RSS: claimscope"_s, fmt(appPeak) + u" MiB"_s);
    row(u"peak RSS: baseline"_s, fmt(basePeak) + u" MiB"_s);
    row(u"peak RSS ratio"_s, fmt(appPeak / basePeak, 2) + u"×"_s, u"<= 1.5×"_s, verdict(appPeak / basePeak <= 1.5));
    std::printf("\n  %-6s %9s %9s %9s %8s %10s %10s %12s %12s %10s %10s\n",
                "scale",
                "articles",
                "claims",
                "annot.",
                "MiB",
                "load ms",
                "ms per 1×",
                "scrub ms",
                "scrub p95",
                "core ms",
                "peak RSS");
    for (int scale : scales) {
        const QJsonObject &o = scaleOut[scale];
        std::printf("  %-6s %9d %9d %9d %8.1f %10.1f %10.2f %12.3f %12.3f %10.3f %10.1f\n",
                    qPrintable(QString::number(scale) + u"×"_s),
                    o[u"articles"_s].toInt(),
                    o[u"claims"_s].toInt(),
                    o[u"annotations"_s].toInt(),
                    o[u"bytes"_s].toDouble() / 1048576.0,
                    o[u"load_ms"_s].toDouble(),
                    o[u"load_ms"_s].toDouble() / scale,
                    o[u"scrub_ms"_s].toDouble(),
                    o[u"scrub_p95_ms"_s].toDouble(),
                    o[u"scrub_core_ms"_s].toDouble(),
                    rss[QString::number(scale)].toDouble());
    }
    const double load1 = load[u"1"_s].toDouble(), scrub100 = scrub[u"100"_s].toDouble();
    const double unit10 = perUnit[u"10"_s].toDouble(), unit1000 = perUnit[u"1000"_s].toDouble();
    std::printf("\n");
    row(u"load at 1×"_s, fmt(load1) + u" ms"_s, u"<= 50 ms"_s, verdict(load1 <= 50));
    row(u"load linear: ms per 1× at 1000× / at 10×"_s, fmt(unit1000 / unit10, 2), u"<= 1.5"_s, verdict(unit1000 / unit10 <= 1.5));
    row(u"scrub step at 100× (median / p95)"_s,
        fmt(scrub100, 2) + u" / "_s + fmt(scrubP95[u"100"_s].toDouble(), 2) + u" ms"_s,
        u"<= 4 ms"_s,
        verdict(scrubP95[u"100"_s].toDouble() <= 4));
    row(u"coverage frame while playing, 1× (p50 / p95)"_s,
        fmt(frames1[u"frame_p50_ms"_s].toDouble()) + u" / "_s + fmt(frames1[u"frame_p95_ms"_s].toDouble()) + u" ms"_s,
        u"<= 8 ms"_s,
        verdict(frames1[u"frame_p95_ms"_s].toDouble() <= 8));
    row(u"coverage frame while playing, 1×, CPU time (p50 / p95)"_s,
        fmt(frames1[u"frame_cpu_p50_ms"_s].toDouble()) + u" / "_s + fmt(frames1[u"frame_cpu_p95_ms"_s].toDouble()) + u" ms"_s);
    row(u"coverage frame while playing, 100× (p95 / CPU p95)"_s,
        fmt(framesByScale[u"100"_s].toDouble()) + u" / "_s + fmt(framesCpuByScale[u"100"_s].toDouble()) + u" ms"_s,
        u"<= 16 ms"_s,
        verdict(framesByScale[u"100"_s].toDouble() <= 16));
    for (int scale : {1, 100}) {
        const QString key = QString::number(scale);
        const double limit = scale == 1 ? 8 : 16;
        row(u"blame frame while playing, %1× (p95 / CPU p95)"_s.arg(scale),
            fmt(blameByScale[key].toDouble()) + u" / "_s + fmt(blameCpuByScale[key].toDouble()) + u" ms"_s,
            u"<= %1 ms"_s.arg(limit),
            verdict(blameByScale[key].toDouble() <= limit));
    }
    const double studioP95 = studio[u"edit_and_validate_p95_ms"_s].toDouble();
    row(u"studio: edit + validation, shipped case (median / p95)"_s,
        fmt(studio[u"edit_and_validate_ms"_s].toDouble()) + u" / "_s + fmt(studioP95) + u" ms"_s,
        u"<= 50 ms"_s,
        verdict(studioP95 <= 50));
    row(u"load average (1, 5, 15 min) at the end"_s, loadAverage());

    if (!jsonFile.isEmpty()) {
        QSaveFile out(jsonFile);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(result).toJson()) < 0 || !out.commit()) {
            std::fprintf(stderr, "bench: could not write %s\n", qPrintable(jsonFile));
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == u"frames"_s) {
        QStringList args;
        for (int i = 2; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        return framesMain(argc, argv, args);
    }
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(2);
    if (mode == u"scale"_s)
        return scaleMain(args);
    if (mode == u"studio"_s)
        return studioMain(args);
    if (mode == u"run"_s)
        return runMain(args);
    std::fprintf(stderr, "usage: claimscope_bench run|scale|studio|frames ... (see tools/dev bench)\n");
    return 2;
}
