// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/problem.h"

#include <QAbstractListModel>
#include <QQmlEngine>

/// The problems of the case being edited, as the loader and validator
/// report them: errors first, then warnings, each in file and line order.
class ProblemListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CaseDocument")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countChanged)

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< "error" or "warning"
        CodeRole,                        ///< the stable code, "unknown-reference"
        MessageRole,
        FileRole, ///< "claims.json", "articles/x.json"
        LineRole, ///< 1-based in the canonical text; 0 when unknown
        ColumnRole,
        PathRole, ///< "claims[3].targets[0]"; "" for a whole file
        TextRole, ///< "file:line:col: path: message"
    };
    Q_ENUM(Role)

    explicit ProblemListModel(QObject *parent = nullptr);

    /// Replaces the list; the model is reset only when it changes.
    void setProblems(Claimscope::Problems problems);
    const Claimscope::Problems &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int errorCount() const;
    int warningCount() const { return rowCount() - errorCount(); }

Q_SIGNALS:
    void countChanged();

private:
    Claimscope::Problems m_problems;
};
