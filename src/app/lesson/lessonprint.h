// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casedata.h"
#include "case/caselibrary.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

/// The lesson on paper, for any case pack: the teacher's guide (chapters and
/// steps, what the class sees, the presenter notes, every question with its
/// answer, explanation and how the class votes, the reveals, a time per
/// chapter and the keys) and the worksheet for classes without devices (the
/// questions and choices, no answers, lines to write on). Laid out with
/// QTextDocument and printed with QPdfWriter on A4 or US Letter, as the
/// student report is; every pack string is escaped (PackText::escaped).
namespace LessonPrint {

enum class Paper { A4, Letter };

/// The time rule (docs/teaching.md): the class reads the step texts at about
/// this many words a minute, and spends this many minutes on a question.
constexpr int WordsPerMinute = 150;
constexpr int MinutesPerQuestion = 1;

struct ChapterTime
{
    int words = 0;     ///< in its steps' titles, texts and reveals
    int questions = 0; ///< quiz items on its quiz steps
    int minutes = 0;   ///< words / WordsPerMinute rounded up, plus the questions; at least 1
};
[[nodiscard]] ChapterTime chapterTime(const Claimscope::CaseData &data, const Claimscope::Chapter &chapter);

[[nodiscard]] QString guideHtml(const Claimscope::CaseData &data);
[[nodiscard]] QString worksheetHtml(const Claimscope::CaseData &data);

/// Write the PDF; false with the reason in `error` when it cannot be written.
bool writeGuide(const QString &path, const Claimscope::CaseData &data, Paper paper, QString *error = nullptr);
bool writeWorksheet(const QString &path, const Claimscope::CaseData &data, Paper paper, QString *error = nullptr);

/// US Letter where the locale measures in US units, A4 everywhere else.
[[nodiscard]] Paper defaultPaper(const QLocale &locale = QLocale());

} // namespace LessonPrint

/// QML's way to save the guide or the worksheet of the open case.
class LessonPrinter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CaseLibrary *library READ library WRITE setLibrary NOTIFY libraryChanged)
    /// US Letter is the paper to offer first.
    Q_PROPERTY(bool letterByDefault READ letterByDefault CONSTANT)
    /// Why the last write failed ("" after a success).
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    using QObject::QObject;

    CaseLibrary *library() const { return m_library; }
    void setLibrary(CaseLibrary *library);
    bool letterByDefault() const { return LessonPrint::defaultPaper() == LessonPrint::Paper::Letter; }
    QString error() const { return m_error; }

    /// kind: "guide" or "worksheet".
    Q_INVOKABLE bool write(const QString &kind, const QUrl &file, bool letter);
    /// A file name for it: "<case id>-teachers-guide.pdf", "<case id>-worksheet.pdf".
    Q_INVOKABLE QString fileName(const QString &kind) const;
    Q_INVOKABLE QUrl folder() const;

Q_SIGNALS:
    void libraryChanged();
    void errorChanged();

private:
    void setError(const QString &error);

    QPointer<CaseLibrary> m_library;
    QString m_error;
};
