// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlEngine>
#include <QStringList>

/// Who blamed whom up to the cutoff: one arrow of the blame network and one
/// row of its table.
struct BlameEdge
{
    Q_GADGET
    QML_VALUE_TYPE(blameEdge)
    Q_PROPERTY(QString from MEMBER from CONSTANT)
    Q_PROPERTY(QString to MEMBER to CONSTANT)
    Q_PROPERTY(QString fromName MEMBER fromName CONSTANT)
    Q_PROPERTY(QString toName MEMBER toName CONSTANT)
    Q_PROPERTY(qreal x1 MEMBER x1 CONSTANT)
    Q_PROPERTY(qreal y1 MEMBER y1 CONSTANT)
    Q_PROPERTY(qreal x2 MEMBER x2 CONSTANT)
    Q_PROPERTY(qreal y2 MEMBER y2 CONSTANT)
    Q_PROPERTY(int count MEMBER count CONSTANT)
    Q_PROPERTY(QString stance MEMBER stance CONSTANT)
    Q_PROPERTY(QString stanceLabel MEMBER stanceLabel CONSTANT)
    Q_PROPERTY(QString color MEMBER color CONSTANT)
    Q_PROPERTY(QString stances MEMBER stances CONSTANT)
    Q_PROPERTY(QString evidence MEMBER evidence CONSTANT)
    Q_PROPERTY(QStringList claimIds MEMBER claimIds CONSTANT)
    Q_PROPERTY(QString label MEMBER label CONSTANT)
    Q_PROPERTY(QList<qreal> dashPattern MEMBER dashPattern CONSTANT)
    Q_PROPERTY(QString attributions MEMBER attributions CONSTANT)

public:
    QString from, to;         ///< actor ids
    QString fromName, toName; ///< actor names
    qreal x1 = 0, y1 = 0;     ///< the claimant's node, 0..1
    qreal x2 = 0, y2 = 0;     ///< the target's node, 0..1
    int count = 0;            ///< claims
    QString stance;           ///< the dominant stance
    QString stanceLabel;      ///< its label (VocabularyStyle)
    QString color;            ///< its colour (VocabularyStyle)
    QString stances;          ///< "3 blames, 1 denies"
    QString evidence;         ///< "2 no evidence offered, 2 technical evidence"
    QStringList claimIds;
    QString label; ///< the whole arrow in words, for tooltips and screen readers
    /// The dominant stance's dash pattern (BlameView::dashPattern()), so colour is not its only mark.
    QList<qreal> dashPattern;
    QString attributions; ///< "3 anonymous, 1 named" (camps view)

    friend bool operator==(const BlameEdge &, const BlameEdge &) = default;
};
