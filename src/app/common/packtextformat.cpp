// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/packtextformat.h"
#include "common/packtext.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

using namespace Claimscope;

QString PackTextFormat::rich(const QString &markupTemplate, const QStringList &args)
{
    return PackText::rich(markupTemplate, args);
}

QString PackTextFormat::plain(const QString &textTemplate, const QStringList &args)
{
    return PackText::plain(textTemplate, args);
}

QString PackTextFormat::escaped(const QString &text)
{
    return PackText::escaped(text);
}

QString PackTextFormat::spoken(const QString &styledText)
{
    static const QRegularExpression lineBreak(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    QString html = styledText;
    html.replace(lineBreak, u" "_s);
    return QTextDocumentFragment::fromHtml(html).toPlainText().simplified();
}
