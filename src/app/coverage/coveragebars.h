// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/dayaxis.h"
#include "coverage/coverageview.h"

#include <QColor>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickPaintedItem>

/// Claims per day as stacked bars (by stance, or by attribution), on a
/// DayAxis so that quiet stretches are squeezed and drawn as breaks, up to
/// the coverage's cutoff. The y range comes from the busiest day of the
/// whole case, so it neither cuts a day off nor jumps while the scrubber
/// plays. Painted in one pass: cheaper per frame than a chart of series.
class CoverageBars : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CoverageView *view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(DayAxis *axis READ axis WRITE setAxis NOTIFY axisChanged)
    Q_PROPERTY(bool byAttribution READ byAttribution WRITE setByAttribution NOTIFY styleChanged)
    Q_PROPERTY(QColor inkColor MEMBER m_ink NOTIFY styleChanged)
    Q_PROPERTY(QColor lineColor MEMBER m_line NOTIFY styleChanged)
    Q_PROPERTY(QColor backgroundColor MEMBER m_background NOTIFY styleChanged)
    Q_PROPERTY(int fontPixelSize MEMBER m_fontPixelSize NOTIFY styleChanged)
    /// The top of the y axis and the step between its labels.
    Q_PROPERTY(int yMax READ yMax NOTIFY scaleChanged)
    Q_PROPERTY(int yStep READ yStep NOTIFY scaleChanged)

public:
    explicit CoverageBars(QQuickItem *parent = nullptr);

    CoverageView *view() const { return m_view; }
    void setView(CoverageView *view);
    DayAxis *axis() const { return m_axis; }
    void setAxis(DayAxis *axis);
    bool byAttribution() const { return m_byAttribution; }
    void setByAttribution(bool byAttribution);
    int yMax() const { return m_scale.max; }
    int yStep() const { return m_scale.step; }

    struct Scale
    {
        int max = 1;
        int step = 1;
    };
    /// A y axis for days of up to `peak` claims: at most six steps of
    /// 1, 2 or 5 × 10ⁿ, its top the first step at or above the peak.
    static Scale scaleFor(int peak);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void viewChanged();
    void axisChanged();
    void styleChanged();
    void scaleChanged();

private:
    void updateScale();

    QPointer<CoverageView> m_view;
    QPointer<DayAxis> m_axis;
    bool m_byAttribution = false;
    QColor m_ink = Qt::black, m_line = Qt::lightGray, m_background = Qt::white;
    int m_fontPixelSize = 13;
    Scale m_scale;
};
