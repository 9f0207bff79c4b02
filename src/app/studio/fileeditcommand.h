// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studio/casefilestore.h"

#include <QUndoCommand>

#include <functional>

/// One undoable edit of one file of the case: the file before and after
/// (nullopt: absent). Holding whole files costs little, as Qt's JSON
/// values share what they do not change. Edits that name the same field
/// merge while the field is being typed in, so one undo takes back one
/// field edit, not one key press.
class FileEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QString &file, const std::optional<StudioFile> &state)>;

    FileEditCommand(Apply apply,
                    QString file,
                    std::optional<StudioFile> before,
                    std::optional<StudioFile> after,
                    const QString &text,
                    QString mergeKey = {},
                    QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /// Ends the field edit: the next edit of the same field is a new undo step.
    void closeMerging() { m_mergeKey.clear(); }

private:
    Apply m_apply;
    QString m_file;
    std::optional<StudioFile> m_before, m_after;
    QString m_mergeKey; ///< file and path of a field being typed in; "" when not merging
};
