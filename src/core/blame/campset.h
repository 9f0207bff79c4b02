// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"

#include <QHash>

namespace Claimscope {

/// The camps of a case as the blame views group actors: the camps the case
/// declares in actors.json or, when it declares none, one camp per actor
/// kind that the case uses ("Governments", "Experts", …, in the order of
/// Vocabulary::actorKinds()). Actors that a declared set leaves out, and ids
/// that claims use without declaring them, go to one more camp, "Others".
///
/// Copies what it needs from the case.
class CampSet
{
public:
    struct Camp
    {
        QString id;
        QString name;
        QString marker; ///< one of CampFormat::markers()
        int order = 0;
        QStringList actors;   ///< actor ids: a declared camp's in its own order, others in actors.json's order
        bool declared = true; ///< false for a camp by kind and for "Others"
    };

    /// Id of the camp of left-out actors: it does not match the id pattern,
    /// so no camp of a case can have it.
    static QString othersId();

    explicit CampSet(const CaseData &data);

    /// In their stable order: by `order`, then by id; "Others" last.
    [[nodiscard]] const QList<Camp> &camps() const { return m_camps; }
    /// Whether the camps are the fallback by actor kind (the case declares none).
    [[nodiscard]] bool isFallback() const { return m_fallback; }
    /// Index in camps() of the camp of an actor of the case or of its claims; -1 otherwise.
    [[nodiscard]] int campOf(const QString &actorId) const { return m_campOfActor.value(actorId, -1); }
    /// Index in camps() of the camp with this id, or -1.
    [[nodiscard]] int indexOf(const QString &campId) const;

    /// The translated name of the fallback camp of an actor kind ("Governments").
    [[nodiscard]] static QString kindCampName(const QString &kind);

private:
    void add(Camp camp);

    QList<Camp> m_camps;
    QHash<QString, int> m_campOfActor;
    bool m_fallback = false;
};

} // namespace Claimscope
