// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/presentation.h"

#include "common/packtext.h"
#include "lesson/lessonmodel.h"

#include <QGuiApplication>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Claimscope;

Presentation::Presentation(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &Presentation::elapsedChanged);
    // A projector plugged in or taken away changes the mode of the next presentation.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        const auto changed = [this] {
            if (m_screens < 0)
                Q_EMIT screensChanged();
        };
        connect(app, &QGuiApplication::screenAdded, this, changed);
        connect(app, &QGuiApplication::screenRemoved, this, changed);
    }
}

int Presentation::screens() const
{
    if (m_screens >= 0)
        return m_screens;
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? static_cast<int>(QGuiApplication::screens().size()) : 1;
}

void Presentation::setScreens(int screens)
{
    screens = std::max(screens, -1);
    if (m_screens == screens)
        return;
    const int before = this->screens();
    m_screens = screens;
    if (this->screens() != before)
        Q_EMIT screensChanged();
}

void Presentation::setPeeking(bool peeking)
{
    if (m_peeking == peeking)
        return;
    m_peeking = peeking;
    Q_EMIT peekingChanged();
}

void Presentation::setLibrary(CaseLibrary *library)
{
    if (m_library == library)
        return;
    if (m_library)
        disconnect(m_library->lesson(), nullptr, this, nullptr);
    m_library = library;
    m_items.setLibrary(library);
    m_votes.clear();
    if (m_library)
        connect(m_library->lesson(), &LessonModel::currentChanged, this, &Presentation::onLessonChanged);
    m_stepIndex = -1;
    onLessonChanged();
    Q_EMIT libraryChanged();
}

LessonModel *Presentation::lesson() const
{
    return m_library ? m_library->lesson() : nullptr;
}

const QuizItem *Presentation::find(const QString &id) const
{
    return m_library ? m_library->caseData().quizItem(id) : nullptr;
}

void Presentation::onLessonChanged()
{
    LessonModel *l = lesson();
    const int index = l ? l->currentIndex() : -1;
    Q_EMIT nextChanged();
    if (index == m_stepIndex)
        return; // a reveal on the same step
    m_stepIndex = index;
    m_itemIds.clear();
    const LessonStep *step = l ? l->lessonStep(index) : nullptr;
    if (step && step->kind == u"quiz"_s) {
        for (const QString &id : step->quiz) {
            if (find(id))
                m_itemIds << id;
        }
    }
    m_itemIndex = 0;
    m_itemRevealed = false;
    setPeeking(false);
    Q_EMIT subStepChanged();
    Q_EMIT votesChanged();
}

void Presentation::setSubStep(int index, bool revealed)
{
    if (index == m_itemIndex && revealed == m_itemRevealed)
        return;
    m_itemIndex = index;
    m_itemRevealed = revealed;
    setPeeking(false);
    Q_EMIT subStepChanged();
    Q_EMIT nextChanged();
    Q_EMIT votesChanged();
}

QString Presentation::describeNext(bool forClass) const
{
    const LessonModel *l = lesson();
    if (!l)
        return {};
    if (isOnQuiz() && !m_itemRevealed) {
        if (forClass)
            return tr("Next: the answer");
        return isItemVotable() ? tr("→ reveals the class's votes and the answer") : tr("→ reveals the answer");
    }
    if (isOnQuiz() && m_itemIndex + 1 < itemCount())
        return (forClass ? tr("Next: question %1 of %2") : tr("→ question %1 of %2")).arg(m_itemIndex + 2).arg(itemCount());
    const LessonStep *step = l->lessonStep(l->currentIndex());
    if (step && !l->isRevealed() && !step->reveal.isEmpty())
        return forClass ? tr("Next: the hidden part of this step") : PackText::plain(tr("→ reveals: %1"), {step->reveal});
    if (!l->canGoNext())
        return tr("This is the last step.");
    const StepInfo n = l->nextStep();
    const QString number = QString::number(n.index + 1);
    return forClass ? PackText::plain(tr("Next: step %1 · %2"), {number, n.title}) : PackText::plain(tr("→ step %1 · %2 (%3)"), {number, n.title, n.kind});
}

QuizQuestion Presentation::item() const
{
    return isOnQuiz() ? m_items.item(itemId()) : QuizQuestion{};
}

void Presentation::start()
{
    m_stepIndex = -1;
    onLessonChanged();
    setBlanked(false);
    setPeeking(false);
    setJump({}, false);
    m_elapsedBefore = 0;
    m_clock.start();
    m_tick.start();
    Q_EMIT elapsedChanged();
}

void Presentation::stop()
{
    if (m_clock.isValid())
        toggleClock();
}

bool Presentation::next()
{
    setPeeking(false); // a reveal on the same step is a move too
    LessonModel *l = lesson();
    if (!l)
        return false;
    if (isOnQuiz()) {
        if (!m_itemRevealed) {
            setSubStep(m_itemIndex, true);
            return true;
        }
        if (m_itemIndex + 1 < itemCount()) {
            setSubStep(m_itemIndex + 1, false);
            return true;
        }
        return l->next();
    }
    return l->advance();
}

bool Presentation::previous()
{
    setPeeking(false);
    LessonModel *l = lesson();
    if (!l)
        return false;
    if (isOnQuiz()) {
        if (m_itemRevealed) {
            setSubStep(m_itemIndex, false);
            return true;
        }
        if (m_itemIndex > 0) {
            setSubStep(m_itemIndex - 1, true);
            return true;
        }
    }
    return l->previous();
}

bool Presentation::jumpTo(int number)
{
    LessonModel *l = lesson();
    if (!l || number < 1 || number > l->rowCount())
        return false;
    setPeeking(false);
    if (number - 1 == l->currentIndex()) {
        setSubStep(0, false);
        return true;
    }
    l->setCurrentIndex(number - 1);
    return true;
}

void Presentation::setJump(const QString &text, bool armed)
{
    if (text == m_jumpText && armed == m_jumpArmed)
        return;
    m_jumpText = text;
    m_jumpArmed = armed;
    Q_EMIT jumpChanged();
}

void Presentation::digit(int value)
{
    if (value < 0 || value > 9)
        return;
    if (digitsVote() && !m_jumpArmed && m_jumpText.isEmpty()) {
        vote(value);
        return;
    }
    if (m_jumpText.size() < 4) // no lesson has 10 000 steps
        setJump(m_jumpText + QString::number(value), m_jumpArmed);
}

void Presentation::armJump()
{
    setJump(m_jumpText, true);
}

bool Presentation::commitJump()
{
    const QString text = m_jumpText;
    setJump({}, false);
    return !text.isEmpty() && jumpTo(text.toInt());
}

bool Presentation::cancelJump()
{
    const bool typing = m_jumpArmed || !m_jumpText.isEmpty();
    setJump({}, false);
    return typing;
}

void Presentation::backspace()
{
    if (!m_jumpText.isEmpty())
        setJump(m_jumpText.chopped(1), m_jumpArmed);
    else if (m_jumpArmed)
        setJump({}, false);
    else
        undoLastVote();
}

void Presentation::setBlanked(bool blanked)
{
    if (m_blanked == blanked)
        return;
    m_blanked = blanked;
    Q_EMIT blankedChanged();
}

void Presentation::setFullScreen(bool fullScreen)
{
    if (m_fullScreen == fullScreen)
        return;
    m_fullScreen = fullScreen;
    Q_EMIT fullScreenChanged();
}

int Presentation::elapsedSeconds() const
{
    const qint64 ms = m_elapsedBefore + (m_clock.isValid() ? m_clock.elapsed() : 0);
    return static_cast<int>(ms / 1000);
}

QString Presentation::clockText(int seconds)
{
    seconds = std::max(seconds, 0);
    const int h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QChar(u'0'));
}

void Presentation::toggleClock()
{
    if (m_clock.isValid()) {
        m_elapsedBefore += m_clock.elapsed();
        m_clock.invalidate();
        m_tick.stop();
    } else {
        m_clock.start();
        m_tick.start();
    }
    Q_EMIT elapsedChanged();
}

void Presentation::resetClock()
{
    m_elapsedBefore = 0;
    if (m_clock.isValid())
        m_clock.restart();
    Q_EMIT elapsedChanged();
}
