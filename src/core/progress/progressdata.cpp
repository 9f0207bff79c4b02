// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/progressdata.h"

namespace Claimscope {

QMap<QString, QuizAnswer> RunProgress::plainAnswers() const
{
    QMap<QString, QuizAnswer> plain;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        plain.insert(it.key(), it->answer);
    return plain;
}

QString isoDateTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace Claimscope
