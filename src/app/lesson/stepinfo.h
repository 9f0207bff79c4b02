// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/knownnow.h"

#include <QDate>
#include <QQmlEngine>
#include <QStringList>

/// One lesson step with its place in the lesson, as the views show it
/// (LessonModel's roles in one value). A default StepInfo is no step.
struct StepInfo
{
    Q_GADGET
    QML_VALUE_TYPE(stepInfo)
    Q_PROPERTY(int index MEMBER index CONSTANT)
    Q_PROPERTY(QString stepId MEMBER stepId CONSTANT)
    Q_PROPERTY(QString kind MEMBER kind CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)
    Q_PROPERTY(QString presenterNotes MEMBER presenterNotes CONSTANT)
    Q_PROPERTY(QString reveal MEMBER reveal CONSTANT)
    Q_PROPERTY(QString articleId MEMBER articleId CONSTANT)
    Q_PROPERTY(QStringList quiz MEMBER quiz CONSTANT)
    Q_PROPERTY(QDate cutoff MEMBER cutoff CONSTANT)
    Q_PROPERTY(int chapterIndex MEMBER chapterIndex CONSTANT)
    Q_PROPERTY(QString chapterTitle MEMBER chapterTitle CONSTANT)
    Q_PROPERTY(int stepInChapter MEMBER stepInChapter CONSTANT)
    Q_PROPERTY(int stepsInChapter MEMBER stepsInChapter CONSTANT)
    Q_PROPERTY(QList<DatedCard> later MEMBER later CONSTANT)
    Q_PROPERTY(QString blameMode MEMBER blameMode CONSTANT)
    Q_PROPERTY(QString focusKind MEMBER focusKind CONSTANT)
    Q_PROPERTY(QString focusId MEMBER focusId CONSTANT)

public:
    int index = -1; ///< 0-based in the whole lesson; -1: no step
    QString stepId;
    QString kind; ///< narrative, article, blame, coverage, quiz, reveal
    QString title;
    QString text;
    QString presenterNotes;
    QString reveal;    ///< shown only on reveal ("" if none)
    QString articleId; ///< of an article step
    QStringList quiz;  ///< quiz item ids of a quiz step
    QDate cutoff;      ///< of a blame or coverage step (may be invalid)
    int chapterIndex = -1;
    QString chapterTitle;
    int stepInChapter = -1; ///< 0-based
    int stepsInChapter = 0;
    QList<DatedCard> later; ///< the cited later developments, in date order
    QString blameMode;      ///< of a blame step: "camps", "actors", "matrix", or "" for the app's default
    QString focusKind;      ///< of a blame step: "camp", "actor", "about", or "" for none
    QString focusId;        ///< the camp or actor id of the focus

    friend bool operator==(const StepInfo &, const StepInfo &) = default;
};

/// One chapter of the lesson, for chapter lists.
struct ChapterInfo
{
    Q_GADGET
    QML_VALUE_TYPE(chapterInfo)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QString summary MEMBER summary CONSTANT)
    Q_PROPERTY(int firstStep MEMBER firstStep CONSTANT)
    Q_PROPERTY(int stepCount MEMBER stepCount CONSTANT)

public:
    QString title;
    QString summary;
    int firstStep = -1; ///< index of its first step in the lesson
    int stepCount = 0;

    friend bool operator==(const ChapterInfo &, const ChapterInfo &) = default;
};
