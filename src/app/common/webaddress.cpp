// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/webaddress.h"

#include <QDesktopServices>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QUrl parsed(const QString &address)
{
    if (address.isEmpty() || address.trimmed() != address)
        return {};
    const QUrl url(address, QUrl::StrictMode);
    const bool web = url.scheme() == u"http"_s || url.scheme() == u"https"_s;
    return url.isValid() && web && !url.host().isEmpty() ? url : QUrl();
}
} // namespace

bool WebAddress::canOpen(const QString &address)
{
    return parsed(address).isValid();
}

QString WebAddress::site(const QString &address)
{
    const QUrl url = parsed(address);
    return url.isValid() ? url.host(QUrl::EncodeUnicode) : QString();
}

bool WebAddress::open(const QString &address)
{
    const QUrl url = parsed(address);
    return url.isValid() && QDesktopServices::openUrl(url);
}
