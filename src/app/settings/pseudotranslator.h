// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTranslator>

/// The pseudo-language for testing: every text, in every context, comes back
/// accented, about 40% longer and in brackets ("[Šéţţîñĝš ļöŕé]"), so a text
/// that is not marked for translation, or is cut off or overlaps, stands out
/// on screen. Placeholders (%1, %L2, %n), `&` mnemonics, HTML tags and
/// entities are kept as they are; so are QDate patterns (disambiguation
/// "date format"), which code reads rather than shows. Plural forms come
/// from the English translator given as base, the source text otherwise.
class PseudoTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit PseudoTranslator(QObject *parent = nullptr);

    /// The English plural forms ("%n claim(s)" → "%n claims"), consulted first.
    void setBase(const QTranslator *english) { m_base = english; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    /// The pseudo form of one text.
    [[nodiscard]] static QString pseudo(QStringView text);

private:
    QPointer<const QTranslator> m_base;
};
