// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Case folders on disk for the tests that write them: read, write, copy,
// and every file of a folder at once, to compare before and after.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>

namespace TestSupport {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Writes `bytes` to `path`, creating its folders.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Every file below `folder` (a ":/" resource folder too), by relative path.
inline QMap<QString, QByteArray> folderFiles(const QString &folder)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(folder).relativeFilePath(path), readFile(path));
    }
    return out;
}

inline bool copyFolder(const QString &from, const QString &to)
{
    const QMap<QString, QByteArray> files = folderFiles(from);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writeFile(QDir(to).filePath(it.key()), it.value()))
            return false;
    }
    return true;
}

} // namespace TestSupport
