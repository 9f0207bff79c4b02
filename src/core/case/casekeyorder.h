// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Claimscope {

/// The documented order of the keys of every object of a case's JSON files
/// (docs/case-format.md, "Canonical layout"; the same order as the
/// `properties` of docs/case-format.schema.json). An object is named by its
/// file's kind and its shape: its JSON path with the array indices left out,
/// e.g. "claims[].sources[]" in "claims.json".
namespace CaseKeyOrder {

/// "case.json", …, "articles/*.json" for an article, or "" when `file` is not one of a case's JSON files.
[[nodiscard]] QString fileKind(const QString &file);

/// The documented keys of the object at `shape` in a file of `kind`, in
/// order; empty when the format documents no object there.
[[nodiscard]] const QStringList &keys(const QString &kind, const QString &shape);

/// `present` in canonical order: the `documented` keys first, in their
/// order, then any others alphabetically.
[[nodiscard]] QStringList ordered(const QStringList &documented, QStringList present);

struct Shape
{
    QString kind, shape;
};
/// Every documented object.
[[nodiscard]] QList<Shape> shapes();

/// "claims[3].sources[0]" → "claims[].sources[]".
[[nodiscard]] QString shapeOf(const QString &path);

} // namespace CaseKeyOrder

} // namespace Claimscope
