// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appwalk.h"
#include "case/caselibrary.h"
#include "casecommands.h"
#include "common/offlinenetwork.h"
#include "demosession.h"
#include "lessonwalk.h"
#include "progress/studentprogress.h"
#include "settings/appsettings.h"
#include "settings/languagemanager.h"
#include "windowcapture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>

Q_IMPORT_QML_PLUGIN(org_claimscope_ClaimscopePlugin)

using namespace Qt::StringLiterals;

namespace {
void describe(QCoreApplication &app)
{
    app.setApplicationName(u"claimscope"_s);
    app.setOrganizationName(u"Claimscope"_s);
    app.setOrganizationDomain(u"claimscope.org"_s);
    app.setApplicationVersion(QStringLiteral(CLAIMSCOPE_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    // Case tools (validate, pack, info, format) run without a GUI.
    if (argc > 1) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (first == u"validate"_s || first == u"pack"_s || first == u"info"_s || first == u"format"_s) {
            QCoreApplication app(argc, argv);
            QTextStream out(stdout), err(stderr);
            return runCaseCommand(app.arguments().mid(1), out, err).value_or(2);
        }
        if (isPrintCommand(first)) {
            // Fonts need a QGuiApplication; a PDF needs no display, so none is opened.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            QTextStream out(stdout), err(stderr);
            return runCaseCommand(app.arguments().mid(1), out, err).value_or(2);
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Claimscope: a media-literacy explainer. A news story told through its coverage: who blamed whom, on what evidence, and what is known now.\n\n"
        "Case tools:\n"
        "  claimscope validate PATH...   check case packs\n"
        "  claimscope pack DIR -o FILE   write a case folder as a case pack\n"
        "  claimscope info PATH          count what a case holds\n"
        "  claimscope format [--check] DIR   rewrite a case folder's JSON files in the canonical layout\n"
        "  claimscope guide [PACK] -o FILE.pdf [--letter]      the teacher's guide\n"
        "  claimscope worksheet [PACK] -o FILE.pdf [--letter]  the worksheet, without answers"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(u"self-test"_s, u"Load the default case, render a first frame, check it and exit."_s);
    const QCommandLineOption screenshot(u"screenshot"_s, u"Render a page, save it as a PNG and exit."_s, u"FILE"_s);
    const QCommandLineOption page(
        u"page"_s,
        u"The page to open first (home, story, article, blame, quiz, coverage, settings, profiles, results, presenter, audience, studio)."_s,
        u"NAME"_s,
        u"home"_s);
    const QCommandLineOption step(
        u"step"_s,
        u"The lesson step to open, 0-based (with --page story, presenter or audience); with --page results, 1 shows the sample after its booster check; with --page studio, the section."_s,
        u"N"_s,
        u"0"_s);
    const QCommandLineOption size(u"size"_s, u"Window size, e.g. 1280x720."_s, u"WxH"_s, u"1280x720"_s);
    const QCommandLineOption fontScale(u"font-scale"_s, u"Scale the text, e.g. 1.5 for a large projector room."_s, u"FACTOR"_s, u"1"_s);
    const QCommandLineOption theme(u"theme"_s, u"Colours for this run only: light, dark or contrast (high contrast)."_s, u"NAME"_s);
    const QCommandLineOption lang(
        u"lang"_s, u"The interface's language for this run only: en, de, es, fr, ar, or pseudo (accented, longer text, for testing)."_s, u"CODE"_s);
    parser.addOptions({selfTest, screenshot, page, step, size, fontScale});
    parser.addOptions({theme, lang});
    const QCommandLineOption votes(
        u"votes"_s, u"With --page presenter|audience on a quiz step: hands per choice for its first question, revealed (e.g. 3,12,5,1)."_s, u"LIST"_s);
    const QCommandLineOption blank(u"blank"_s, u"With --page presenter|audience: the audience screen starts blank."_s);
    const QCommandLineOption screens(
        u"screens"_s,
        u"With --page presenter|audience: present as if the computer had N screens (1: the one-screen mode, 2: console and audience window)."_s,
        u"N"_s);
    parser.addOptions({votes, blank, screens});
    // Developer options (tools/dev bench, the no-network test), not in --help.
    QCommandLineOption firstFrameExit(u"exit-after-first-frame"_s, u"Print \"first frame\" when it is rendered and exit."_s);
    QCommandLineOption walkLesson(u"walk-lesson"_s, u"Render every step of the lesson in turn, print how many, exit."_s);
    QCommandLineOption walkAll(u"walk-all"_s, u"Render every page, step and presentation step in turn, audit the text shown, exit."_s);
    QCommandLineOption expectLiteral(u"expect-literal"_s, u"With --walk-all: text planted in the pack that must be shown literally."_s, u"TEXT"_s);
    QCommandLineOption walkReport(u"walk-report"_s, u"With --walk-all: also write the sample student's PDF report to FILE."_s, u"FILE"_s);
    QCommandLineOption auditAccessible(u"audit-accessible"_s, u"With --walk-all: check every render's accessible tree (names, no markup)."_s);
    QCommandLineOption sampleProfiles(u"sample-profiles"_s, u"Show the made-up sample profiles, as screenshots do, in a running app."_s);
    for (QCommandLineOption *o : {&firstFrameExit, &walkLesson, &walkAll, &expectLiteral, &walkReport, &auditAccessible, &sampleProfiles})
        o->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({firstFrameExit, walkLesson, walkAll, expectLiteral, walkReport, auditAccessible, sampleProfiles});
    parser.addPositionalArgument(u"pack"_s, u"A case pack (folder or .claimscope archive) to open instead of the default case."_s, u"[PACK]"_s);

    // --help and --version need no display: answer them before any GUI exists.
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v") {
            QCoreApplication app(argc, argv);
            describe(app);
            parser.process(app); // prints and exits
        }
    }

    // Qt Charts needs a QApplication, not a QGuiApplication.
    QApplication app(argc, argv);
    describe(app);
    app.setApplicationDisplayName(u"Claimscope"_s);
    app.setDesktopFileName(QStringLiteral(CLAIMSCOPE_APP_ID));
    app.setWindowIcon(QIcon::fromTheme(QStringLiteral(CLAIMSCOPE_APP_ID)));
    parser.process(app);

    QQuickStyle::setStyle(u"Material"_s);
    QQmlApplicationEngine engine;
    OfflineNetworkAccessManagerFactory::install(&engine); // before anything is loaded
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);

    // --lang, --font-scale and --theme apply to this run only; the saved settings stay.
    auto *settings = engine.singletonInstance<AppSettings *>(u"org.claimscope.Claimscope"_s, u"AppSettings"_s);
    if (parser.isSet(fontScale) && !settings->overrideFontScale(parser.value(fontScale).toDouble())) {
        qCritical("--font-scale expects a factor from %g to %g", AppSettings::MinFontScale, AppSettings::MaxFontScale);
        return 2;
    }
    if (parser.isSet(theme) && !settings->overrideTheme(parser.value(theme))) {
        qCritical("--theme expects one of: %s", qPrintable(settings->themes().join(u", "_s)));
        return 2;
    }
    if (parser.isSet(lang) && !settings->overrideLanguage(parser.value(lang))) {
        qCritical("--lang expects one of: %s, pseudo", qPrintable(LanguageManager::languages().join(u", "_s)));
        return 2;
    }
    // Translators, locale and layout direction, before the case is opened (its dates and
    // sentences are written in the interface's language) and before the first window exists.
    engine.singletonInstance<LanguageManager *>(u"org.claimscope.Claimscope"_s, u"LanguageManager"_s);
    auto *library = engine.singletonInstance<CaseLibrary *>(u"org.claimscope.Claimscope"_s, u"CaseLibrary"_s);
    if (!library->openDefault()) {
        qCritical("The embedded default case failed to load:");
        for (const ProblemLine &p : library->problems())
            qCritical("  %s", qPrintable(p.text));
        return 1;
    }
    if (!parser.positionalArguments().isEmpty())
        library->open(parser.positionalArguments().constFirst()); // problems are shown in the window

    const QStringList wh = parser.value(size).split(u'x');
    const int width = wh.value(0).toInt(), height = wh.value(1).toInt();
    if (width < 320 || height < 240) {
        qCritical("--size expects WxH, at least 320x240");
        return 2;
    }
    QVariantMap initial{{u"width"_s, width},
                        {u"height"_s, height},
                        {u"startPage"_s, parser.isSet(walkLesson) ? u"story"_s : parser.value(page)},
                        {u"startStep"_s, parser.value(step).toInt()}};
    initial.insert(u"startScreens"_s, parser.value(screens).toInt());
    engine.setInitialProperties(initial);
    // Screenshots, the self-test and the screen-reader test (--sample-profiles)
    // show made-up profiles held in memory, never the user's own.
    auto *progress = engine.singletonInstance<StudentProgress *>(u"org.claimscope.Claimscope"_s, u"StudentProgress"_s);
    if (parser.isSet(screenshot) || parser.isSet(selfTest) || parser.isSet(walkAll) || parser.isSet(sampleProfiles))
        DemoSession(&engine).useSample(parser.value(page) == u"results"_s && parser.value(step).toInt() == 1);
    else
        progress->reload();
    engine.loadFromModule("org.claimscope.Claimscope", "Main");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (parser.value(page) == u"presenter"_s || parser.value(page) == u"audience"_s) {
        QList<int> hands;
        for (const QString &n : parser.value(votes).split(u',', Qt::SkipEmptyParts))
            hands << n.trimmed().toInt();
        DemoSession::showVotes(window, hands, parser.isSet(blank));
    }
    // --page audience grabs the audience's own window.
    window = DemoSession::captureWindow(window, parser.value(page));

    if (parser.isSet(selfTest) || parser.isSet(screenshot)) {
        auto *capture = new WindowCapture(window, &app);
        if (parser.isSet(selfTest))
            capture->selfTest(library->articles()->rowCount());
        else
            capture->saveTo(parser.value(screenshot));
    } else if (parser.isSet(firstFrameExit)) {
        (new WindowCapture(window, &app))->exitAfterFirstFrame();
    } else if (parser.isSet(walkAll)) {
        (new AppWalk(&engine, window, parser.value(expectLiteral), parser.value(walkReport), parser.isSet(auditAccessible), &app))->start();
    } else if (parser.isSet(walkLesson)) {
        (new LessonWalk(window, library->lesson(), &app))->start();
    }
    return app.exec();
}
