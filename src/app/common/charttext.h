// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QStringList>

/// What a screen reader says for a chart drawn by Qt Charts, whose views
/// have no accessible objects of their own: one sentence from the chart's
/// data, for the accessible item that wraps the view.
class ChartText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// The bars of a (stacked) bar series with the largest totals, and what the
    /// largest is made of: "Of 10 bars, A → B is the largest with 13 (None 9,
    /// Documents 4); then C → D 7, E → F 5." `series` is a QAbstractBarSeries;
    /// `categories` are its bars' labels, in the order of the sets' values.
    Q_INVOKABLE static QString barSummary(const QObject *series, const QStringList &categories);
};
