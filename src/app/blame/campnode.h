// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlEngine>
#include <QString>

/// One node of the camps view: a camp, an actor of the open camp (or several
/// of them as one card), or the open camp itself (kept in its place so that
/// it can be closed).
struct CampNode
{
    Q_GADGET
    QML_VALUE_TYPE(campNode)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    Q_PROPERTY(QString marker MEMBER marker CONSTANT)
    Q_PROPERTY(QString campId MEMBER campId CONSTANT)
    Q_PROPERTY(bool isActor MEMBER isActor CONSTANT)
    Q_PROPERTY(bool isOpen MEMBER isOpen CONSTANT)
    Q_PROPERTY(bool active MEMBER active CONSTANT)
    Q_PROPERTY(int outgoing MEMBER outgoing CONSTANT)
    Q_PROPERTY(int incoming MEMBER incoming CONSTANT)
    Q_PROPERTY(qreal x MEMBER x CONSTANT)
    Q_PROPERTY(qreal y MEMBER y CONSTANT)
    Q_PROPERTY(QString label MEMBER label CONSTANT)
    Q_PROPERTY(QStringList members MEMBER members CONSTANT)

public:
    QString id;     ///< camp id, or actor id for an actor of the open camp
    QString name;   ///< from the case
    QString marker; ///< the camp's marker (CampFormat::markers())
    QString campId;
    bool isActor = false;
    bool isOpen = false; ///< the open camp, whose actors are drawn inside the ring
    bool active = false; ///< makes or receives a claim up to the cutoff
    int outgoing = 0, incoming = 0;
    /// 0..1: a camp's slot on the ring (x across, y down), an actor's cell inside it.
    qreal x = 0, y = 0;
    QString label; ///< the node in words, for screen readers
    /// A card for several actors of the open camp, drawn as one where not all
    /// of them fit (BlameView::groupCampActors()): their ids. Empty otherwise.
    QStringList members;

    friend bool operator==(const CampNode &, const CampNode &) = default;
};
