#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs outagedash like a user would and checks the result (see docs/packaging.md):
#   1. `cmake --install BUILD --prefix TMP`: the expected files are there, the desktop entry and
#      the AppStream metainfo pass their validators, the installed program runs headless
#      (--version, demo, report) with the translation and demo embedded in it;
#   2. `cpack -G DEB`: the package's Depends are Debian Qt 6 runtime packages (no -dev) plus the
#      hand-listed ones, all installed here; its files, extracted with `dpkg-deb -x`, run the same way.
# Usage: tst_packaging.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

fail() { printf 'tst_packaging: FAIL: %b\n' "$*" >&2; exit 1; }
step() { echo "tst_packaging: $*"; }
need() { command -v "$1" >/dev/null 2>&1 || fail "required tool '$1' is missing (Debian package: $2)"; }

[ $# -eq 2 ] || fail "usage: tst_packaging.sh BUILD_DIR SOURCE_DIR"
build=$(cd "$1" && pwd) || fail "no build directory $1"
src=$(cd "$2" && pwd) || fail "no source directory $2"
cache="$build/CMakeCache.txt"
[ -r "$cache" ] || fail "$build is not a configured CMake build directory (no CMakeCache.txt)"
[ -r "$build/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $build: is cmake/Packaging.cmake included?"
[ -x "$build/app/outagedash" ] || fail "$build/app/outagedash is not built"

cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$cache" | head -n 1; }
cmake_bin=$(cache_value CMAKE_COMMAND)
cpack_bin=$(cache_value CMAKE_CPACK_COMMAND)
version=$(cache_value CMAKE_PROJECT_VERSION)
[ -x "$cmake_bin" ] || fail "cmake '$cmake_bin' from the cache is not executable"
[ -x "$cpack_bin" ] || fail "cpack '$cpack_bin' from the cache is not executable"
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $cache"

need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev      # CPACK_DEBIAN_PACKAGE_SHLIBDEPS
need file file                    # CPack's DEB generator finds ELF files with it
need gzip gzip
need dpkg-query dpkg

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tst_packaging.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# The programs run below write nothing into the real home or runtime directory.
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" \
       XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/runtime" LC_ALL=C.UTF-8 TZ=UTC

# Checks an installed tree: ROOT is the prefix (share/…, bin/…) to look in.
check_tree() {
    local root=$1 what=$2
    local files=(
        bin/outagedash
        share/applications/outagedash.desktop
        share/icons/hicolor/scalable/apps/outagedash.svg
        share/metainfo/io.github.outagedash.metainfo.xml
        share/man/man1/outagedash.1.gz
    )
    for f in "${files[@]}"; do
        [ -f "$root/$f" ] || fail "$what: $f is not installed (looked in $root)"
    done
    [ -x "$root/bin/outagedash" ] || fail "$what: bin/outagedash is not executable"

    step "$what: desktop-file-validate share/applications/outagedash.desktop"
    desktop-file-validate "$root/share/applications/outagedash.desktop" >"$tmp/dfv.txt" 2>&1 \
        || fail "$what: desktop-file-validate rejects outagedash.desktop:\n$(cat "$tmp/dfv.txt")"
    [ ! -s "$tmp/dfv.txt" ] || fail "$what: desktop-file-validate warns:\n$(cat "$tmp/dfv.txt")"
    grep -q '^Name\[ko\]=' "$root/share/applications/outagedash.desktop" || fail "$what: the desktop entry has no Name[ko]"
    grep -q '^Comment\[ko\]=' "$root/share/applications/outagedash.desktop" || fail "$what: the desktop entry has no Comment[ko]"
    grep -qx 'Exec=outagedash' "$root/share/applications/outagedash.desktop" || fail "$what: the desktop entry does not run outagedash"
    grep -qx 'Icon=outagedash' "$root/share/applications/outagedash.desktop" || fail "$what: the desktop entry's icon is not 'outagedash'"

    step "$what: appstreamcli validate --no-net share/metainfo/io.github.outagedash.metainfo.xml"
    appstreamcli validate --no-net --pedantic "$root/share/metainfo/io.github.outagedash.metainfo.xml" >"$tmp/asv.txt" 2>&1 \
        || fail "$what: appstreamcli rejects the metainfo:\n$(cat "$tmp/asv.txt")"
    cat "$tmp/asv.txt"

    # Metainfo, desktop entry and icon together, as a software centre reads them.
    step "$what: appstreamcli validate-tree --no-net (metainfo + desktop entry + icon)"
    appstreamcli validate-tree --no-net "$root" >"$tmp/tree.txt" 2>&1 \
        || fail "$what: appstreamcli validate-tree:\n$(cat "$tmp/tree.txt")"
    cat "$tmp/tree.txt"

    file -b "$root/share/icons/hicolor/scalable/apps/outagedash.svg" | grep -q 'SVG' \
        || fail "$what: the icon is not an SVG image: $(file -b "$root/share/icons/hicolor/scalable/apps/outagedash.svg")"
    gzip -dc "$root/share/man/man1/outagedash.1.gz" | cmp -s - "$src/docs/outagedash.1" \
        || fail "$what: share/man/man1/outagedash.1.gz is not docs/outagedash.1"
}

# Runs the installed program the way a user without a display would.
check_runs() {
    local exe=$1 what=$2
    local run=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$exe")
    step "$what: $exe --version"
    "${run[@]}" --version >"$tmp/version.txt" 2>&1 || fail "$what: --version failed: $(cat "$tmp/version.txt")"
    cat "$tmp/version.txt"
    grep -qE "^outagedash ${version//./\\.} \(Qt 6\.[0-9.]+, SQLite 3\.[0-9.]+\)$" "$tmp/version.txt" \
        || fail "$what: --version does not print 'outagedash $version (Qt …, SQLite …)'"
    # The Korean catalogue is embedded (:/i18n): no .qm file is installed, yet --help is Korean.
    "${run[@]}" --lang ko --help >"$tmp/help_ko.txt" 2>&1 || fail "$what: --lang ko --help failed"
    LC_ALL=C.UTF-8 grep -qP '[\x{AC00}-\x{D7A3}]' "$tmp/help_ko.txt" \
        || fail "$what: --lang ko --help prints no Korean; is the translation still embedded?"

    local db="$tmp/$what.sqlite" pdf="$tmp/$what.pdf"
    step "$what: outagedash demo --db X && outagedash report --db X --out Y.pdf"
    "${run[@]}" demo --db "$db" >"$tmp/demo.txt" 2>&1 || fail "$what: demo failed: $(cat "$tmp/demo.txt")"
    "${run[@]}" report --db "$db" --out "$pdf" >"$tmp/report.txt" 2>&1 || fail "$what: report failed: $(cat "$tmp/report.txt")"
    [ -s "$pdf" ] || fail "$what: report wrote no PDF"
    [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$what: $pdf is not a PDF"
    step "$what: report written, $(wc -c <"$pdf") bytes"
}

# ---- 1. cmake --install -----------------------------------------------------------------------
prefix="$tmp/prefix"
step "cmake --install $build --prefix $prefix"
"$cmake_bin" --install "$build" --prefix "$prefix" >"$tmp/install.txt" 2>&1 \
    || fail "cmake --install failed:\n$(cat "$tmp/install.txt")"
# Nothing but these is installed: translations and demo data are resources in the executable.
(cd "$prefix" && find . -type f | sort) >"$tmp/installed.txt"
cat "$tmp/installed.txt"
unexpected=$(grep -vxE '\./(bin/outagedash|share/applications/outagedash\.desktop|share/icons/hicolor/scalable/apps/outagedash\.svg|share/metainfo/io\.github\.outagedash\.metainfo\.xml|share/man/man1/outagedash\.1\.gz)' "$tmp/installed.txt" || true)
[ -z "$unexpected" ] || fail "cmake --install installs files this test does not know (add them here and to docs/packaging.md):\n$unexpected"
check_tree "$prefix" install
check_runs "$prefix/bin/outagedash" install

# ---- 2. cpack -G DEB --------------------------------------------------------------------------
step "cpack -G DEB (package directory $tmp/cpack)"
mkdir -p "$tmp/cpack"
(cd "$build" && "$cpack_bin" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/cpack") >"$tmp/cpack.txt" 2>&1 \
    || fail "cpack -G DEB failed:\n$(cat "$tmp/cpack.txt")"
debs=("$tmp"/cpack/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single .deb:\n$(cat "$tmp/cpack.txt")"
deb=${debs[0]}
step "built $(basename "$deb")"
dpkg-deb -I "$deb" >"$tmp/info.txt" || fail "dpkg-deb cannot read $deb"
sed -n '/^ Package:/,$p' "$tmp/info.txt"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = outagedash ] || fail "Package is '$(field Package)', not outagedash"
[ "$(field Section)" = utils ] || fail "Section is '$(field Section)', not utils"
[ "$(field Maintainer)" = "Outage Impact Dashboard developers <dev@outagedash.invalid>" ] \
    || fail "Maintainer is '$(field Maintainer)'"
case "$(field Version)" in "$version"|"$version"-*) ;; *) fail "Version '$(field Version)' is not the project version $version" ;; esac
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"

depends=$(field Depends)
step "Depends: $depends"
[ -n "$depends" ] || fail "the package has no Depends"
# One package name per entry, alternatives split, versions dropped.
tr ',|' '\n\n' <<<"$depends" | sed -E 's/\(.*\)//; s/^ +//; s/ +$//' | sed '/^$/d' | sort -u >"$tmp/deps.txt"
if grep -E -- '-dev$' "$tmp/deps.txt"; then fail "the package depends on -dev packages (above)"; fi
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite fonts-noto-cjk; do
    grep -qx "$p" "$tmp/deps.txt" || fail "Depends lacks $p: $depends"
done
grep -q '^libqt6' "$tmp/deps.txt" || fail "Depends names no libqt6* runtime package"
# Every dependency is installed here, so running the extracted files is what an install would do.
while read -r p; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' \
        || fail "dependency $p of the package is not installed on this system (apt-get install $p)"
done <"$tmp/deps.txt"

dpkg-deb -c "$deb" >"$tmp/contents.txt"
grep -qE ' \./usr/bin/outagedash$' "$tmp/contents.txt" || fail "the package has no /usr/bin/outagedash:\n$(cat "$tmp/contents.txt")"
if grep -E '^[^ ]+ [^ ]+/[^ ]+' "$tmp/contents.txt" | awk '{ print $2 }' | grep -vx 'root/root'; then
    fail "files in the package are not owned by root/root (above)"
fi
root="$tmp/deb-root"
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
check_tree "$root/usr" deb
check_runs "$root/usr/bin/outagedash" deb
if file -b "$root/usr/bin/outagedash" | grep -q 'not stripped'; then
    fail "/usr/bin/outagedash in the package is not stripped (CPACK_STRIP_FILES)"
fi

step "PASS"
