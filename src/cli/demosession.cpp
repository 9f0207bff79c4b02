// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosession.h"

#include "case/caselibrary.h"
#include "presentation/presentation.h"
#include "progress/studentprogress.h"

#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {

const QDateTime SampleMonday(QDate(2026, 11, 16), QTime(9, 5), QTimeZone::UTC);

/// A fixed answer to `item`, mostly right: the sample profile's.
QuizAnswer sampleAnswer(const QuizItem &item, int i)
{
    QuizAnswer a;
    switch (item.type) {
    case Quiz::Type::TrueFalse:
        a.truth = (item.answer && i % 3 == 0) ? false : item.answer; // sceptical about some true statements
        break;
    case Quiz::Type::Highlight:
        for (qsizetype k = 0; k < item.choices.size(); ++k) {
            if (item.choices.at(k).correct)
                a.spans << static_cast<int>(k);
        }
        if (i % 2 == 1) {
            for (qsizetype k = 0; k < item.choices.size(); ++k) {
                if (!item.choices.at(k).correct) {
                    a.spans << static_cast<int>(k);
                    break;
                }
            }
            std::sort(a.spans.begin(), a.spans.end());
        }
        break;
    case Quiz::Type::Rank:
        a.order = item.order;
        if (i % 2 == 1 && a.order.size() > 1)
            a.order.swapItemsAt(0, 1);
        break;
    case Quiz::Type::Single:
    case Quiz::Type::Evidence:
    case Quiz::Type::Unknown:
        for (const QuizChoice &c : item.choices) {
            if (c.correct == (i % 4 != 1)) {
                a.choice = c.id;
                break;
            }
        }
        break;
    }
    return a;
}

RunProgress sampleRun(const CaseData &data, const QStringList &items, const QDateTime &start, int answered)
{
    RunProgress run;
    run.started = start;
    QDateTime at = start;
    for (int i = 0; i < std::min<int>(answered, static_cast<int>(items.size())); ++i) {
        if (const QuizItem *q = data.quizItem(items.at(i))) {
            at = at.addSecs(95 + 17 * (i % 5));
            run.answers.insert(q->id, RecordedAnswer{sampleAnswer(*q, i), at});
        }
    }
    run.secondsSpent = start.secsTo(at) + 240;
    if (answered >= items.size())
        run.finished = at.addSecs(240);
    return run;
}

} // namespace

DemoSession::DemoSession(CaseLibrary *library, StudentProgress *progress, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_progress(progress)
{
}

DemoSession::DemoSession(QQmlEngine *engine, QObject *parent)
    : DemoSession(engine->singletonInstance<CaseLibrary *>(u"org.claimscope.Claimscope"_s, u"CaseLibrary"_s),
                  engine->singletonInstance<StudentProgress *>(u"org.claimscope.Claimscope"_s, u"StudentProgress"_s),
                  parent)
{
}

QDateTime DemoSession::sampleNow()
{
    return SampleMonday.addDays(7);
}

QList<StudentProfile> DemoSession::sampleProfiles(const CaseData &data, int steps, bool boosterDone)
{
    const QStringList lesson = lessonItemIds(data);
    const QStringList booster = boosterItemIds(data);
    const QDateTime monday = SampleMonday;

    StudentProfile done{u"sample-1"_s, tr("Sample student"), monday.addDays(-1), {}};
    CaseProgress p;
    p.step = std::max(0, steps - 1);
    p.lesson = sampleRun(data, lesson, monday, static_cast<int>(lesson.size()));
    if (boosterDone)
        p.booster = sampleRun(data, booster, monday.addDays(3).addSecs(4 * 3600), static_cast<int>(booster.size()));
    done.cases.insert(data.info.id, p);

    StudentProfile halfway{u"sample-2"_s, tr("Sample: Jordan"), monday.addDays(-1).addSecs(60), {}};
    CaseProgress h;
    h.step = std::min(8, std::max(0, steps - 1));
    h.lesson = sampleRun(data, lesson, monday.addDays(1), 5);
    halfway.cases.insert(data.info.id, h);

    StudentProfile fresh{u"sample-3"_s, QString(), monday.addDays(-1).addSecs(120), {}};
    return {done, halfway, fresh};
}

void DemoSession::useSample(bool boosterDone)
{
    if (!m_progress)
        return;
    if (!m_library || !m_library->isLoaded()) {
        m_progress->useProfilesInMemory({});
        return;
    }
    const QDateTime now = sampleNow();
    m_progress->setClock([now] { return now; });
    m_progress->useProfilesInMemory(sampleProfiles(m_library->caseData(), m_library->lesson()->rowCount(), boosterDone));
}

void DemoSession::setNow(const QDateTime &now)
{
    if (!m_progress)
        return;
    if (now.isValid())
        m_progress->setClock([now] { return now; });
    else
        m_progress->setClock({});
}

void DemoSession::setStorageDirectory(const QString &directory)
{
    if (m_progress)
        m_progress->setStorageDirectory(directory);
}

void DemoSession::showVotes(QQuickWindow *window, const QList<int> &hands, bool blank)
{
    auto *presentation = window ? window->findChild<Presentation *>(u"classroom"_s) : nullptr;
    if (!presentation)
        return;
    for (qsizetype i = 0; i < hands.size(); ++i) {
        for (int n = 0; n < hands.at(i); ++n)
            presentation->vote(static_cast<int>(i) + 1);
    }
    if (!hands.isEmpty())
        presentation->next(); // reveal the tally
    presentation->setBlanked(blank);
}

QQuickWindow *DemoSession::captureWindow(QQuickWindow *window, const QString &page)
{
    if (page != u"audience"_s || !window)
        return window;
    const auto *loader = window->findChild<QQuickItem *>(u"audienceLoader"_s);
    auto *audience = loader ? qobject_cast<QQuickWindow *>(loader->property("item").value<QObject *>()) : nullptr;
    return audience ? audience : window;
}
