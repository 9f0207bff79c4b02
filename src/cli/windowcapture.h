// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQuickWindow>

/// Waits for a window's first frames, then grabs it: to save a screenshot
/// (--screenshot) or to check that the app really renders (--self-test).
/// Ends the application with the result.
class WindowCapture : public QObject
{
    Q_OBJECT

public:
    explicit WindowCapture(QQuickWindow *window, QObject *parent = nullptr);

    void saveTo(const QString &file);
    void selfTest(int expectedArticles);
    /// Prints "first frame" on stdout when the first frame is swapped, then
    /// exits: the mark `tools/dev bench` times start-up by.
    void exitAfterFirstFrame();

    /// Distinct colours in a sample of the image: a blank or failed render has very few.
    static int colourCount(const QImage &image);

private:
    void whenRendered(std::function<void(const QImage &)> done);

    QPointer<QQuickWindow> m_window;
    int m_frames = 0;
};
