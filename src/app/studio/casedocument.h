// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blame/blameview.h"
#include "case/caseloader.h"
#include "coverage/coverageview.h"
#include "studio/casefilestore.h"
#include "studio/problemlistmodel.h"
#include "studio/recoverystore.h"

#include <QJsonValue>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>
#include <QUndoStack>
#include <QVariantMap>

class CaseLibrary;

/// The case being made or adapted in the studio. It holds the case's files,
/// as the loader reads them, and edits them as JSON: there is no second
/// model of a case. Every edit is an undoable command; after an edit the
/// files are laid out by CaseWriter and checked by the real loader and
/// validator (debounced), whose problems and CaseData feed the problem list
/// and the live previews. Edits are written to a recovery file now and then.
///
/// Fields are named by file ("claims.json", "articles/<id>.json") and JSON
/// path, as problems name them: "claims[3].targets[0]".
class CaseDocument : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasCase READ hasCase NOTIFY filesChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY pathChanged)
    Q_PROPERTY(QString origin READ origin NOTIFY pathChanged)
    Q_PROPERTY(QString caseId READ caseId NOTIFY contentChanged)
    Q_PROPERTY(QString title READ title NOTIFY contentChanged)
    Q_PROPERTY(int revision READ revision NOTIFY contentChanged)
    Q_PROPERTY(QStringList files READ files NOTIFY filesChanged)
    Q_PROPERTY(QStringList articleIds READ articleIds NOTIFY filesChanged)
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    Q_PROPERTY(ProblemListModel *problems READ problems CONSTANT)
    Q_PROPERTY(bool valid READ isValid NOTIFY validated)
    Q_PROPERTY(bool validationPending READ isValidationPending NOTIFY validationPendingChanged)
    Q_PROPERTY(int validationMs READ validationMs NOTIFY validated)
    /// Live previews of the last valid state of the case (previewCurrent: of the current one).
    Q_PROPERTY(BlameView *blame READ blame CONSTANT)
    Q_PROPERTY(CoverageView *coverage READ coverage CONSTANT)
    Q_PROPERTY(bool previewCurrent READ isPreviewCurrent NOTIFY validated)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit CaseDocument(QObject *parent = nullptr);
    ~CaseDocument() override;

    // Cases
    /// A new case from the template: every required file, nothing in them yet.
    Q_INVOKABLE bool newCase(const QString &title, const QString &id, const QString &language = QStringLiteral("en"));
    /// Opens a folder, an archive or a file: URL; the files are kept as read.
    Q_INVOKABLE bool open(const QString &pathOrUrl);
    /// Saves to `folder` (default: filePath). A folder other than filePath
    /// must be new or empty. Only changed files are written, each atomically.
    Q_INVOKABLE bool save(const QString &folder = {});
    /// Gives the case a new id and title (one undo step) and saves it to a
    /// new or empty `folder`: what was opened stays as it was.
    Q_INVOKABLE bool saveAsCopy(const QString &folder, const QString &newId, const QString &newTitle);
    /// Writes the case as a pack (CasePacker::zip). An invalid case is
    /// written only with `evenIfInvalid`, after the UI has warned.
    Q_INVOKABLE bool exportPack(const QString &file, bool evenIfInvalid = false);
    /// Closes the case, removing its recovery file.
    Q_INVOKABLE void close();

    // Undo
    Q_INVOKABLE void undo() { m_undo.undo(); }
    Q_INVOKABLE void redo() { m_undo.redo(); }
    /// Ends the current field edit (the field lost focus): the next edit of
    /// the same field is a step of its own.
    Q_INVOKABLE void endEdit();
    /// Edits made until endCompound() are one undo step, named `text`: one
    /// action of the teacher's that writes several places (a claim made from
    /// words adds the claim, its source and the mark).
    Q_INVOKABLE void beginCompound(const QString &text);
    /// Ends the step begun by beginCompound(). With `keep` false (the action
    /// failed half-way) its edits are taken back and nothing is left to redo.
    Q_INVOKABLE void endCompound(bool keep = true);

    // Reading and editing JSON
    Q_INVOKABLE QJsonValue value(const QString &file, const QString &path) const;
    Q_INVOKABLE bool setValue(const QString &file, const QString &path, const QJsonValue &value);
    /// Removes the key at `path` (an optional field left empty).
    Q_INVOKABLE bool unset(const QString &file, const QString &path);
    /// Inserts into the array at `arrayPath` before `index` (-1: at the end), creating the array.
    Q_INVOKABLE bool insert(const QString &file, const QString &arrayPath, int index, const QJsonValue &value);
    Q_INVOKABLE bool remove(const QString &file, const QString &arrayPath, int index);
    Q_INVOKABLE bool move(const QString &file, const QString &arrayPath, int from, int to);
    /// The text of a file as it will be saved.
    Q_INVOKABLE QString fileText(const QString &file) const;
    /// Replaces a file's text (to mend a file that does not parse).
    Q_INVOKABLE bool setFileText(const QString &file, const QString &text);

    // Articles
    Q_INVOKABLE static QString articleFile(const QString &articleId);
    /// Headline, standfirst, caption and paragraphs joined by blank lines:
    /// what selections (start, end) count in.
    Q_INVOKABLE QString articleText(const QString &articleId) const;
    /// Sets the paragraphs from plain text (blank lines between paragraphs).
    Q_INVOKABLE bool setArticleText(const QString &articleId, const QString &text);
    /// A new article from pasted text or HTML (markup dropped, paragraphs
    /// kept) and `fields` (any article keys; "id" made from the headline when
    /// absent). Returns its id, "" on failure (see lastError).
    Q_INVOKABLE QString addArticleFromText(const QString &text, const QVariantMap &fields);
    /// The same from a .txt or .html file.
    Q_INVOKABLE QString addArticleFromFile(const QString &pathOrUrl, const QVariantMap &fields);
    Q_INVOKABLE bool removeArticle(const QString &articleId);
    /// The quote and occurrence for a selection of articleText():
    /// { quote, occurrence, start, end, error }.
    Q_INVOKABLE QVariantMap annotationFromSelection(const QString &articleId, int start, int end) const;
    /// Adds an annotation for a selection; returns its id ("" on failure).
    Q_INVOKABLE QString addAnnotation(const QString &articleId, int start, int end, const QString &layer, const QString &note);
    /// An id of `kind` (actor, camp, source, article, annotation, claim,
    /// phase, event, laterDevelopment, criterion, quiz, chapter, step) made
    /// from `base` that the case does not use yet.
    Q_INVOKABLE QString newId(const QString &kind, const QString &base) const;

    // Validation
    /// Runs the loader and validator now, not after the debounce.
    Q_INVOKABLE void validateNow();
    /// Opens the case in the app ("Try as a student", "Present"); false
    /// when it is not valid.
    Q_INVOKABLE bool showIn(CaseLibrary *library);

    // Recovery
    /// Sessions a crashed studio left: [{ id, title, origin, path, written, fileCount }].
    Q_INVOKABLE QVariantList recoverableSessions() const;
    Q_INVOKABLE bool recover(const QString &sessionId);
    Q_INVOKABLE bool discardRecovery(const QString &sessionId);

    bool hasCase() const { return !m_files.names().isEmpty(); }
    QString filePath() const { return m_filePath; }
    QString origin() const { return m_origin; }
    QString caseId() const;
    QString title() const;
    int revision() const { return m_revision; }
    QStringList files() const { return m_files.names(); }
    QStringList articleIds() const;
    bool isDirty() const { return m_unsavedBase || !m_undo.isClean(); }
    bool canUndo() const { return m_undo.canUndo(); }
    bool canRedo() const { return m_undo.canRedo(); }
    QString undoText() const { return m_undo.undoText(); }
    QString redoText() const { return m_undo.redoText(); }
    ProblemListModel *problems() { return &m_problems; }
    bool isValid() const { return m_valid; }
    bool isValidationPending() const { return m_validateTimer.isActive(); }
    int validationMs() const { return m_validationMs; }
    BlameView *blame() { return &m_blame; }
    CoverageView *coverage() { return &m_coverage; }
    bool isPreviewCurrent() const { return m_previewCurrent; }
    QString lastError() const { return m_lastError; }

    /// The last valid state of the case, as the app's views take it.
    const Claimscope::CaseData &caseData() const { return m_preview; }
    QUndoStack *undoStack() { return &m_undo; }
    /// For tests: the debounce before validation and the recovery timing.
    void setValidationDelay(int ms) { m_validateTimer.setInterval(ms); }
    void setRecoveryTiming(int afterEditMs, int everyMs);
    /// For tests: where recovery files go (RecoveryStore::defaultFolder()).
    void setRecoveryFolder(const QString &folder);

Q_SIGNALS:
    void contentChanged(const QString &file);
    void filesChanged();
    void pathChanged();
    void dirtyChanged();
    void undoStateChanged();
    void validated();
    void validationPendingChanged();
    void lastErrorChanged();
    void recoveryWritten();

private:
    void reset(const QMap<QString, QByteArray> &files, const QString &origin, const QString &filePath, bool unsaved);
    /// Pushes an edit of `file` from its current state to `after`.
    bool pushFile(const QString &file, const std::optional<StudioFile> &after, const QString &text, const QString &mergeKey = {});
    bool editJson(const QString &file, const QString &text, const QString &mergeKey, const std::function<bool(QJsonObject &)> &edit);
    void apply(const QString &file, const std::optional<StudioFile> &state);
    void changed(const QString &file = {});
    bool fail(const QString &error);
    bool writeRecovery();
    bool saveFiles(const QString &folder, bool newPlace);
    QString addArticle(const QStringList &paragraphs, const QVariantMap &fields);
    QSet<QString> usedIds(const QString &kind) const;

    CaseFileStore m_files;
    QUndoStack m_undo;
    int m_compoundDepth = 0;
    bool m_compoundFailed = false;
    QString m_filePath, m_origin, m_lastError;
    bool m_unsavedBase = false; ///< recovered, not yet saved: dirty whatever the undo stack says
    bool m_wasDirty = false;
    int m_revision = 0;

    QTimer m_validateTimer;
    ProblemListModel m_problems;
    Claimscope::LoadResult m_lastLoad;
    Claimscope::Problems m_readProblems; ///< entries refused when the case was opened, until it is saved
    Claimscope::CaseData m_preview;
    bool m_valid = false, m_previewCurrent = false;
    int m_validationMs = 0;
    BlameView m_blame;
    CoverageView m_coverage;

    std::unique_ptr<RecoveryStore> m_recovery;
    QTimer m_recoveryDebounce, m_recoveryPeriod;
    bool m_recoveryStale = false; ///< edits since the recovery file was written
};
