// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the markup pack (markuppack.h) for tests that run the app on it:
//   make_markup_pack CASE-DIR OUT-DIR BASE-URL
#include "support/markuppack.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: make_markup_pack CASE-DIR OUT-DIR BASE-URL\n", stderr);
        return 2;
    }
    QDir(args[2]).removeRecursively();
    const int fields = MarkupPack::write(args[1], args[2], args[3]);
    if (fields <= 0) {
        std::fprintf(stderr, "make_markup_pack: could not write %s\n", qPrintable(args[2]));
        return 1;
    }
    std::printf("planted markup in %d fields of %s\n", fields, qPrintable(args[2]));
    return 0;
}
