// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer harness: untrusted archive bytes → PackReader::readArchive →
// CaseLoader::load (parse + validate), all in memory, as the app loads a pack.
// Built only with -DCLAIMSCOPE_FUZZ=ON (the `fuzz` preset); run with
// `tools/dev fuzz SECONDS`.
#include "case/caseloader.h"
#include "pack/packreader.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // KArchive and our own categories log every damaged entry; at thousands
    // of runs a second that output would drown libFuzzer's.
    QLoggingCategory::setFilterRules(u"*=false"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Claimscope::PackReader reader;
    const Claimscope::PackFiles pack = reader.readArchive(bytes, u"fuzz"_s);
    const Claimscope::LoadResult result = Claimscope::CaseLoader().load(pack);
    // Touch the problems so that formatting them (line, column, JSON path) runs too.
    qsizetype length = 0;
    for (const Claimscope::Problem &p : result.problems)
        length += p.toString().size();
    static_cast<void>(length);
    return 0;
}
