// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/casefilestore.h"
#include "case/casewriter.h"

using namespace Qt::StringLiterals;
using namespace Claimscope;

StudioFile StudioFile::fromBytes(const QString &name, const QByteArray &bytes)
{
    if (!CaseWriter::isCaseJson(name))
        return {{}, bytes, false};
    Problems problems;
    const std::optional<QJsonObject> root = CaseWriter::read(name, bytes, problems);
    return root ? fromJson(*root) : StudioFile{{}, bytes, false};
}

void CaseFileStore::reset(const QMap<QString, QByteArray> &files)
{
    m_files.clear();
    m_text.clear();
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        m_files.insert(it.key(), StudioFile::fromBytes(it.key(), it.value()));
}

void CaseFileStore::put(const QString &name, const std::optional<StudioFile> &file)
{
    m_text.remove(name);
    if (file)
        m_files.insert(name, *file);
    else
        m_files.remove(name);
}

std::optional<StudioFile> CaseFileStore::file(const QString &name) const
{
    const auto it = m_files.constFind(name);
    return it == m_files.cend() ? std::nullopt : std::optional<StudioFile>(*it);
}

QByteArray CaseFileStore::bytes(const QString &name) const
{
    const auto it = m_files.constFind(name);
    if (it == m_files.cend())
        return {};
    if (!it->parsed)
        return it->raw;
    auto text = m_text.find(name);
    if (text == m_text.end())
        text = m_text.insert(name, CaseWriter::serialise(name, it->json));
    return *text;
}

QMap<QString, QByteArray> CaseFileStore::allBytes() const
{
    QMap<QString, QByteArray> out;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        out.insert(it.key(), bytes(it.key()));
    return out;
}

Problems CaseFileStore::writerProblems() const
{
    Problems out;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it->parsed || !CaseWriter::isCaseJson(it.key()))
            continue;
        Problems problems;
        (void)CaseWriter::read(it.key(), it->raw, problems);
        for (const Problem &p : std::as_const(problems)) {
            if (p.code == u"duplicate-key"_s)
                out.append(p);
        }
    }
    return out;
}
