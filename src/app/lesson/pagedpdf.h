// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageSize>
#include <QString>

/// Lays `html` out on pages of `paper` and prints them to a PDF at `path`, with
/// a footer line (`footer` and the page number) on each. The file is replaced
/// only when the whole PDF is written (QSaveFile). False with the reason in
/// `error` when it cannot be written.
bool writePagedPdf(const QString &path, const QString &title, const QString &footer, const QString &html, QPageSize::PageSizeId paper, QString *error);
