// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reduced motion stops the Material style's ripple waves: a press with
// StillRipples enabled never lets the wave's start reach the ripple; without
// it, the wave starts as Material draws it.
#include "common/stillripples.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
/// Counts the timer events that reach one object (after any application filter).
class TimerSpy : public QObject
{
public:
    int timers = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Timer)
            ++timers;
        return false;
    }
};

QQuickItem *findRipple(QQuickItem *item)
{
    if (item->inherits("QQuickMaterialRipple"))
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findRipple(child))
            return found;
    }
    return nullptr;
}
} // namespace

class TestStillRipples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void press_data();
    void press();
};

void TestStillRipples::initTestCase()
{
    QQuickStyle::setStyle(u"Material"_s);
}

void TestStillRipples::press_data()
{
    QTest::addColumn<QList<bool>>("settings"); // reduced motion on or off, in turn
    QTest::addColumn<bool>("waveStarts");
    QTest::addRow("reduced motion: no wave") << QList<bool>{true} << false;
    QTest::addRow("motion: the wave starts") << QList<bool>{false} << true;
    QTest::addRow("reduced motion turned off again") << QList<bool>{true, false} << true;
}

void TestStillRipples::press()
{
    QFETCH(QList<bool>, settings);
    QFETCH(bool, waveStarts);

    StillRipples still;
    for (bool reduced : std::as_const(settings))
        still.setEnabled(reduced);
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQuick.Controls\nButton { text: \"Press\"; width: 200; height: 60 }", QUrl());
    std::unique_ptr<QQuickItem> button(qobject_cast<QQuickItem *>(component.create()));
    QVERIFY2(button, qPrintable(component.errorString()));
    QQuickWindow view;
    view.resize(200, 60);
    button->setParentItem(view.contentItem());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QQuickItem *ripple = findRipple(button.get());
    QVERIFY2(ripple, "the Material button has a ripple");

    TimerSpy spy;
    ripple->installEventFilter(&spy);
    const QPoint centre(100, 30);
    QTest::mousePress(&view, Qt::LeftButton, {}, centre);
    QTest::qWait(250); // the wave starts 80 ms after a press
    QTest::mouseRelease(&view, Qt::LeftButton, {}, centre);
    QCOMPARE(spy.timers > 0, waveStarts);
}

QTEST_MAIN(TestStillRipples)
#include "tst_stillripples.moc"
