# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash disable=SC2016,SC2154 # literal dpkg-query formats; repo, suite: tools/dev
#
# `tools/dev package [--test]` and `tools/dev install-test`: sourced by
# tools/dev, whose helpers it uses (say, die, in_env, do_build, build_dir,
# host_mirror, ensure_host_tools, repo, suite).
#
#   package       the release build, its .deb (CPack), then desktop-file-validate,
#                 appstreamcli validate --no-net and lintian on what the .deb holds
#   install-test  the .deb into a fresh Debian 13 root made for the test (not the
#                 build root): apt install, run, apt purge, nothing left behind

pkg_app_id=org.claimscope.Claimscope

pkg_now() { date +%s.%N; }
pkg_since() { awk -v a="$1" -v b="$(pkg_now)" 'BEGIN { printf "%.1f", b - a }'; }

# The release preset as Debian builds packages: its hardening flags
# (dpkg-buildflags, hardening=+all), no -Werror (a newer compiler's new
# warnings must not break a distribution build; dev and CI keep -Werror), and
# no tests (ctest runs them in the dev build).
pkg_build_release() {
    local dir=$1 cxxflags ldflags
    cxxflags=$(cd "$repo" && in_env env DEB_BUILD_MAINT_OPTIONS=hardening=+all sh -c \
        'echo "$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"') || return
    ldflags=$(cd "$repo" && in_env env DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get LDFLAGS) || return
    (cd "$repo" && in_env cmake --preset release -S "$repo" -B "$dir" -DBUILD_TESTING=OFF -DCLAIMSCOPE_WERROR=OFF \
        -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags") >&2 || return
    in_env cmake --build "$dir" >&2
}

# Builds the .deb and validates it; sets pkg_deb to its path.
package_deb() {
    local dir contents t0 t deb
    t0=$(pkg_now)
    # Always build/<toolchain>-release, whatever CLAIMSCOPE_BUILD_DIR says for dev.
    dir=$(CLAIMSCOPE_BUILD_DIR='' build_dir release)
    pkg_build_release "$dir" || die "the release build failed"
    say "package: building the .deb with CPack"
    rm -rf "$dir/packages"
    in_env cpack --config "$dir/CPackConfig.cmake" >&2 || die "cpack failed"
    deb=$(find "$dir/packages" -maxdepth 1 -name 'claimscope_*.deb' -print -quit)
    [ -n "$deb" ] || die "cpack made no .deb in $dir/packages"
    say "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, built in $(pkg_since "$t0") s"
    in_env dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends >&2

    t=$(pkg_now)
    contents="$dir/packages/contents"
    in_env dpkg-deb -x "$deb" "$contents"
    say "package: desktop-file-validate"
    in_env desktop-file-validate "$contents/usr/share/applications/$pkg_app_id.desktop" >&2 ||
        die "desktop-file-validate failed"
    say "package: appstreamcli validate --no-net"
    in_env appstreamcli validate --no-net --no-color "$contents/usr/share/metainfo/$pkg_app_id.metainfo.xml" >&2 ||
        die "appstreamcli validate failed"
    say "package: lintian (fails on errors; warnings and infos shown)"
    local lint_status=0
    in_env lintian --fail-on error --display-info "$deb" >"$dir/packages/lintian.txt" 2>&1 || lint_status=$?
    # lintian warns when run as root, which it is in the build root on a root host.
    grep -v 'running with root privileges is not recommended' "$dir/packages/lintian.txt" >&2 || true
    [ "$lint_status" -eq 0 ] || die "lintian reports errors (see above)"
    say "package: validators passed in $(pkg_since "$t") s"
    pkg_deb=$deb
}

# Runs a command as root inside the test root. Host mounts stay in bwrap's own
# namespace, so nothing needs unmounting and nothing leaks into the root.
pkg_in_test_root() {
    local dns=()
    [ -e /etc/resolv.conf ] && dns=(--ro-bind /etc/resolv.conf /etc/resolv.conf)
    bwrap --bind "$pkg_test_root" / --proc /proc --dev /dev --perms 1777 --tmpfs /tmp --tmpfs /run \
        "${dns[@]}" --ro-bind "$pkg_test_work/in" /srv/claimscope-test \
        --cap-add ALL --unshare-pid --unshare-ipc --unshare-uts --die-with-parent \
        --clearenv --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        --setenv HOME /tmp/home --setenv LANG C.UTF-8 --setenv DEBIAN_FRONTEND noninteractive \
        -- "$@"
}

# Every path in the test root except the package manager's own state and logs,
# ldconfig's cache (the libc-bin trigger rewrites it) and the mount points of
# pkg_in_test_root (all tmpfs or virtual).
pkg_snapshot() {
    (cd "$pkg_test_root" && find . -xdev \
        \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./run -o -path ./tmp \
           -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path ./var/cache/apt \
           -o -path ./var/cache/debconf -o -path ./var/cache/ldconfig -o -path ./var/log \) -prune -o -print |
        LC_ALL=C sort) >"$1"
}

# pkg_phase NAME CMD...: runs one timed phase, its output kept in a log that
# is shown when the phase fails (or always, with pkg_show=1).
pkg_phase() {
    local name=$1 t status=0 log=$pkg_test_work/phase.log
    shift
    say "install-test: $name"
    t=$(pkg_now)
    "$@" >"$log" 2>&1 || status=$?
    pkg_timings+=("$(printf '%-44s %6s s' "$name" "$(pkg_since "$t")")")
    if [ "$status" -ne 0 ] || [ "${pkg_show:-0}" = 1 ]; then
        tail -n 80 "$log" | sed 's/^/  | /' >&2
    fi
    [ "$status" -eq 0 ] || say "install-test: '$name' failed"
    return "$status"
}

pkg_create_root() {
    local mirror opts=()
    mirror=$(host_mirror)
    # Mirror the host's apt settings that decide whether its mirror works at all.
    if apt-config dump 2>/dev/null | grep -q '^Acquire::Check-Valid-Until "false";'; then
        opts+=(--aptopt='Acquire::Check-Valid-Until "false"')
    fi
    mmdebstrap --quiet --variant=apt --mode=root "${opts[@]}" "$suite" "$pkg_test_root" \
        "deb $mirror $suite main" >&2
}

pkg_run_checks() {
    pkg_in_test_root sh -euxc '
        mkdir -m 700 /tmp/home /tmp/run
        export XDG_RUNTIME_DIR=/tmp/run QT_QPA_PLATFORM=offscreen
        claimscope --version
        claimscope --self-test
        claimscope pack /srv/claimscope-test/sony-hack -o /tmp/sony-hack.claimscope
        claimscope validate /tmp/sony-hack.claimscope
        claimscope info /tmp/sony-hack.claimscope
        claimscope --self-test /tmp/sony-hack.claimscope
        # desktop integration as installed and registered by the triggers
        test -f /usr/share/applications/'"$pkg_app_id"'.desktop
        test -f /usr/share/metainfo/'"$pkg_app_id"'.metainfo.xml
        test -f /usr/share/icons/hicolor/scalable/apps/'"$pkg_app_id"'.svg
        test -f /usr/share/icons/hicolor/128x128/apps/'"$pkg_app_id"'.png
        test -f /usr/share/man/man1/claimscope.1.gz
        test -f /usr/share/doc/claimscope/copyright
        if test -x /usr/bin/update-mime-database; then
            grep -q "application/x-claimscope-case:\*\.claimscope" /usr/share/mime/globs2
        fi
    ' >&2
}

# Purges claimscope and every package installed for it. By default apt's
# autoremove keeps what an installed package recommends or suggests, and so
# would keep libidn2-0 and libunistring5 (pulled in for Qt, but recommended by
# libc6 and suggested by libudev1): the root would not be as it was before.
pkg_purge() {
    pkg_in_test_root apt-get purge -y -q --autoremove -o APT::AutoRemove::RecommendsImportant=false \
        -o APT::AutoRemove::SuggestsImportant=false claimscope >&2 &&
        ! pkg_in_test_root dpkg-query -W -f '${Status}\n' claimscope 2>/dev/null | grep -q .
}

pkg_compare() {
    pkg_snapshot "$pkg_test_work/after.txt"
    if ! diff -u "$pkg_test_work/before.txt" "$pkg_test_work/after.txt" >"$pkg_test_work/left.diff"; then
        say "install-test: the root differs after the purge (+ left behind, - removed):"
        grep '^[-+]\.' "$pkg_test_work/left.diff" | head -n 100 >&2
        return 1
    fi
    say "install-test: nothing left behind ($(wc -l <"$pkg_test_work/after.txt") paths compared)"
}

# install_test DEB: needs root on the host (mmdebstrap --mode=root, bwrap).
install_test() {
    local deb=$1 t0 line status=0 before after
    [ "$(id -u)" -eq 0 ] ||
        die "the install test creates a Debian root with mmdebstrap and needs root: sudo tools/dev install-test"
    ensure_host_tools
    t0=$(pkg_now)
    pkg_timings=()
    pkg_test_work=$(mktemp -d "${TMPDIR:-/var/tmp}/claimscope-install-test.XXXXXX")
    pkg_test_root=$pkg_test_work/root
    # shellcheck disable=SC2064 # expand now: the path is fixed
    trap "rm -rf '$pkg_test_work'" EXIT
    mkdir -m 755 "$pkg_test_work/in"
    install -m 644 "$deb" "$pkg_test_work/in/"
    cp -r "$repo/content/sony-hack" "$pkg_test_work/in/"
    chmod -R a+rX "$pkg_test_work/in"

    pkg_phase "create a fresh Debian 13 root (mmdebstrap)" pkg_create_root || die "install-test failed"
    pkg_phase "apt-get update" pkg_in_test_root apt-get update -q || die "install-test failed"
    pkg_snapshot "$pkg_test_work/before.txt"
    before=$(pkg_in_test_root dpkg-query -W -f '${db:Status-Abbrev}\n' | grep -c '^ii')
    pkg_phase "apt install ./$(basename "$deb")" pkg_in_test_root apt-get install -y -q --no-install-recommends \
        "/srv/claimscope-test/$(basename "$deb")" || die "install-test failed"
    after=$(pkg_in_test_root dpkg-query -W -f '${db:Status-Abbrev}\n' | grep -c '^ii')
    say "install-test: $((after - before)) packages installed (claimscope and its dependencies);" \
        "$(grep -o '[0-9.,]* [kMG]B of additional disk space' "$pkg_test_work/phase.log" || echo '?')"
    pkg_show=1 pkg_phase "run: --self-test, pack, validate, info" pkg_run_checks || status=1
    pkg_phase "apt-get purge --autoremove claimscope" pkg_purge || status=1
    pkg_show=1 pkg_phase "compare the file lists" pkg_compare || status=1
    say "install-test: timings"
    for line in "${pkg_timings[@]}"; do printf '  %s\n' "$line" >&2; done
    printf '  %-44s %6s s\n' "total" "$(pkg_since "$t0")" >&2
    rm -rf "$pkg_test_work"
    trap - EXIT
    [ "$status" -eq 0 ] || die "install-test failed"
    say "install-test: passed"
    echo "install-test: 1 passed, 0 failed"
}

# tools/dev package [--test] | tools/dev install-test
package_command() {
    local test=0 arg
    for arg in "$@"; do
        case "$arg" in
            --test) test=1 ;;
            *) die "usage: tools/dev package [--test]" ;;
        esac
    done
    package_deb
    say "package: $pkg_deb"
    if [ "$test" = 1 ]; then
        install_test "$pkg_deb"
    fi
}
