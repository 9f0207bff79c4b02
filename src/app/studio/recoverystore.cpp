// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/recoverystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

constexpr int RecoveryFormat = 1;
constexpr qint64 MaxRecoveryBytes = 256 * 1024 * 1024; // above the largest pack (64 MiB), text escaped

QJsonValue fileValue(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QJsonObject{{u"base64"_s, QString::fromLatin1(bytes.toBase64())}}; // kept byte for byte
}

std::optional<QByteArray> fileBytes(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toUtf8();
    const QJsonValue base64 = v.toObject().value(u"base64"_s);
    if (!base64.isString())
        return std::nullopt;
    return QByteArray::fromBase64(base64.toString().toLatin1());
}

} // namespace

RecoveryStore::RecoveryStore(QString folder)
    : m_folder(std::move(folder))
{
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"recovery"_s);
}

QString RecoveryStore::fileFor(const QString &id) const
{
    return QDir(m_folder).filePath(id + u".json"_s);
}

bool RecoveryStore::lock(const QString &id)
{
    auto lock = std::make_unique<QLockFile>(QDir(m_folder).filePath(id + u".lock"_s));
    lock->setStaleLockTime(0); // only a dead process's lock is stale, however old a live one is
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    m_id = id;
    return true;
}

bool RecoveryStore::write(const Contents &contents)
{
    if (m_id.isEmpty()) {
        if (!QDir().mkpath(m_folder))
            return false;
        const QString id = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmsszzz"_s) + u'-' + QString::number(QCoreApplication::applicationPid());
        if (!lock(id))
            return false;
    }
    QJsonObject files;
    for (auto it = contents.files.cbegin(); it != contents.files.cend(); ++it)
        files.insert(it.key(), fileValue(it.value()));
    const QJsonObject root{{u"claimscopeRecovery"_s, RecoveryFormat},
                           {u"title"_s, contents.title},
                           {u"origin"_s, contents.origin},
                           {u"path"_s, contents.path},
                           {u"written"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {u"files"_s, files}};
    QSaveFile out(fileFor(m_id));
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit();
}

void RecoveryStore::clear()
{
    if (!m_id.isEmpty())
        QFile::remove(fileFor(m_id));
}

QStringList RecoveryStore::sessions() const
{
    const QFileInfoList found = QDir(m_folder).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Time);
    QStringList out;
    for (const QFileInfo &file : found) {
        const QString id = file.completeBaseName();
        if (id == m_id)
            continue;
        QLockFile probe(QDir(m_folder).filePath(id + u".lock"_s));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0)) // no running studio holds it (the probe's lock goes with it)
            out << id;
    }
    return out;
}

std::optional<RecoveryStore::Contents> RecoveryStore::read(const QString &id) const
{
    QFile file(fileFor(id));
    if (id.isEmpty() || id.contains(u'/') || !file.open(QIODevice::ReadOnly) || file.size() > MaxRecoveryBytes)
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(u"claimscopeRecovery"_s).toInt() != RecoveryFormat)
        return std::nullopt;
    Contents c{root.value(u"title"_s).toString(),
               root.value(u"origin"_s).toString(),
               root.value(u"path"_s).toString(),
               QDateTime::fromString(root.value(u"written"_s).toString(), Qt::ISODateWithMs),
               {}};
    const QJsonObject files = root.value(u"files"_s).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const std::optional<QByteArray> bytes = fileBytes(it.value());
        if (!bytes)
            return std::nullopt;
        c.files.insert(it.key(), *bytes);
    }
    return c;
}

bool RecoveryStore::adopt(const QString &id)
{
    if (id == m_id)
        return true;
    const QString previous = m_id;
    std::unique_ptr<QLockFile> previousLock = std::move(m_lock);
    if (!lock(id)) {
        m_lock = std::move(previousLock);
        return false;
    }
    if (!previous.isEmpty())
        QFile::remove(fileFor(previous));
    return true;
}

bool RecoveryStore::discard(const QString &id)
{
    if (id == m_id) {
        clear();
        return true;
    }
    QLockFile probe(QDir(m_folder).filePath(id + u".lock"_s));
    probe.setStaleLockTime(0);
    if (id.isEmpty() || id.contains(u'/') || !probe.tryLock(0))
        return false;
    return QFile::remove(fileFor(id)) || !QFile::exists(fileFor(id));
}
