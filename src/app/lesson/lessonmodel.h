// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "lesson/stepinfo.h"

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

class QuizSession;
Q_MOC_INCLUDE("quiz/quizsession.h")

/// The guided lesson as one list of steps (chapters flattened), with the
/// current step, navigation and what has been revealed.
class LessonModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CaseLibrary")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentChanged)
    Q_PROPERTY(bool revealed READ isRevealed NOTIFY currentChanged)
    Q_PROPERTY(bool canGoNext READ canGoNext NOTIFY currentChanged)
    Q_PROPERTY(bool canGoPrevious READ canGoPrevious NOTIFY currentChanged)
    Q_PROPERTY(StepInfo current READ current NOTIFY currentChanged)
    Q_PROPERTY(QList<ChapterInfo> chapters READ chapters NOTIFY countChanged)
    Q_PROPERTY(int currentChapter READ currentChapter NOTIFY currentChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< step id
        KindRole,                  ///< narrative, article, blame, coverage, quiz, reveal
        TitleRole,
        TextRole,
        PresenterNotesRole,
        RevealRole,  ///< text shown only on reveal ("" if none)
        ArticleRole, ///< article id for article steps
        QuizRole,    ///< QStringList of quiz item ids
        CutoffRole,  ///< QDate for blame/coverage steps (may be invalid)
        ChapterIndexRole,
        ChapterTitleRole,
        StepInChapterRole, ///< 0-based position inside its chapter
        StepsInChapterRole,
        LaterRole,     ///< QList<DatedCard>: the cited later developments
        BlameModeRole, ///< blame steps: "camps", "actors", "matrix" or ""
        FocusKindRole, ///< blame steps: "camp", "actor", "about" or ""
        FocusIdRole,   ///< the camp or actor id of the focus
    };
    Q_ENUM(Role)

    /// What a move through the story did (forward()).
    enum class Move {
        Moved,       ///< to the next question, the hidden part or the next step
        NeedsAnswer, ///< nowhere: the question showing is neither answered nor skipped
        AtEnd,       ///< nowhere: the last step, nothing hidden
    };
    Q_ENUM(Move)

    explicit LessonModel(QObject *parent = nullptr);

    /// The lesson of `data`; its later developments give the steps' dated cards.
    void setCase(const Claimscope::CaseData &data);
    /// The same lesson in other words (the case's text in another language):
    /// the current step and whether it is revealed stay.
    void setTexts(const Claimscope::CaseData &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    bool isRevealed() const { return m_revealed; }
    bool canGoNext() const;
    bool canGoPrevious() const { return m_current > 0; }
    StepInfo current() const { return step(m_current); }
    StepInfo nextStep() const { return step(m_current + 1); }
    QList<ChapterInfo> chapters() const;
    int currentChapter() const;
    /// The case's step at `index`, or null when out of range.
    const Claimscope::LessonStep *lessonStep(int index) const;

    /// All roles of one step; no step (index -1) when out of range.
    Q_INVOKABLE StepInfo step(int index) const;
    /// Shows the current step's reveal; returns false if it has none or it is shown.
    Q_INVOKABLE bool reveal();
    /// Reveals first when the step has something hidden, then moves on:
    /// what a presenter's "next" key does, so nothing is skipped unseen.
    Q_INVOKABLE bool advance();
    Q_INVOKABLE bool next();
    Q_INVOKABLE bool previous();
    /// → in the self-paced story. While `quiz` (the current step's quiz, or
    /// null) shows a question, moves to the next question once that one is
    /// answered; a skipped question was left with Skip. Once the quiz shows
    /// its results (or on any other step), advance().
    Q_INVOKABLE Move forward(QuizSession *quiz);
    /// ← in the story: the previous question of `quiz` when there is one
    /// (from the results, the last question), else the previous step.
    Q_INVOKABLE bool back(QuizSession *quiz);
    /// Index of the first step of chapter `chapter`, or -1.
    Q_INVOKABLE int firstStepOfChapter(int chapter) const;
    /// The word StepInfo::focusKind uses for a kind of focus ("" for none).
    static QString focusKindName(Claimscope::BlameFocus::Kind kind);
    /// Index of the first step of this kind ("quiz", …), or -1.
    Q_INVOKABLE int firstStepOfKind(const QString &kind) const;

Q_SIGNALS:
    void countChanged();
    void currentChanged();

private:
    void fillRows(const Claimscope::CaseData &data);

    struct Row
    {
        Claimscope::LessonStep step;
        int chapter = 0;
        int inChapter = 0;
        QList<DatedCard> later;
    };
    QList<Claimscope::Chapter> m_chapters;
    QList<Row> m_rows;
    int m_current = 0;
    bool m_revealed = false;
};
