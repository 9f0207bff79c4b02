// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson/lessonmodel.h"
#include "claims/knownnow.h"
#include "quiz/quizsession.h"

using namespace Qt::StringLiterals;
using namespace Claimscope;

LessonModel::LessonModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LessonModel::setTexts(const CaseData &data)
{
    qsizetype steps = 0;
    for (const Chapter &c : data.chapters)
        steps += c.steps.size();
    if (steps != m_rows.size() || m_rows.isEmpty()) {
        setCase(data); // another lesson after all
        return;
    }
    m_chapters = data.chapters;
    fillRows(data); // as many rows as before: the current step and its reveal stay
    Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    Q_EMIT countChanged(); // the chapters' titles
    Q_EMIT currentChanged();
}

void LessonModel::fillRows(const CaseData &data)
{
    m_rows.clear();
    for (qsizetype c = 0; c < m_chapters.size(); ++c) {
        for (qsizetype s = 0; s < m_chapters[c].steps.size(); ++s) {
            const LessonStep &step = m_chapters[c].steps[s];
            m_rows.append(Row{step, static_cast<int>(c), static_cast<int>(s), KnownNow::cards(data, step.later)});
        }
    }
}

void LessonModel::setCase(const CaseData &data)
{
    beginResetModel();
    m_chapters = data.chapters;
    fillRows(data);
    m_current = 0;
    m_revealed = false;
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT currentChanged();
}

int LessonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant LessonModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Row &row = m_rows.at(index.row());
    const LessonStep &s = row.step;
    switch (static_cast<Role>(role)) {
    case IdRole: return s.id;
    case KindRole: return s.kind;
    case TitleRole: return s.title;
    case TextRole: return s.text;
    case PresenterNotesRole: return s.presenterNotes;
    case RevealRole: return s.reveal;
    case ArticleRole: return s.article;
    case QuizRole: return s.quiz;
    case CutoffRole: return s.cutoff;
    case ChapterIndexRole: return row.chapter;
    case ChapterTitleRole: return m_chapters.at(row.chapter).title;
    case StepInChapterRole: return row.inChapter;
    case StepsInChapterRole: return static_cast<int>(m_chapters.at(row.chapter).steps.size());
    case LaterRole: return QVariant::fromValue(row.later);
    case BlameModeRole: return s.mode;
    case FocusKindRole: return focusKindName(s.focus.kind);
    case FocusIdRole: return s.focus.id;
    }
    return {};
}

QHash<int, QByteArray> LessonModel::roleNames() const
{
    return {
        {IdRole, "stepId"},
        {KindRole, "kind"},
        {TitleRole, "title"},
        {TextRole, "text"},
        {PresenterNotesRole, "presenterNotes"},
        {RevealRole, "reveal"},
        {ArticleRole, "articleId"},
        {QuizRole, "quiz"},
        {CutoffRole, "cutoff"},
        {ChapterIndexRole, "chapterIndex"},
        {ChapterTitleRole, "chapterTitle"},
        {StepInChapterRole, "stepInChapter"},
        {StepsInChapterRole, "stepsInChapter"},
        {LaterRole, "later"},
        {BlameModeRole, "blameMode"},
        {FocusKindRole, "focusKind"},
        {FocusIdRole, "focusId"},
    };
}

StepInfo LessonModel::step(int index) const
{
    if (index < 0 || index >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index);
    const LessonStep &s = row.step;
    const Chapter &chapter = m_chapters.at(row.chapter);
    return {index,
            s.id,
            s.kind,
            s.title,
            s.text,
            s.presenterNotes,
            s.reveal,
            s.article,
            s.quiz,
            s.cutoff,
            row.chapter,
            chapter.title,
            row.inChapter,
            static_cast<int>(chapter.steps.size()),
            row.later,
            s.mode,
            focusKindName(s.focus.kind),
            s.focus.id};
}

QString LessonModel::focusKindName(BlameFocus::Kind kind)
{
    switch (kind) {
    case BlameFocus::Kind::Camp: return u"camp"_s;
    case BlameFocus::Kind::Actor: return u"actor"_s;
    case BlameFocus::Kind::About: return u"about"_s;
    case BlameFocus::Kind::None: break;
    }
    return {};
}

const LessonStep *LessonModel::lessonStep(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index).step : nullptr;
}

void LessonModel::setCurrentIndex(int index)
{
    index = std::clamp(index, 0, std::max(0, static_cast<int>(m_rows.size()) - 1));
    if (index == m_current)
        return;
    m_current = index;
    m_revealed = false;
    Q_EMIT currentChanged();
}

bool LessonModel::canGoNext() const
{
    return m_current + 1 < m_rows.size();
}

bool LessonModel::reveal()
{
    if (m_revealed || m_rows.isEmpty() || m_rows.at(m_current).step.reveal.isEmpty())
        return false;
    m_revealed = true;
    Q_EMIT currentChanged();
    return true;
}

bool LessonModel::advance()
{
    return reveal() || next();
}

bool LessonModel::next()
{
    if (!canGoNext())
        return false;
    setCurrentIndex(m_current + 1);
    return true;
}

bool LessonModel::previous()
{
    if (!canGoPrevious())
        return false;
    setCurrentIndex(m_current - 1);
    return true;
}

LessonModel::Move LessonModel::forward(QuizSession *quiz)
{
    if (quiz && !quiz->isFinished()) {
        if (!quiz->isAnswered(quiz->currentId()))
            return Move::NeedsAnswer;
        quiz->next();
        return Move::Moved;
    }
    return advance() ? Move::Moved : Move::AtEnd;
}

bool LessonModel::back(QuizSession *quiz)
{
    if (quiz && quiz->currentIndex() > 0) {
        quiz->previous();
        return true;
    }
    return previous();
}

QList<ChapterInfo> LessonModel::chapters() const
{
    QList<ChapterInfo> list;
    for (qsizetype c = 0; c < m_chapters.size(); ++c)
        list.append(
            ChapterInfo{m_chapters[c].title, m_chapters[c].summary, firstStepOfChapter(static_cast<int>(c)), static_cast<int>(m_chapters[c].steps.size())});
    return list;
}

int LessonModel::currentChapter() const
{
    return m_rows.isEmpty() ? -1 : m_rows.at(m_current).chapter;
}

int LessonModel::firstStepOfChapter(int chapter) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].chapter == chapter)
            return static_cast<int>(i);
    }
    return -1;
}

int LessonModel::firstStepOfKind(const QString &kind) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].step.kind == kind)
            return static_cast<int>(i);
    }
    return -1;
}
