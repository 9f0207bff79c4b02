// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/lessonlength.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class CaseDocument;

/// The estimated length of the lesson being made (Claimscope::estimateLessonLength),
/// of the document's last valid state, updated as it is validated.
class LessonEstimate : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CaseDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(int minutes READ minutes NOTIFY changed)
    Q_PROPERTY(int words READ words NOTIFY changed)
    Q_PROPERTY(int questions READ questions NOTIFY changed)
    Q_PROPERTY(QList<int> chapterMinutes READ chapterMinutes NOTIFY changed)
    Q_PROPERTY(int wordsPerMinute READ wordsPerMinute CONSTANT)

public:
    explicit LessonEstimate(QObject *parent = nullptr);

    CaseDocument *document() const { return m_document; }
    void setDocument(CaseDocument *document);
    int minutes() const { return m_length.minutes; }
    int words() const { return m_length.words; }
    int questions() const { return m_length.questions; }
    QList<int> chapterMinutes() const;
    static int wordsPerMinute() { return Claimscope::LessonLength::WordsPerMinute; }

Q_SIGNALS:
    void documentChanged();
    void changed();

private:
    void update();

    QPointer<CaseDocument> m_document;
    Claimscope::LessonLength m_length;
};
