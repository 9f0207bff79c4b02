// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

/// What is wrong with a JSON text that does not parse, said the way a person
/// editing it by hand needs it: "trailing comma", "missing comma", "a
/// single-quoted string", with the place of the mistake itself rather than
/// where a parser gave up. Only the first mistake is described: the ones
/// after it are often its echoes.
namespace Claimscope::JsonSyntax {

struct Error
{
    qsizetype offset = 0; ///< byte offset of the mistake
    QString message;      ///< what is wrong and how to fix it
};

/// The first syntax mistake of `json`, or nothing when it is valid JSON
/// (nesting depth is not checked here: callers refuse deep texts first).
[[nodiscard]] std::optional<Error> firstError(QByteArrayView json);

} // namespace Claimscope::JsonSyntax
