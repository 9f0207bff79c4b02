// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/lessonestimate.h"

#include "studio/casedocument.h"

LessonEstimate::LessonEstimate(QObject *parent)
    : QObject(parent)
{
}

void LessonEstimate::setDocument(CaseDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CaseDocument::validated, this, &LessonEstimate::update);
    Q_EMIT documentChanged();
    update();
}

void LessonEstimate::update()
{
    const Claimscope::LessonLength length = m_document ? Claimscope::estimateLessonLength(m_document->caseData()) : Claimscope::LessonLength{};
    if (length == m_length)
        return;
    m_length = length;
    Q_EMIT changed();
}

QList<int> LessonEstimate::chapterMinutes() const
{
    QList<int> minutes;
    for (const Claimscope::ChapterLength &c : m_length.chapters)
        minutes << c.minutes;
    return minutes;
}
