// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/casedocument.h"
#include "case/caselibrary.h"
#include "case/casepacker.h"
#include "case/casewriter.h"
#include "studio/casetemplate.h"
#include "studio/fileeditcommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {
constexpr int ValidationDelayMs = 300;
constexpr int RecoveryAfterEditMs = 2000;
constexpr int RecoveryEveryMs = 30000;

/// A QML file: URL or a plain path.
QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

bool isNewOrEmptyFolder(const QString &folder)
{
    const QDir dir(folder);
    return !dir.exists() || dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}
} // namespace

CaseDocument::CaseDocument(QObject *parent)
    : QObject(parent)
    , m_recovery(std::make_unique<RecoveryStore>())
{
    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(ValidationDelayMs);
    connect(&m_validateTimer, &QTimer::timeout, this, &CaseDocument::validateNow);
    m_recoveryDebounce.setSingleShot(true);
    m_recoveryDebounce.setInterval(RecoveryAfterEditMs);
    m_recoveryPeriod.setInterval(RecoveryEveryMs);
    connect(&m_recoveryDebounce, &QTimer::timeout, this, &CaseDocument::writeRecovery);
    connect(&m_recoveryPeriod, &QTimer::timeout, this, &CaseDocument::writeRecovery);
    m_recoveryPeriod.start();

    const auto undoState = [this] {
        Q_EMIT undoStateChanged();
        if (isDirty() != m_wasDirty) {
            m_wasDirty = isDirty();
            Q_EMIT dirtyChanged();
        }
    };
    connect(&m_undo, &QUndoStack::indexChanged, this, undoState);
    connect(&m_undo, &QUndoStack::cleanChanged, this, undoState);
    connect(&m_undo, &QUndoStack::undoTextChanged, this, undoState);
    connect(&m_undo, &QUndoStack::redoTextChanged, this, undoState);
}

// A case closed with unsaved edits keeps its recovery file: it is offered again.
CaseDocument::~CaseDocument() = default;

void CaseDocument::setRecoveryTiming(int afterEditMs, int everyMs)
{
    m_recoveryDebounce.setInterval(afterEditMs);
    m_recoveryPeriod.setInterval(everyMs);
}

void CaseDocument::setRecoveryFolder(const QString &folder)
{
    m_recovery = std::make_unique<RecoveryStore>(folder);
}

bool CaseDocument::fail(const QString &error)
{
    m_lastError = error;
    Q_EMIT lastErrorChanged();
    return false;
}

void CaseDocument::reset(const QMap<QString, QByteArray> &files, const QString &origin, const QString &filePath, bool unsaved)
{
    m_undo.clear();
    m_undo.setClean();
    m_files.reset(files);
    m_origin = origin;
    m_filePath = filePath;
    m_unsavedBase = unsaved;
    m_readProblems.clear();
    m_lastError.clear();
    Q_EMIT lastErrorChanged();
    Q_EMIT pathChanged();
    Q_EMIT filesChanged();
    changed();
    if (m_wasDirty != isDirty()) {
        m_wasDirty = isDirty();
        Q_EMIT dirtyChanged();
    }
}

bool CaseDocument::newCase(const QString &title, const QString &id, const QString &language)
{
    QMap<QString, QByteArray> files;
    const QMap<QString, QJsonObject> made = CaseTemplate::files(id, title, language, QDate::currentDate());
    for (auto it = made.cbegin(); it != made.cend(); ++it)
        files.insert(it.key(), CaseWriter::serialise(it.key(), it.value()));
    m_recovery->clear();
    reset(files, {}, {}, false);
    return true;
}

bool CaseDocument::open(const QString &pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    const PackFiles pack = PackReader().read(path);
    if (pack.files.isEmpty())
        return fail(pack.problems.isEmpty() ? u"%1 holds no files"_s.arg(path) : pack.problems.constFirst().toString());
    m_recovery->clear();
    // Only a folder on disk is saved back to; a pack or the built-in case is saved as a copy.
    const QFileInfo info(path);
    reset(pack.files, path, info.isDir() && !path.startsWith(u':') ? info.absoluteFilePath() : QString(), false);
    m_readProblems = pack.problems; // refused entries (unsafe names, not UTF-8): the case goes on without them
    return true;
}

bool CaseDocument::saveFiles(const QString &folder, bool newPlace)
{
    if (folder.isEmpty())
        return fail(u"choose a folder to save the case in"_s);
    if (newPlace && !isNewOrEmptyFolder(folder))
        return fail(u"%1 is not empty; choose a new or empty folder"_s.arg(folder));
    const CaseWriter::Saved saved = CaseWriter::save(m_files.allBytes(), folder);
    if (!saved.problems.isEmpty())
        return fail(saved.problems.constFirst().toString());
    m_filePath = QFileInfo(folder).absoluteFilePath();
    m_unsavedBase = false;
    m_readProblems.clear();
    m_undo.setClean();
    m_recovery->clear();
    m_recoveryStale = false;
    Q_EMIT pathChanged();
    if (m_wasDirty != isDirty()) {
        m_wasDirty = isDirty();
        Q_EMIT dirtyChanged();
    }
    return true;
}

bool CaseDocument::save(const QString &folder)
{
    const QString target = folder.isEmpty() ? m_filePath : QFileInfo(localPath(folder)).absoluteFilePath();
    return saveFiles(target, target != m_filePath);
}

bool CaseDocument::saveAsCopy(const QString &folder, const QString &newId, const QString &newTitle)
{
    const QString target = QFileInfo(localPath(folder)).absoluteFilePath();
    if (!isNewOrEmptyFolder(target))
        return fail(u"%1 is not empty; choose a new or empty folder"_s.arg(target));
    const bool renamed = editJson(u"case.json"_s, u"Save as a copy"_s, {}, [&](QJsonObject &root) {
        root.insert(u"id"_s, newId);
        root.insert(u"title"_s, newTitle);
        return true;
    });
    if (!renamed)
        return fail(u"the case has no case.json to give the new id and title"_s);
    m_origin.clear(); // the copy is a case of its own from now on
    return saveFiles(target, true);
}

bool CaseDocument::exportPack(const QString &file, bool evenIfInvalid)
{
    validateNow();
    if (!m_valid && !evenIfInvalid)
        return fail(u"the case has %1 error(s); it was not exported"_s.arg(m_problems.errorCount()));
    PackFiles pack;
    pack.files = m_files.allBytes();
    const QByteArray zip = CasePacker::zip(pack);
    QSaveFile out(localPath(file));
    if (zip.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(zip) != zip.size() || !out.commit())
        return fail(u"could not write %1: %2"_s.arg(localPath(file), out.errorString()));
    return true;
}

void CaseDocument::close()
{
    m_recovery->clear();
    m_validateTimer.stop();
    reset({}, {}, {}, false);
}

void CaseDocument::changed(const QString &file)
{
    ++m_revision;
    Q_EMIT contentChanged(file);
    m_validateTimer.start();
    Q_EMIT validationPendingChanged();
    // Called while QUndoStack is still pushing: whether the case is dirty is asked when the file is written.
    m_recoveryStale = true;
    m_recoveryDebounce.start();
}

void CaseDocument::validateNow()
{
    m_validateTimer.stop();
    QElapsedTimer timer;
    timer.start();
    PackFiles pack;
    pack.origin = m_filePath.isEmpty() ? m_origin : m_filePath;
    pack.files = m_files.allBytes();
    m_lastLoad = hasCase() ? CaseLoader().load(pack) : LoadResult{};
    Problems problems = m_readProblems + m_lastLoad.problems + m_files.writerProblems();
    m_valid = hasCase() && !hasErrors(problems);
    m_previewCurrent = m_valid;
    if (m_valid) {
        m_preview = m_lastLoad.data;
        m_blame.setCase(&m_preview);
        m_coverage.setCase(&m_preview);
    }
    m_problems.setProblems(std::move(problems));
    m_validationMs = static_cast<int>(timer.elapsed());
    Q_EMIT validationPendingChanged();
    Q_EMIT validated();
}

bool CaseDocument::showIn(CaseLibrary *library)
{
    validateNow();
    if (!library || !m_valid)
        return fail(u"the case has %1 error(s); mend them to try it"_s.arg(m_problems.errorCount()));
    return library->openLoaded(m_lastLoad, m_filePath.isEmpty() ? title() : m_filePath);
}

bool CaseDocument::writeRecovery()
{
    if (!m_recoveryStale)
        return false;
    m_recoveryStale = false;
    if (!hasCase() || !isDirty()) {
        m_recovery->clear(); // back to what is saved: nothing to recover
        return false;
    }
    RecoveryStore::Contents contents{title(), m_origin, m_filePath, {}, m_files.allBytes()};
    if (!m_recovery->write(contents)) {
        m_recoveryStale = true; // tried again at the next tick
        return false;
    }
    Q_EMIT recoveryWritten();
    return true;
}

QVariantList CaseDocument::recoverableSessions() const
{
    QVariantList out;
    for (const QString &id : m_recovery->sessions()) {
        const std::optional<RecoveryStore::Contents> c = m_recovery->read(id);
        if (!c)
            continue;
        out.append(QVariantMap{{u"id"_s, id},
                               {u"title"_s, c->title},
                               {u"origin"_s, c->origin},
                               {u"path"_s, c->path},
                               {u"written"_s, c->written},
                               {u"fileCount"_s, c->files.size()}});
    }
    return out;
}

bool CaseDocument::recover(const QString &sessionId)
{
    const std::optional<RecoveryStore::Contents> c = m_recovery->read(sessionId);
    if (!c)
        return fail(u"the recovery file %1 cannot be read"_s.arg(sessionId));
    if (!m_recovery->adopt(sessionId))
        return fail(u"another Claimscope window is editing this case"_s);
    reset(c->files, c->origin, c->path, true);
    return true;
}

bool CaseDocument::discardRecovery(const QString &sessionId)
{
    return m_recovery->discard(sessionId) || fail(u"another Claimscope window is editing this case"_s);
}
