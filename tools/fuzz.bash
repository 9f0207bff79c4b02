# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `tools/dev fuzz SECONDS [LIBFUZZER-ARGS]`, sourced by tools/dev (which
# provides repo, say, die, toolchain and in_env). Builds the `fuzz` preset
# (clang, libFuzzer, ASan + UBSan) in build/<toolchain>-fuzz, writes the seed
# corpus there, fuzzes the case loader for SECONDS and sums up the run.
# Findings (crash-*, leak-*, timeout-*, oom-*) land in build/<toolchain>-fuzz/findings/.

fuzz_command() {
    local seconds=${1:-}
    [[ "$seconds" =~ ^[0-9]+$ ]] || die "usage: tools/dev fuzz SECONDS [LIBFUZZER-ARGS]"
    shift
    local dir="$repo/build/$(toolchain)-fuzz"
    if [ ! -f "$dir/build.ninja" ]; then
        in_env cmake --preset fuzz -S "$repo" -B "$dir" >&2
    fi
    in_env cmake --build "$dir" --target fuzz_caseloader fuzz_seeds >&2

    local seeds="$dir/seeds" corpus="$dir/corpus" findings="$dir/findings" log
    mkdir -p "$corpus" "$findings"
    rm -rf "$seeds"
    say "writing the seed corpus to $seeds"
    in_env env ASAN_OPTIONS=detect_leaks=0 "$dir/bin/fuzz_seeds" "$repo/content/sony-hack" "$seeds" >&2 \
        || die "could not write the seed corpus"

    log="$dir/fuzz-$(date -u +%Y%m%dT%H%M%SZ).log"
    say "fuzzing for $seconds s; log in $log"
    local before status=0
    before=$(find "$findings" -type f | wc -l)
    # New inputs go to corpus/ (kept between runs); seeds/ is only read.
    # The build root has no llvm-symbolizer; the sanitizers can use addr2line.
    in_env env ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}" \
        ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-/usr/bin/addr2line}" \
        UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
        "$dir/bin/fuzz_caseloader" -max_total_time="$seconds" \
        -rss_limit_mb=2048 -max_len=4194304 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$findings/" "$@" "$corpus" "$seeds" >"$log" 2>&1 || status=$?

    # The summary: libFuzzer's last status line and its final stats.
    local last execs rate
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    echo "fuzz run: ${seconds} s requested, exit status $status"
    echo "  executions: ${execs:-?} (${rate:-?}/s)"
    echo "  last status: ${last:-none}"
    echo "  corpus: $(find "$corpus" -type f | wc -l) inputs in $corpus"
    local after
    after=$(find "$findings" -type f | wc -l)
    echo "  findings: $((after - before)) new, $after in total in $findings"
    if [ "$status" -ne 0 ]; then
        grep -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error:|SUMMARY:|Test unit written to' "$log" | head -n 20 | sed 's/^/  /'
        find "$findings" -type f -newer "$seeds" | sed 's/^/  new finding: /'
        return 1
    fi
}
