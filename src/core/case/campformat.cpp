// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/campformat.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimscope::CampFormat {

QStringList markers()
{
    return {u"circle"_s,
            u"square"_s,
            u"diamond"_s,
            u"triangle-up"_s,
            u"triangle-down"_s,
            u"triangle-left"_s,
            u"triangle-right"_s,
            u"pentagon"_s,
            u"hexagon"_s,
            u"star"_s,
            u"cross"_s,
            u"plus"_s};
}

QStringList blameModes()
{
    return {u"camps"_s, u"actors"_s, u"matrix"_s};
}

namespace {

const QString ActorsFile = u"actors.json"_s;
const QString LessonFile = u"lesson.json"_s;

QString indexed(const QString &array, qsizetype i)
{
    return array + u'[' + QString::number(i) + u']';
}

class Checker
{
public:
    Checker(const CaseData &data, Problems &problems, const QSet<QString> &unread)
        : m_data(data)
        , m_problems(problems)
        , m_actorsUnread(unread.contains(ActorsFile))
        , m_datesUnread(unread.contains(u"claims.json"_s) || unread.contains(u"timeline.json"_s))
    {
        for (const Actor &a : data.actors)
            m_actors.insert(a.id);
        for (const Camp &c : data.camps) {
            if (!m_camps.contains(c.id))
                m_camps.insert(c.id, &c);
        }
    }

    void run()
    {
        camps();
        for (qsizetype c = 0; c < m_data.chapters.size(); ++c) {
            const QList<LessonStep> &steps = m_data.chapters.at(c).steps;
            for (qsizetype s = 0; s < steps.size(); ++s)
                step(steps.at(s), indexed(u"chapters"_s, c) + u'.' + indexed(u"steps"_s, s));
        }
    }

private:
    void error(const QString &file, const QString &path, const QString &code, const QString &message)
    {
        m_problems.append(Problem{file, 0, 0, path, code, message});
    }
    void warning(const QString &file, const QString &path, const QString &code, const QString &message)
    {
        m_problems.append(Problem{file, 0, 0, path, code, message, true});
    }

    void camps()
    {
        QHash<QString, qsizetype> campOfActor, campById, campByMarker;
        QHash<int, qsizetype> campByOrder;
        for (qsizetype i = 0; i < m_data.camps.size(); ++i) {
            const Camp &camp = m_data.camps.at(i);
            const QString p = indexed(u"camps"_s, i);
            if (!camp.id.isEmpty() && campById.contains(camp.id))
                error(ActorsFile, p + u".id"_s, u"duplicate-id"_s, u"camp id \"%1\" is used twice"_s.arg(camp.id));
            campById.insert(camp.id, i);
            if (camp.order > 0) {
                if (const auto it = campByOrder.constFind(camp.order); it != campByOrder.cend())
                    error(ActorsFile,
                          p + u".order"_s,
                          u"duplicate-order"_s,
                          u"order %1 is already camp \"%2\"'s; each camp needs a place of its own"_s.arg(camp.order).arg(m_data.camps.at(*it).id));
                else
                    campByOrder.insert(camp.order, i);
            }
            if (!camp.marker.isEmpty()) {
                if (const auto it = campByMarker.constFind(camp.marker); it != campByMarker.cend())
                    warning(ActorsFile,
                            p + u".marker"_s,
                            u"duplicate-marker"_s,
                            u"camp \"%1\" has the marker \"%2\" too: without colour the two camps look alike"_s.arg(m_data.camps.at(*it).id, camp.marker));
                else
                    campByMarker.insert(camp.marker, i);
            }
            for (qsizetype a = 0; a < camp.actors.size(); ++a) {
                const QString &actor = camp.actors.at(a);
                const QString ap = p + u'.' + indexed(u"actors"_s, a);
                if (!m_actors.contains(actor)) {
                    error(ActorsFile, ap, u"unknown-reference"_s, u"unknown actor \"%1\""_s.arg(actor));
                    continue;
                }
                if (const auto it = campOfActor.constFind(actor); it != campOfActor.cend()) {
                    if (*it == i)
                        error(ActorsFile, ap, u"duplicate-id"_s, u"actor \"%1\" is listed twice in this camp"_s.arg(actor));
                    else
                        error(ActorsFile,
                              ap,
                              u"actor-in-two-camps"_s,
                              u"actor \"%1\" is already in camp \"%2\"; an actor belongs to one camp at most"_s.arg(actor, m_data.camps.at(*it).id));
                    continue;
                }
                campOfActor.insert(actor, i);
            }
        }
        if (m_data.camps.isEmpty())
            return;
        for (qsizetype i = 0; i < m_data.actors.size(); ++i) {
            const Actor &actor = m_data.actors.at(i);
            if (!actor.id.isEmpty() && !campOfActor.contains(actor.id))
                warning(ActorsFile,
                        indexed(u"actors"_s, i) + u".id"_s,
                        u"actor-without-camp"_s,
                        u"actor \"%1\" is in no camp; the blame views put it with the others left out, under \"Others\""_s.arg(actor.id));
        }
    }

    /// Whether a claim dated on or before `date` (any date when invalid) passes `test`.
    template<typename Test>
    bool anyClaimBy(const QDate &date, Test test) const
    {
        return std::any_of(m_data.claims.cbegin(), m_data.claims.cend(), [&](const Claim &c) {
            return c.date.date.isValid() && (!date.isValid() || c.date.date <= date) && test(c);
        });
    }

    void step(const LessonStep &step, const QString &p)
    {
        const bool blame = step.kind == u"blame"_s;
        if (!m_datesUnread && (blame || step.kind == u"coverage"_s) && step.cutoff.isValid()) {
            const bool claimBefore = anyClaimBy(step.cutoff, [](const Claim &) { return true; });
            const bool eventBefore =
                std::any_of(m_data.events.cbegin(), m_data.events.cend(), [&](const Event &e) { return e.date.date.isValid() && e.date.date <= step.cutoff; });
            if (!claimBefore && (blame || !eventBefore))
                warning(LessonFile,
                        p + u".cutoff"_s,
                        u"empty-step-date"_s,
                        u"nothing the %1 view shows is dated on or before %2, so the step opens on an empty view"_s.arg(step.kind,
                                                                                                                        step.cutoff.toString(Qt::ISODate)));
        }
        // Without actors.json, camps and actors are unknown: its own problem says why.
        if (step.focus.kind == BlameFocus::Kind::None || step.focus.id.isEmpty() || m_actorsUnread)
            return;
        const QString fp = p + u".focus"_s;
        const QString &id = step.focus.id;
        switch (step.focus.kind) {
        case BlameFocus::Kind::Camp: {
            const Camp *camp = m_camps.value(id);
            if (!camp) {
                error(LessonFile, fp + u".camp"_s, u"unknown-reference"_s, u"unknown camp \"%1\" (camps are declared in actors.json)"_s.arg(id));
                return;
            }
            const QSet<QString> members(camp->actors.cbegin(), camp->actors.cend());
            if (!anyClaimBy(step.cutoff, [&](const Claim &c) { return members.contains(c.claimant) || involves(c.targets, members); }))
                emptyFocus(fp + u".camp"_s, step, u"no actor of camp \"%1\" makes or receives a claim"_s.arg(id));
            return;
        }
        case BlameFocus::Kind::Actor:
            if (!known(id, fp + u".actor"_s))
                return;
            if (!anyClaimBy(step.cutoff, [&](const Claim &c) { return c.claimant == id || c.targets.contains(id); }))
                emptyFocus(fp + u".actor"_s, step, u"actor \"%1\" makes or receives no claim"_s.arg(id));
            return;
        case BlameFocus::Kind::About:
            if (!known(id, fp + u".about"_s))
                return;
            if (!anyClaimBy(step.cutoff, [&](const Claim &c) { return c.targets.contains(id); }))
                emptyFocus(fp + u".about"_s, step, u"no claim is about actor \"%1\""_s.arg(id));
            return;
        case BlameFocus::Kind::None: return;
        }
    }

    static bool involves(const QStringList &targets, const QSet<QString> &members)
    {
        return std::any_of(targets.cbegin(), targets.cend(), [&](const QString &t) { return members.contains(t); });
    }

    bool known(const QString &actor, const QString &path)
    {
        if (m_actors.contains(actor))
            return true;
        error(LessonFile, path, u"unknown-reference"_s, u"unknown actor \"%1\""_s.arg(actor));
        return false;
    }

    void emptyFocus(const QString &path, const LessonStep &step, const QString &what)
    {
        if (m_datesUnread)
            return; // the claims are unknown, not missing
        const QString when = step.cutoff.isValid() ? u"up to %1"_s.arg(step.cutoff.toString(Qt::ISODate)) : u"in the whole case"_s;
        warning(LessonFile, path, u"empty-focus"_s, u"%1 %2, so the focus shows nothing"_s.arg(what, when));
    }

    const CaseData &m_data;
    Problems &m_problems;
    QSet<QString> m_actors;
    QHash<QString, const Camp *> m_camps; ///< the first camp of each id
    const bool m_actorsUnread;            ///< actors.json could not be read: its actors and camps are unknown
    const bool m_datesUnread;             ///< claims.json or timeline.json could not be read: what a date shows is unknown
};

} // namespace

void validate(const CaseData &data, Problems &problems, const QSet<QString> &unread)
{
    Checker(data, problems, unread).run();
}

} // namespace Claimscope::CampFormat
