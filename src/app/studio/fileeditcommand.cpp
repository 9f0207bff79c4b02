// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/fileeditcommand.h"

namespace {
constexpr int FieldEditId = 0x5e7; // any fixed id: QUndoStack only merges commands of one id
}

FileEditCommand::FileEditCommand(Apply apply,
                                 QString file,
                                 std::optional<StudioFile> before,
                                 std::optional<StudioFile> after,
                                 const QString &text,
                                 QString mergeKey,
                                 QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_apply(std::move(apply))
    , m_file(std::move(file))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{
}

void FileEditCommand::undo()
{
    m_apply(m_file, m_before);
}

void FileEditCommand::redo()
{
    m_apply(m_file, m_after);
}

int FileEditCommand::id() const
{
    return FieldEditId;
}

bool FileEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FileEditCommand *>(other); // one id, one class
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typed back to where it was: nothing to undo
    return true;
}
