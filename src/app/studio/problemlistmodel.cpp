// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/problemlistmodel.h"

using namespace Qt::StringLiterals;
using namespace Claimscope;

ProblemListModel::ProblemListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ProblemListModel::setProblems(Problems problems)
{
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return std::tie(a.warning, a.file, a.line, a.column) < std::tie(b.warning, b.file, b.line, b.column);
    });
    if (problems == m_problems)
        return;
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
    Q_EMIT countChanged();
}

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Problem &p = m_problems.at(index.row());
    switch (static_cast<Role>(role)) {
    case SeverityRole: return p.warning ? u"warning"_s : u"error"_s;
    case CodeRole: return p.code;
    case MessageRole: return p.message;
    case FileRole: return p.file;
    case LineRole: return p.line;
    case ColumnRole: return p.column;
    case PathRole: return p.path;
    case TextRole: return p.toString();
    }
    return {};
}

QHash<int, QByteArray> ProblemListModel::roleNames() const
{
    return {
        {SeverityRole, "severity"},
        {CodeRole, "code"},
        {MessageRole, "message"},
        {FileRole, "file"},
        {LineRole, "line"},
        {ColumnRole, "column"},
        {PathRole, "path"},
        {TextRole, "text"},
    };
}

int ProblemListModel::errorCount() const
{
    return static_cast<int>(std::count_if(m_problems.cbegin(), m_problems.cend(), [](const Problem &p) { return !p.warning; }));
}
