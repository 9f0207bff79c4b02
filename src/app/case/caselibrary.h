// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/articlemodel.h"
#include "article/articlereader.h"
#include "blame/blameview.h"
#include "case/caseloader.h"
#include "claims/claimmodel.h"
#include "common/problemline.h"
#include "coverage/coverageview.h"
#include "lesson/lessonmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

/// The open case. Opening another pack replaces it only if the pack is valid;
/// otherwise the problems are published and the open case stays.
class CaseLibrary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY caseChanged)
    Q_PROPERTY(QString caseId READ caseId NOTIFY caseChanged)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY textsChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY textsChanged)
    Q_PROPERTY(QString contentNotice READ contentNotice NOTIFY textsChanged)
    /// The language the case's own words are shown in: the case's, or that of
    /// its translation into the interface's language (CaseTranslations).
    Q_PROPERTY(QString textLanguage READ textLanguage NOTIFY textsChanged)
    /// The languages the case's own words are translated into.
    Q_PROPERTY(QStringList translations READ translations NOTIFY caseChanged)
    Q_PROPERTY(QString origin READ origin NOTIFY caseChanged)
    Q_PROPERTY(ArticleModel *articles READ articles CONSTANT)
    Q_PROPERTY(ArticleReader *reader READ reader CONSTANT)
    Q_PROPERTY(ClaimModel *claims READ claims CONSTANT)
    Q_PROPERTY(BlameView *blame READ blame CONSTANT)
    Q_PROPERTY(CoverageView *coverage READ coverage CONSTANT)
    Q_PROPERTY(LessonModel *lesson READ lesson CONSTANT)
    /// The quiz items "Check yourself" offers (Claimscope::selfCheckItemIds()).
    Q_PROPERTY(QStringList selfCheckItemIds READ selfCheckItemIds NOTIFY caseChanged)
    Q_PROPERTY(QList<ProblemLine> problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(QString problemOrigin READ problemOrigin NOTIFY problemsChanged)

public:
    explicit CaseLibrary(QObject *parent = nullptr);

    /// Opens a folder or archive; returns false (and publishes the problems) if it is invalid.
    Q_INVOKABLE bool open(const QString &path);
    Q_INVOKABLE bool openUrl(const QUrl &url);
    Q_INVOKABLE bool openDefault();
    /// Shows a case already loaded (the studio's), which `path` names; as open() otherwise.
    bool openLoaded(Claimscope::LoadResult result, const QString &path);
    Q_INVOKABLE void clearProblems();

    bool isLoaded() const { return m_loaded; }
    QString caseId() const { return m_case.info.id; }
    QString title() const { return m_case.info.title; }
    QString summary() const { return m_case.info.summary; }
    QString periodText() const;
    QString contentNotice() const { return m_case.info.contentNotice; }
    QString textLanguage() const { return m_case.textLanguage; }
    QStringList translations() const;
    QString origin() const { return m_origin; }
    ArticleModel *articles() { return &m_articles; }
    ArticleReader *reader() { return &m_reader; }
    ClaimModel *claims() { return &m_claims; }
    BlameView *blame() { return &m_blame; }
    CoverageView *coverage() { return &m_coverage; }
    LessonModel *lesson() { return &m_lesson; }
    QStringList selfCheckItemIds() const;
    QList<ProblemLine> problems() const { return m_problems; }
    QString problemOrigin() const { return m_problemOrigin; }

    const Claimscope::CaseData &caseData() const { return m_case; }

Q_SIGNALS:
    /// Another case (also emits textsChanged).
    void caseChanged();
    /// The case's words, or the interface's language they are shown with,
    /// changed; the case did not: what is shown (lesson step, article, date)
    /// stays where it was.
    void textsChanged();
    void problemsChanged();
    void openFailed(const QString &origin);

private:
    /// Puts the translation for the interface's language in place, if the case has one.
    void retranslate();

    Claimscope::CaseData m_case;
    Claimscope::CaseData m_written; ///< as written, when it has translations; empty otherwise
    QString m_origin;
    bool m_loaded = false;
    ArticleModel m_articles;
    ArticleReader m_reader;
    ClaimModel m_claims;
    BlameView m_blame;
    CoverageView m_coverage;
    LessonModel m_lesson;
    QList<ProblemLine> m_problems;
    QString m_problemOrigin;
};
