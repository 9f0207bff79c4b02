// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowcapture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr int FramesBeforeGrab = 3; // let layouts, images and transitions settle
constexpr int TimeoutMs = 20000;
} // namespace

WindowCapture::WindowCapture(QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

void WindowCapture::whenRendered(std::function<void(const QImage &)> done)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QTimer::singleShot(TimeoutMs, this, [] {
        std::fprintf(stderr, "claimscope: no frame was rendered within %d s\n", TimeoutMs / 1000);
        QCoreApplication::exit(1);
    });
    connect(m_window, &QQuickWindow::frameSwapped, this, [this, done, timer] {
        if (++m_frames == 1)
            std::printf("first frame after %lld ms\n", static_cast<long long>(timer->elapsed()));
        if (m_frames == FramesBeforeGrab) {
            // Grab outside the frame-swapped handler, on the next turn of the event loop.
            QTimer::singleShot(0, this, [this, done] { done(m_window->grabWindow()); });
        } else if (m_frames < FramesBeforeGrab) {
            m_window->update();
        }
    });
    m_window->update();
}

void WindowCapture::saveTo(const QString &file)
{
    whenRendered([file](const QImage &image) {
        if (image.isNull() || !image.save(file, "PNG")) {
            std::fprintf(stderr, "claimscope: could not save the screenshot to %s\n", qPrintable(file));
            QCoreApplication::exit(1);
            return;
        }
        std::printf("saved %s (%dx%d)\n", qPrintable(file), image.width(), image.height());
        QCoreApplication::exit(0);
    });
}

void WindowCapture::selfTest(int expectedArticles)
{
    whenRendered([this, expectedArticles](const QImage &image) {
        QStringList failures;
        if (image.isNull())
            failures << u"the window could not be grabbed"_s;
        else if (image.size() != m_window->size() * m_window->devicePixelRatio())
            failures << u"the grabbed image has the wrong size"_s;
        const int colours = colourCount(image);
        if (colours < 16)
            failures << u"the first frame looks blank (%1 colours)"_s.arg(colours);
        if (expectedArticles < 1)
            failures << u"the default case has no articles"_s;
        if (!failures.isEmpty()) {
            std::fprintf(stderr, "self-test FAILED: %s\n", qPrintable(failures.join(u"; "_s)));
            QCoreApplication::exit(1);
            return;
        }
        std::printf("self-test passed: default case with %d articles, %dx%d frame, %d colours\n", expectedArticles, image.width(), image.height(), colours);
        QCoreApplication::exit(0);
    });
}

void WindowCapture::exitAfterFirstFrame()
{
    connect(
        m_window,
        &QQuickWindow::frameSwapped,
        this,
        [] {
            std::fputs("first frame\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        },
        Qt::SingleShotConnection);
}

int WindowCapture::colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    const int step = std::max(1, image.width() / 200);
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}
