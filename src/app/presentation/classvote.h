// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QQmlEngine>
#include <QStringList>

/// The answer to the quiz item a class is shown (Presentation.answer).
/// A default ItemAnswer is no answer: nothing is on a quiz item, or the
/// audience may not see it yet.
struct ItemAnswer
{
    Q_GADGET
    QML_VALUE_TYPE(itemAnswer)
    Q_PROPERTY(QString kind MEMBER kind CONSTANT)
    Q_PROPERTY(QStringList correct MEMBER correct CONSTANT)
    Q_PROPERTY(QList<int> correctNumbers MEMBER correctNumbers CONSTANT)
    Q_PROPERTY(QString explanation MEMBER explanation CONSTANT)

public:
    QString kind;              ///< "choice", "true-false", "highlight" or "rank"; "" for none
    QStringList correct;       ///< the correct choices' texts (quotes; a ranking in order)
    QList<int> correctNumbers; ///< 1-based choices of a votable item
    QString explanation;

    friend bool operator==(const ItemAnswer &, const ItemAnswer &) = default;
};

/// One choice's row in a class vote (Presentation.votes).
struct VoteTally
{
    Q_GADGET
    QML_VALUE_TYPE(voteTally)
    Q_PROPERTY(int number MEMBER number CONSTANT)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)
    Q_PROPERTY(int count MEMBER count CONSTANT)
    Q_PROPERTY(int percent MEMBER percent CONSTANT)
    Q_PROPERTY(bool correct MEMBER correct CONSTANT)

public:
    int number = 0; ///< 1-based, the key that counts a hand for it
    QString id;     ///< the choice id ("true" and "false" for true/false)
    QString text;
    int count = 0;
    int percent = 0; ///< of all hands, 0–100, rounded
    bool correct = false;

    friend bool operator==(const VoteTally &, const VoteTally &) = default;
};
