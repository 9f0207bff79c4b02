# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `tools/dev bench [--json FILE] [--runs N]`, sourced by tools/dev (which
# provides repo, say, die, toolchain and in_env). Builds the release preset
# with the bench programs (tools/bench/) in build/<toolchain>-bench and runs
# the driver, which prints the table; --json also writes the figures.

bench_command() {
    local json="" runs=15
    while [ $# -gt 0 ]; do
        case "$1" in
            --json) [ $# -ge 2 ] || die "usage: tools/dev bench [--json FILE] [--runs N]"; json=$2; shift 2 ;;
            --runs) [[ "${2:-}" =~ ^[0-9]+$ ]] || die "--runs needs a number"; runs=$2; shift 2 ;;
            *) die "usage: tools/dev bench [--json FILE] [--runs N]" ;;
        esac
    done
    local dir="$repo/build/$(toolchain)-bench"
    if [ ! -f "$dir/build.ninja" ]; then
        in_env cmake --preset release -S "$repo" -B "$dir" -DCLAIMSCOPE_BENCH=ON -DBUILD_TESTING=OFF >&2
    fi
    say "building the release preset with the bench in $dir"
    in_env cmake --build "$dir" --target claimscope claimscope_bench bench_baseline >&2 || die "the build failed"

    # The driver writes inside the build tree (the build root has its own
    # /tmp); the JSON is copied to where it was asked for afterwards.
    local out="$dir/bench.json" log="$dir/bench.log"
    rm -f "$out" "$log"
    say "running; the machine's load average is $(cut -d' ' -f1-3 /proc/loadavg) (children log to $log)"
    in_env "$dir/bin/claimscope_bench" run --app "$dir/bin/claimscope" --baseline "$dir/bin/bench_baseline" \
        --runs "$runs" --json "$out" --log "$log" || die "the bench failed; see $log"
    if [ -n "$json" ]; then
        cp "$out" "$json"
        say "wrote $json"
    fi
}
