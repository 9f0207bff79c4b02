// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

/// The files of a new, empty case: every file the format requires, with
/// every required key, so that what validation asks for is content (a
/// summary, an article, claims), not structure.
namespace CaseTemplate {

[[nodiscard]] QMap<QString, QJsonObject> files(const QString &id, const QString &title, const QString &language, QDate today);

} // namespace CaseTemplate
