// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// Text that comes from a case pack is data, never markup and never layout:
/// the one place that decides how pack text is put beside the app's own text.
/// docs/security.md explains why.
namespace Claimscope::PackText {

/// `text` wrapped in a first-strong isolate (U+2068 … U+2069), so that bidi
/// controls inside it cannot reorder the text around it. Isolates the text
/// leaves open are closed, and terminators it does not open are dropped, so
/// it cannot close an isolate of ours either.
[[nodiscard]] QString isolated(QStringView text);

/// `text` for use inside the app's own markup: isolated, then HTML-escaped,
/// line breaks kept as <br>. `x < y` and `<b>` show as those characters.
[[nodiscard]] QString escaped(QStringView text);

/// A run of one pack paragraph for markup the app builds around several runs
/// of it (highlights in an article): escaped, not isolated on its own; the
/// caller passes the whole paragraph's markup to isolatedMarkup().
[[nodiscard]] QString escapedRun(QStringView text);

/// Markup built from escapedRun() pieces, isolated as one unit.
[[nodiscard]] QString isolatedMarkup(const QString &markup);

/// The app's own markup template with %1 … %99 replaced, in one pass, by the
/// escaped `args`: a "%2" inside an argument stays literal.
[[nodiscard]] QString rich(const QString &markupTemplate, const QStringList &args);

/// The same for a plain-text template: the arguments are isolated, not escaped.
[[nodiscard]] QString plain(const QString &textTemplate, const QStringList &args);

/// Whether `text` holds a Unicode bidi control (U+202A–U+202E, U+2066–U+2069)
///. Marks (LRM, RLM) are ordinary in right-to-left text and not counted.
[[nodiscard]] bool hasBidiControls(QStringView text);

/// Whether `text` holds something a rich-text renderer would take for a tag
/// that loads, links or styles (<img, <a , <style, <span, <font …): worth a
/// warning to the author, since the app shows it literally.
[[nodiscard]] bool looksLikeMarkup(QStringView text);

} // namespace Claimscope::PackText
