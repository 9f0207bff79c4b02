// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The bare baseline of the start-up benchmark: what any Qt Quick app with a
// chart costs. QApplication, Material style, one ApplicationWindow with one
// ChartView; it reports its first frame exactly as `claimscope
// --exit-after-first-frame` does and exits.
#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // Qt Charts needs a QApplication
    QQuickStyle::setStyle(u"Material"_s);
    QQmlApplicationEngine engine;
    engine.loadFromModule("org.claimscope.Baseline", "Baseline");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    QObject::connect(
        window,
        &QQuickWindow::frameSwapped,
        &app,
        [&app] {
            std::fputs("first frame\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); });
        },
        Qt::SingleShotConnection);
    return app.exec();
}
