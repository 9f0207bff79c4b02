// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/offlinenetwork.h"

#include <QNetworkReply>
#include <QQmlEngine>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNetwork, "claimscope.network", QtInfoMsg)

namespace {
/// A reply that has already failed: nothing is sent, nothing is received.
class RefusedReply : public QNetworkReply
{
public:
    RefusedReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        QNetworkReply::open(QIODevice::ReadOnly);
        setError(ContentAccessDenied, u"Claimscope works offline and fetches nothing from %1"_s.arg(request.url().scheme()));
        setFinished(true);
        // Listeners connect after the reply is returned: tell them on the next turn of the event loop.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT errorOccurred(error());
            Q_EMIT finished();
        });
    }

    void abort() override { }
    qint64 bytesAvailable() const override { return 0; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};
} // namespace

OfflineNetworkAccessManager::OfflineNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

bool OfflineNetworkAccessManager::isAllowed(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"qrc"_s;
}

QNetworkReply *OfflineNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    if (isAllowed(request.url()))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    ++m_refused;
    qCWarning(lcNetwork).noquote() << "refused a request for" << request.url().toDisplayString(QUrl::RemoveUserInfo);
    return new RefusedReply(op, request, this);
}

QNetworkAccessManager *OfflineNetworkAccessManagerFactory::create(QObject *parent)
{
    return new OfflineNetworkAccessManager(parent);
}

void OfflineNetworkAccessManagerFactory::install(QQmlEngine *engine)
{
    static OfflineNetworkAccessManagerFactory factory;
    engine->setNetworkAccessManagerFactory(&factory);
}
