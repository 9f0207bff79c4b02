// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/caselibrary.h"
#include "quiz/quizquestion.h"
#include "quiz/quizresult.h"
#include "quiz/quizscoring.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

/// One run through a set of quiz items (a chapter's quiz step, a booster
/// check): what to show for each item, the student's answers and their
/// verdicts, and the results. Scoring is Claimscope::scoreAnswer and
/// Claimscope::summarise; QML only presents what this object returns.
///
/// An item can be answered once: answering it again returns the first
/// verdict unchanged, so points cannot be farmed by trying every choice.
class QuizSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CaseLibrary *library READ library WRITE setLibrary NOTIFY libraryChanged)
    /// The items of this session, in the order they are asked.
    Q_PROPERTY(QStringList itemIds READ itemIds WRITE setItemIds NOTIFY itemIdsChanged)
    Q_PROPERTY(int count READ count NOTIFY itemIdsChanged)
    /// 0..count; count means "past the last item" (the results). Notified
    /// also when the items change, since currentId and finished follow them.
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(QString currentId READ currentId NOTIFY currentIndexChanged)
    Q_PROPERTY(bool finished READ isFinished NOTIFY currentIndexChanged)

    /// The results so far; the properties below are its most used numbers.
    Q_PROPERTY(QuizResult result READ result NOTIFY resultsChanged)
    Q_PROPERTY(int answered READ answered NOTIFY resultsChanged)
    Q_PROPERTY(int correct READ correct NOTIFY resultsChanged)
    /// Sum of credits (partial credit for highlight and rank items).
    Q_PROPERTY(double score READ score NOTIFY resultsChanged)
    /// Number of items in the session: the most `score` can reach.
    Q_PROPERTY(int total READ count NOTIFY itemIdsChanged)
    Q_PROPERTY(bool complete READ isComplete NOTIFY resultsChanged)
    /// Discernment: accuracy (0..1) on true statements and on false ones, −1 when none was answered.
    Q_PROPERTY(double trueItemAccuracy READ trueItemAccuracy NOTIFY resultsChanged)
    Q_PROPERTY(double falseItemAccuracy READ falseItemAccuracy NOTIFY resultsChanged)
    Q_PROPERTY(int trueItemsAnswered READ trueItemsAnswered NOTIFY resultsChanged)
    Q_PROPERTY(int falseItemsAnswered READ falseItemsAnswered NOTIFY resultsChanged)
    Q_PROPERTY(int trueItemsCorrect READ trueItemsCorrect NOTIFY resultsChanged)
    Q_PROPERTY(int falseItemsCorrect READ falseItemsCorrect NOTIFY resultsChanged)
    /// True and false statements among the session's items, answered or not.
    Q_PROPERTY(int trueItemsTotal READ trueItemsTotal NOTIFY resultsChanged)
    Q_PROPERTY(int falseItemsTotal READ falseItemsTotal NOTIFY resultsChanged)

public:
    explicit QuizSession(QObject *parent = nullptr);

    CaseLibrary *library() const { return m_library; }
    void setLibrary(CaseLibrary *library);
    QStringList itemIds() const { return m_itemIds; }
    void setItemIds(const QStringList &ids);
    int count() const { return static_cast<int>(m_itemIds.size()); }
    int currentIndex() const { return m_currentIndex; }
    void setCurrentIndex(int index);
    QString currentId() const;
    bool isFinished() const { return m_currentIndex >= count(); }

    const QuizResult &result() const { return m_result; }
    int answered() const { return m_result.answered; }
    int correct() const { return m_result.correct; }
    double score() const { return m_result.score; }
    bool isComplete() const;
    double trueItemAccuracy() const { return m_result.trueAccuracy; }
    double falseItemAccuracy() const { return m_result.falseAccuracy; }
    int trueItemsAnswered() const { return m_result.trueAnswered; }
    int falseItemsAnswered() const { return m_result.falseAnswered; }
    int trueItemsCorrect() const { return m_result.trueCorrect; }
    int falseItemsCorrect() const { return m_result.falseCorrect; }
    int trueItemsTotal() const { return m_result.trueItems; }
    int falseItemsTotal() const { return m_result.falseItems; }

    /// Ids of the open case's quiz items: all of them, or those of one type.
    Q_INVOKABLE QStringList caseItemIds() const;
    Q_INVOKABLE QStringList caseItemIds(Claimscope::Quiz::Type type) const;

    /// What to show for an item, revealing no answer (valid: false for an unknown id).
    Q_INVOKABLE QuizQuestion item(const QString &id) const;

    /// Answers; each returns the verdict (see verdict()). An invalid answer
    /// (unknown choice, wrong type, …) is not recorded.
    Q_INVOKABLE ItemVerdict answerChoice(const QString &id, const QString &choiceId);
    Q_INVOKABLE ItemVerdict answerTrueFalse(const QString &id, bool truth);
    Q_INVOKABLE ItemVerdict answerSpans(const QString &id, const QList<int> &spans);
    Q_INVOKABLE ItemVerdict answerOrder(const QString &id, const QStringList &order);

    Q_INVOKABLE bool isAnswered(const QString &id) const { return m_answers.contains(id); }
    /// The verdict on the recorded answer; answered: false when there is none.
    Q_INVOKABLE ItemVerdict verdict(const QString &id) const;

    /// The recorded answer to `id`, if any (for saving progress).
    std::optional<Claimscope::QuizAnswer> answer(const QString &id) const;
    /// Puts back answers recorded earlier (a resumed run) without emitting
    /// itemAnswered, then shows the first unanswered item (the first item
    /// when all are answered). Answers to items outside the session, or that
    /// do not fit their item, are skipped. Returns how many were restored.
    int restoreAnswers(const QMap<QString, Claimscope::QuizAnswer> &answers);

    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    /// Forgets the answers and goes back to the first item.
    Q_INVOKABLE void restart();

Q_SIGNALS:
    void libraryChanged();
    void itemIdsChanged();
    void currentIndexChanged();
    void resultsChanged();
    void itemAnswered(const QString &id);

private:
    const Claimscope::QuizItem *find(const QString &id) const;
    ItemVerdict record(const QString &id, const Claimscope::QuizAnswer &answer);
    void resetAnswers();
    /// Recomputes the result; true when it changed.
    bool recompute();

    QPointer<CaseLibrary> m_library;
    QStringList m_itemIds;
    int m_currentIndex = 0;
    QMap<QString, Claimscope::QuizAnswer> m_answers;
    QuizResult m_result;
};
