# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `tools/dev test --asan [CTEST-ARGS]`, sourced by tools/dev (which provides
# repo, say, do_build, build_dir and in_env): builds the asan preset
# (ASan + UBSan, gcc) and runs the whole ctest suite under it. Leaks inside
# third-party libraries (Qt, fontconfig, ...) are suppressed by
# tools/sanitizers/lsan.supp; our own code is never suppressed.

asan_test_command() {
    local start dir status=0
    start=$(date +%s)
    do_build asan
    dir=$(build_dir asan)
    in_env env QT_QPA_PLATFORM=offscreen \
        ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1}" \
        LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$repo/tools/sanitizers/lsan.supp:print_suppressions=0}" \
        UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
        ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-/usr/bin/addr2line}" \
        ctest --test-dir "$dir" --output-on-failure "$@" || status=$?
    say "asan build and tests took $(( $(date +%s) - start )) s"
    return "$status"
}
