// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appwalk.h"
#include "case/caselibrary.h"
#include "common/offlinenetwork.h"
#include "presentation/presentation.h"
#include "progress/studentprogress.h"
#include "quiz/quizsession.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {
// A step counts as rendered after the second frame following it in every
// visible window: the first may still be in flight when the step runs.
constexpr int FramesPerStep = 2;
constexpr int TimeoutMs = 300000;
constexpr qsizetype MaxViolationsShown = 40;

void collectTextItems(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item || !item->isVisible())
        return;
    if (item->inherits("QQuickText") || item->inherits("QQuickTextEdit"))
        out.append(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collectTextItems(child, out);
}

QList<QQuickWindow *> visibleWindows()
{
    QList<QQuickWindow *> windows;
    const QWindowList all = QGuiApplication::topLevelWindows();
    for (QWindow *w : all) {
        if (auto *quick = qobject_cast<QQuickWindow *>(w); quick && quick->isVisible())
            windows.append(quick);
    }
    return windows;
}
} // namespace

AppWalk::AppWalk(QQmlApplicationEngine *engine, QQuickWindow *window, const QString &probe, const QString &reportFile, bool auditAccessibility, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_window(window)
    , m_probe(probe)
    , m_reportFile(reportFile)
    , m_auditAccessibility(auditAccessibility)
{
}

QObject *AppWalk::currentPage() const
{
    auto *stack = m_window->findChild<QQuickItem *>(u"pageStack"_s);
    return stack ? stack->property("currentItem").value<QObject *>() : nullptr;
}

void AppWalk::plan()
{
    auto *library = m_engine->singletonInstance<CaseLibrary *>(u"org.claimscope.Claimscope"_s, u"CaseLibrary"_s);
    const CaseData &data = library->caseData();
    QQuickWindow *root = m_window;
    const auto openPage = [root](const QString &page, const QVariantMap &properties) {
        QMetaObject::invokeMethod(root, "openPage", Q_ARG(QString, page), Q_ARG(QVariant, QVariant(properties)));
    };
    // Repeating steps (stepping through a lesson) run again while they return true.
    const auto once = [](std::function<void()> f) {
        return [f] {
            f();
            return false;
        };
    };
    auto add = [this](const QString &label, std::function<bool()> action) { m_steps.append(Step{label, std::move(action)}); };

    add(u"home"_s, [] { return false; });
    for (const Article &a : data.articles) {
        add(u"article "_s + a.id, once([=] { openPage(u"article"_s, {{u"articleId"_s, a.id}}); }));
        for (const Annotation &an : a.annotations)
            add(u"note "_s + an.id, once([library, id = an.id] { library->reader()->setSelectedId(id); }));
    }
    add(u"blame"_s, once([=] { openPage(u"blame"_s, {}); }));
    add(u"coverage"_s, once([=] { openPage(u"coverage"_s, {}); }));

    QStringList itemIds;
    for (const QuizItem &q : data.quizItems)
        itemIds << q.id;
    add(u"quiz"_s, once([=] { openPage(u"quiz"_s, {{u"itemIds"_s, itemIds}}); }));
    for (qsizetype i = 0; i < itemIds.size(); ++i) {
        add(u"quiz item "_s + itemIds[i], once([this, i] {
                if (auto *session = currentPage() ? currentPage()->property("session").value<QuizSession *>() : nullptr)
                    session->setCurrentIndex(static_cast<int>(i));
            }));
        add(u"quiz answer "_s + itemIds[i], once([this, library, id = itemIds[i]] {
                auto *session = currentPage() ? currentPage()->property("session").value<QuizSession *>() : nullptr;
                const QuizItem *q = library->caseData().quizItem(id);
                if (!session || !q || (q->choices.isEmpty() && q->type != Quiz::Type::TrueFalse))
                    return;
                if (q->type == Quiz::Type::TrueFalse) {
                    session->answerTrueFalse(id, true);
                } else if (q->type == Quiz::Type::Highlight) {
                    session->answerSpans(id, {0});
                } else if (q->type == Quiz::Type::Rank) {
                    QStringList order;
                    for (const QuizChoice &c : q->choices)
                        order << c.id;
                    session->answerOrder(id, order);
                } else {
                    session->answerChoice(id, q->choices.constFirst().id);
                }
            }));
    }
    // The studio adapting the case, section by section (Case, Articles … Lesson).
    constexpr int StudioSections = 8;
    for (int section = 0; section < StudioSections; ++section)
        add(u"studio section %1"_s.arg(section), once([=] { openPage(u"studio"_s, {{u"startCase"_s, library->origin()}, {u"startSection"_s, section}}); }));
    for (const QString &page : {u"settings"_s, u"profiles"_s})
        add(page, once([=] { openPage(page, {}); }));
    auto *progress = m_engine->singletonInstance<StudentProgress *>(u"org.claimscope.Claimscope"_s, u"StudentProgress"_s);
    add(u"results"_s, once([=] {
            // The first of the made-up sample profiles (main() chose them for the walk).
            if (!progress->profiles().isEmpty())
                progress->selectProfile(progress->profiles().constFirst().id);
            openPage(u"results"_s, {});
        }));

    add(u"story"_s, once([root] { QMetaObject::invokeMethod(root, "startLesson", Q_ARG(int, 0)); }));
    add(u"story next"_s, [library] { return library->lesson()->advance(); });

    // Presenting with two screens (console and audience window), then on one
    // screen with the notes and answers asked for at every step.
    auto *presentation = root->findChild<Presentation *>(u"classroom"_s);
    const auto present = [root, presentation](int screens) {
        if (presentation)
            presentation->setScreens(screens);
        QMetaObject::invokeMethod(root, "startPresentation", Q_ARG(int, 0), Q_ARG(bool, false));
    };
    add(u"presenter"_s, once([present] { present(2); }));
    add(u"presenter next"_s, [presentation] { return presentation && presentation->next(); });
    add(u"one screen"_s, once([root, present] {
            QMetaObject::invokeMethod(root, "endPresentation");
            present(1);
        }));
    add(u"one screen next"_s, [presentation] {
        const bool more = presentation && presentation->next();
        if (more)
            presentation->setPeeking(true);
        return more;
    });
}

void AppWalk::start()
{
    plan();
    QTimer::singleShot(TimeoutMs, this, [this] { finish(true); });
    m_next = 0;
    runNext();
}

void AppWalk::runNext()
{
    if (m_done)
        return;
    if (m_next >= m_steps.size()) {
        finish(false);
        return;
    }
    Step &step = m_steps[m_next];
    m_label = step.label;
    // A repeating step stays current while it has more to show.
    if (!step.action())
        ++m_next;
    waitForFrames();
}

void AppWalk::waitForFrames()
{
    m_framesToWait.clear();
    const QList<QQuickWindow *> windows = visibleWindows();
    for (QQuickWindow *w : windows) {
        if (!m_framesToWait.contains(w) && !w->property("claimscopeWalked").toBool()) {
            w->setProperty("claimscopeWalked", true); // connected once: the main window, then the audience's when it opens
            connect(w, &QQuickWindow::frameSwapped, this, [this, w] { frameSwapped(w); });
            // A window that closes (the audience's, when a presentation ends) renders no more frames.
            connect(w, &QObject::destroyed, this, [this, w] { windowGone(w); });
            connect(w, &QWindow::visibleChanged, this, [this, w](bool visible) {
                if (!visible)
                    windowGone(w);
            });
        }
        m_framesToWait.insert(w, FramesPerStep);
        w->update();
    }
}

void AppWalk::frameSwapped(QQuickWindow *window)
{
    if (m_done || !m_framesToWait.contains(window))
        return;
    int &left = m_framesToWait[window];
    if (left > 0 && --left > 0) {
        window->update();
        return;
    }
    stepRendered();
}

void AppWalk::windowGone(QQuickWindow *window)
{
    if (m_done || m_framesToWait.remove(window) == 0)
        return;
    stepRendered();
}

void AppWalk::stepRendered()
{
    if (std::any_of(m_framesToWait.cbegin(), m_framesToWait.cend(), [](int n) { return n > 0; }))
        return;
    m_framesToWait.clear();
    ++m_renders;
    const QString label = m_label;
    // Audit and go on outside the frame-swapped handler, on the next turn of the event loop.
    QTimer::singleShot(0, this, [this, label] {
        audit(label);
        runNext();
    });
}

void AppWalk::audit(const QString &label)
{
    if (m_auditAccessibility) {
        const QList<QQuickWindow *> windows = visibleWindows();
        for (QQuickWindow *w : windows)
            m_accessible.audit(label, w, w == m_window ? currentPage() : nullptr);
    }
    if (m_probe.isEmpty())
        return;
    const QString escapedProbe = m_probe.toHtmlEscaped();
    const QList<QQuickWindow *> windows = visibleWindows();
    for (QQuickWindow *w : windows) {
        QList<QQuickItem *> items;
        collectTextItems(w->contentItem(), items);
        for (QQuickItem *item : std::as_const(items)) {
            const QString text = item->property("text").toString();
            if (!text.contains(m_probe) && !text.contains(escapedProbe))
                continue;
            const auto format = static_cast<Qt::TextFormat>(item->property("textFormat").toInt());
            const bool markup = format == Qt::RichText || format == Qt::MarkdownText || format == 4 /* StyledText */
                || (format == Qt::AutoText && Qt::mightBeRichText(text));
            // Plain text shows the probe as it is; markup shows it literally only escaped.
            if (markup ? !text.contains(m_probe) : text.contains(m_probe)) {
                ++m_literal;
                continue;
            }
            m_violations << u"%1: %2 \"%3\" (format %4): %5"_s.arg(
                label, QString::fromLatin1(item->metaObject()->className()), item->objectName(), QString::number(format), text.left(120));
        }
    }
}

void AppWalk::finish(bool timedOut)
{
    if (m_done)
        return;
    m_done = true;
    if (!m_reportFile.isEmpty()) {
        auto *progress = m_engine->singletonInstance<StudentProgress *>(u"org.claimscope.Claimscope"_s, u"StudentProgress"_s);
        if (!progress->exportPdf(QUrl::fromLocalFile(m_reportFile)))
            m_violations << u"the report could not be written to %1"_s.arg(m_reportFile);
    }
    const auto *network = qobject_cast<OfflineNetworkAccessManager *>(m_engine->networkAccessManager());
    std::printf("walked %d renders of %lld steps%s\n", m_renders, static_cast<long long>(m_steps.size()), timedOut ? " (timed out)" : "");
    std::printf("pack text shown literally in %d text items, as markup in %lld\n", m_literal, static_cast<long long>(m_violations.size()));
    std::printf("network requests refused: %d\n", network ? network->refusedCount() : -1);
    for (qsizetype i = 0; i < std::min(m_violations.size(), MaxViolationsShown); ++i)
        std::printf("  markup: %s\n", qPrintable(m_violations[i]));
    const QStringList &accessible = m_accessible.problems();
    if (m_auditAccessibility) {
        std::printf("accessible objects checked: %d, problems: %lld\n", m_accessible.objectsChecked(), static_cast<long long>(accessible.size()));
        for (qsizetype i = 0; i < std::min(accessible.size(), MaxViolationsShown); ++i)
            std::printf("  accessible: %s\n", qPrintable(accessible[i]));
    }
    std::fflush(stdout);
    const bool ok = !timedOut && m_next >= m_steps.size() && m_violations.isEmpty() && accessible.isEmpty() && (m_probe.isEmpty() || m_literal > 0);
    QCoreApplication::exit(ok ? 0 : 1);
}
