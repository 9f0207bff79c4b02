// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/caselibrary.h"
#include "lesson/lessonprint.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

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
