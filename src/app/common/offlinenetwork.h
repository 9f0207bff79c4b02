// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QQmlNetworkAccessManagerFactory>

Q_DECLARE_LOGGING_CATEGORY(lcNetwork) ///< requests the QML engine tried and was refused

class QQmlEngine;

/// Claimscope works offline: the QML engine's network access refuses every
/// request that is not for the application's own resources (qrc:), so no
/// text, image or style can make the app fetch a URL — even text that some
/// future QML file forgets to show as plain text. Each refusal is logged
/// under "claimscope.network".
class OfflineNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit OfflineNetworkAccessManager(QObject *parent = nullptr);

    /// Whether a request for `url` may go ahead: only the app's own resources.
    [[nodiscard]] static bool isAllowed(const QUrl &url);
    /// How many requests this manager has refused.
    [[nodiscard]] int refusedCount() const { return m_refused; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    int m_refused = 0;
};

class OfflineNetworkAccessManagerFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;

    /// Installs the factory on `engine`, before anything is loaded. The engine
    /// takes no ownership, so one factory for the process lives here.
    static void install(QQmlEngine *engine);
};
