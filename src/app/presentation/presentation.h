// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/caselibrary.h"
#include "presentation/classvote.h"
#include "quiz/quizsession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

/// A classroom presentation of the lesson: the state shared by the audience
/// view and the presenter console, and what the presenter's keys do.
///
/// Navigation runs in sub-steps. An ordinary step is the lesson's own
/// (LessonModel::advance reveals first, then moves on). A quiz step is one
/// sub-step per item and two per item: the question, then its reveal (the
/// class's votes, the correct answer, the explanation). Nothing that answers
/// a question is meant for the audience before `itemRevealed` is true.
///
/// Class votes: on an item with two to four choices (true/false counts as
/// 1 = true, 2 = false) the digits 1–4 count one hand each; they are kept per
/// item for the whole presentation, so going back does not lose them.
///
/// Digits and jumps: where digits count votes (`digitsVote`), `G` first arms
/// a jump and the digits then type a step number; everywhere else digits type
/// the step number directly. Enter jumps to the typed step (1-based).
///
/// One screen: when the computer has one screen (a mirrored projector looks
/// like that), the class sees whatever the teacher sees, so the console is not
/// shown at all. Notes and answers appear only while `peeking`, which the
/// teacher turns on after a warning; any move through the lesson ends it.
class Presentation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CaseLibrary *library READ library WRITE setLibrary NOTIFY libraryChanged)
    /// The audience screen is black.
    Q_PROPERTY(bool blanked READ isBlanked WRITE setBlanked NOTIFY blankedChanged)
    /// The audience window is (asked to be) full screen.
    Q_PROPERTY(bool fullScreen READ isFullScreen WRITE setFullScreen NOTIFY fullScreenChanged)

    /// The current lesson step is a quiz step with at least one item.
    Q_PROPERTY(bool onQuiz READ isOnQuiz NOTIFY subStepChanged)
    /// 0-based item of the current quiz step, and how many it has.
    Q_PROPERTY(int itemIndex READ itemIndex NOTIFY subStepChanged)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY subStepChanged)
    Q_PROPERTY(QString itemId READ itemId NOTIFY subStepChanged)
    /// QuizSession::item() of the current item: the question, never its answer.
    Q_PROPERTY(QuizQuestion item READ item NOTIFY subStepChanged)
    /// The current item's answer was revealed (to the audience).
    Q_PROPERTY(bool itemRevealed READ isItemRevealed NOTIFY subStepChanged)
    /// The current item can be voted on with 1–4.
    Q_PROPERTY(bool itemVotable READ isItemVotable NOTIFY subStepChanged)
    /// The answer for the presenter.
    Q_PROPERTY(ItemAnswer answer READ answer NOTIFY subStepChanged)
    /// The answer for the audience: none until the item is revealed.
    Q_PROPERTY(ItemAnswer revealedAnswer READ revealedAnswer NOTIFY subStepChanged)

    /// The current item's tally: one row per choice.
    Q_PROPERTY(QList<VoteTally> votes READ votes NOTIFY votesChanged)
    Q_PROPERTY(int totalVotes READ totalVotes NOTIFY votesChanged)

    /// What → does next, in words, for the presenter's eyes only:
    /// "→ reveals the answer", "→ step 6 · Blame by 17 December (blame)".
    Q_PROPERTY(QString nextText READ nextText NOTIFY nextChanged)
    /// The same without a word of what it reveals, for a screen the class
    /// sees too: "Next: the answer", "Next: step 6 · Blame by 17 December".
    Q_PROPERTY(QString nextTextForClass READ nextTextForClass NOTIFY nextChanged)

    /// Digits count hands here (a votable item); a jump needs G first.
    Q_PROPERTY(bool digitsVote READ digitsVote NOTIFY subStepChanged)
    /// G was pressed on a vote: the digits type a step number.
    Q_PROPERTY(bool jumpArmed READ isJumpArmed NOTIFY jumpChanged)
    /// The step number typed so far ("" when none).
    Q_PROPERTY(QString jumpText READ jumpText NOTIFY jumpChanged)

    /// Time presented, in whole seconds; the clock can be paused and reset.
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY elapsedChanged)
    Q_PROPERTY(bool clockRunning READ isClockRunning NOTIFY elapsedChanged)
    /// The time presented as a clock reads: "4:05", "1:02:09".
    Q_PROPERTY(QString elapsedText READ elapsedText NOTIFY elapsedChanged)

    /// How many screens the computer has: QGuiApplication::screens() unless
    /// set (tests, screenshots); -1 goes back to the real count.
    Q_PROPERTY(int screens READ screens WRITE setScreens NOTIFY screensChanged)
    /// One screen: the class sees the teacher's screen.
    Q_PROPERTY(bool singleScreen READ isSingleScreen NOTIFY screensChanged)
    /// On one screen: the teacher asked for the notes and answers and
    /// confirmed that the class will see them. Off at every move.
    Q_PROPERTY(bool peeking READ isPeeking WRITE setPeeking NOTIFY peekingChanged)

public:
    explicit Presentation(QObject *parent = nullptr);

    CaseLibrary *library() const { return m_library; }
    void setLibrary(CaseLibrary *library);
    bool isBlanked() const { return m_blanked; }
    void setBlanked(bool blanked);
    bool isFullScreen() const { return m_fullScreen; }
    void setFullScreen(bool fullScreen);

    bool isOnQuiz() const { return itemCount() > 0; }
    int itemIndex() const { return m_itemIndex; }
    int itemCount() const { return static_cast<int>(m_itemIds.size()); }
    QString itemId() const { return m_itemIds.value(m_itemIndex); }
    QuizQuestion item() const;
    bool isItemRevealed() const { return m_itemRevealed; }
    bool isItemVotable() const { return choiceCount(itemId()) > 0; }
    ItemAnswer answer() const;
    ItemAnswer revealedAnswer() const { return m_itemRevealed ? answer() : ItemAnswer{}; }
    QList<VoteTally> votes() const;
    int totalVotes() const { return static_cast<int>(m_votes.value(itemId()).size()); }
    QString nextText() const { return describeNext(false); }
    QString nextTextForClass() const { return describeNext(true); }
    bool digitsVote() const { return isItemVotable(); }
    bool isJumpArmed() const { return m_jumpArmed; }
    QString jumpText() const { return m_jumpText; }
    int elapsedSeconds() const;
    bool isClockRunning() const { return m_clock.isValid(); }
    QString elapsedText() const { return clockText(elapsedSeconds()); }
    /// Choices a show of hands can go to with the keys 1–4 (2–4; true/false 2),
    /// or 0 when the item is for discussion.
    static int voteChoices(const Claimscope::QuizItem &q);
    static QString clockText(int seconds);
    int screens() const;
    void setScreens(int screens);
    bool isSingleScreen() const { return screens() <= 1; }
    bool isPeeking() const { return m_peeking; }
    void setPeeking(bool peeking);

    /// Starts presenting at the lesson's current step: first sub-step,
    /// not blanked, the clock reset and running.
    Q_INVOKABLE void start();
    /// Ends presenting: the clock stops (start() begins afresh).
    Q_INVOKABLE void stop();

    /// → : reveals what the current (sub-)step hides, else moves on.
    /// Returns false at the very end.
    Q_INVOKABLE bool next();
    /// ← : one sub-step back (a revealed item goes back to its question).
    Q_INVOKABLE bool previous();
    /// Goes to step `number` (1-based), at its first sub-step.
    Q_INVOKABLE bool jumpTo(int number);

    /// What a digit key does: a vote where digits vote, else types a step number.
    Q_INVOKABLE void digit(int value);
    /// G: the next digits type a step number, even on a vote.
    Q_INVOKABLE void armJump();
    /// Enter: jumps to the typed step; false (and nothing typed any more) when invalid.
    Q_INVOKABLE bool commitJump();
    /// Esc while typing: forgets the typed number. Returns whether something was typed.
    Q_INVOKABLE bool cancelJump();
    /// Backspace: removes the last typed digit, or else the last vote.
    Q_INVOKABLE void backspace();

    /// One hand for choice `number` (1-based) of the current item.
    Q_INVOKABLE bool vote(int number);
    /// One hand less for choice `number` (the latest such vote).
    Q_INVOKABLE bool unvote(int number);
    /// Takes back the current item's latest vote, whatever its choice.
    Q_INVOKABLE bool undoLastVote();
    /// Forgets the current item's votes.
    Q_INVOKABLE void clearVotes();

    Q_INVOKABLE void toggleBlank() { setBlanked(!m_blanked); }
    Q_INVOKABLE void toggleFullScreen() { setFullScreen(!m_fullScreen); }
    Q_INVOKABLE void toggleClock();
    Q_INVOKABLE void resetClock();

Q_SIGNALS:
    void libraryChanged();
    void blankedChanged();
    void fullScreenChanged();
    void subStepChanged();
    /// What → does next changed (a move, or a reveal on the same step).
    void nextChanged();
    void votesChanged();
    void jumpChanged();
    void elapsedChanged();
    void screensChanged();
    void peekingChanged();

private:
    LessonModel *lesson() const;
    const Claimscope::QuizItem *find(const QString &id) const;
    /// Choices a vote can go to (2–4), or 0 when the item cannot be voted with 1–4.
    int choiceCount(const QString &id) const;
    void onLessonChanged();
    QString describeNext(bool forClass) const;
    void setSubStep(int index, bool revealed);
    void setJump(const QString &text, bool armed);

    QPointer<CaseLibrary> m_library;
    QuizSession m_items; ///< shows items without their answers; records nothing
    int m_stepIndex = -1;
    QStringList m_itemIds;
    int m_itemIndex = 0;
    bool m_itemRevealed = false;
    QHash<QString, QList<int>> m_votes; ///< item id → 1-based choices, in the order given
    bool m_blanked = false;
    bool m_fullScreen = true;
    int m_screens = -1; ///< set by tests and screenshots; -1: the real count
    bool m_peeking = false;
    bool m_jumpArmed = false;
    QString m_jumpText;
    QElapsedTimer m_clock;      ///< valid while running
    qint64 m_elapsedBefore = 0; ///< ms counted before the clock last started
    QTimer m_tick;
};
