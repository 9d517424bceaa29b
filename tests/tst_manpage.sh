#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps the man page docs/outagedash.1 in step with `outagedash --help`:
#   - every option of --help (lines "  --x" or "  -x, --x") is documented in the OPTIONS section,
#     with an argument exactly when --help shows one ("--db <path>");
#   - every command (import, report, summary, demo, and any listed under "Commands:" in --help)
#     is documented in the COMMANDS section;
#   - every option named anywhere in the man page exists in --help;
#   - the version in the man page's title line is the one `outagedash --version` prints;
#   - groff formats the page without a warning.
# Usage: tst_manpage.sh path/to/outagedash path/to/outagedash.1
set -euo pipefail

fail() { printf 'tst_manpage: FAIL: %b\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || fail "required tool '$1' is missing (Debian package: $2)"; }

[ $# -eq 2 ] || fail "usage: tst_manpage.sh OUTAGEDASH MANPAGE"
bin=$1
man=$2
[ -x "$bin" ] || fail "no executable at $bin (build the outagedash target first)"
[ -r "$man" ] || fail "no man page at $man"
need awk gawk/mawk
need groff groff-base

export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tst_manpage.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

"$bin" --lang en --help >"$tmp/help.txt" 2>"$tmp/help.err" || fail "'outagedash --help' failed: $(cat "$tmp/help.err")"
"$bin" --version >"$tmp/version.txt" 2>&1 || fail "'outagedash --version' failed: $(cat "$tmp/version.txt")"

# ---- What --help offers -----------------------------------------------------------------------
# "NAME VALUE" per option; VALUE is 1 when --help shows an argument ("--db <path>").
awk '/^ +-/ {
        line = $0; sub(/^ +/, "", line)
        n = split(line, w, /[ ,]+/)
        for (i = 1; i <= n; i++) {
            if (w[i] ~ /^--?[A-Za-z0-9?][A-Za-z0-9-]*$/) { names[++k] = w[i]; continue }
            break
        }
        value = (i <= n && w[i] ~ /^<.*>$/) ? 1 : 0
        for (j = 1; j <= k; j++) print names[j], value
        k = 0
     }' "$tmp/help.txt" >"$tmp/help_options"
[ -s "$tmp/help_options" ] || fail "found no option in 'outagedash --help':\n$(cat "$tmp/help.txt")"
grep -q '^--help ' "$tmp/help_options" || fail "--help does not list --help; the parser of this test is out of date"

# Commands: the fixed set, plus every one listed under "Commands:" in --help.
awk '/^Commands:/ { on = 1; next } on && /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }' "$tmp/help.txt" \
    | sed 's/:$//' >"$tmp/help_commands"
printf '%s\n' import report summary demo >>"$tmp/help_commands"
sort -u -o "$tmp/help_commands" "$tmp/help_commands"
for c in import report summary demo; do
    grep -qx "$c" <(awk '/^Commands:/ { on = 1; next } on && /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }' "$tmp/help.txt" | sed 's/:$//') \
        || fail "command '$c' is not listed under 'Commands:' in --help"
done

# ---- What the man page documents --------------------------------------------------------------
# Plain text of the roff source: no comments, no font escapes, \- and \(hy as '-'.
sed -e '/^\.\\"/d' -e 's/\\f[BIRP]//g' -e 's/\\f(..//g' -e 's/\\-/-/g' -e 's/\\(hy/-/g' -e 's/\\&//g' \
    "$man" >"$tmp/man.txt"

# Tag lines (the line after .TP) per section: "SECTION<TAB>tag line without its macro".
awk '/^\.SH / { sec = $2; gsub(/"/, "", sec); next }
     /^\.TP/ { tag = 1; next }
     tag { tag = 0; line = $0; sub(/^\.[A-Z]+ */, "", line); print sec "\t" line }' \
    "$tmp/man.txt" >"$tmp/man_tags"

# Options documented in OPTIONS: "NAME VALUE", VALUE 1 when the tag has more than option names.
awk -F'\t' '$1 == "OPTIONS" {
        line = $2; gsub(/"/, " ", line)
        n = split(line, w, /[ ,|]+/); k = 0; rest = 0
        for (i = 1; i <= n; i++) {
            if (w[i] == "") continue
            if (w[i] ~ /^--?[A-Za-z0-9?][A-Za-z0-9-]*$/) names[++k] = w[i]; else rest = 1
        }
        for (j = 1; j <= k; j++) print names[j], rest
     }' "$tmp/man_tags" >"$tmp/man_options"
[ -s "$tmp/man_options" ] || fail "found no option in the OPTIONS section of $man"

awk -F'\t' '$1 == "COMMANDS" { split($2, w, /[ "]+/); print (w[1] != "" ? w[1] : w[2]) }' \
    "$tmp/man_tags" | sort -u >"$tmp/man_commands"

# Every option named anywhere in the page (synopsis, prose, examples).
grep -oE '(^|[^A-Za-z0-9_-])--[A-Za-z0-9][A-Za-z0-9-]*' "$tmp/man.txt" | sed -E 's/^[^-]+//' >"$tmp/man_mentions" || true
grep -oE '(^|[][ ,(|"])-[A-Za-z?]([] ,)|"]|$)' "$tmp/man.txt" | sed -E 's/^[^-]*//; s/[] ,)|"]$//' >>"$tmp/man_mentions" || true
sort -u -o "$tmp/man_mentions" "$tmp/man_mentions"

# ---- Compare ----------------------------------------------------------------------------------
problems=()
while read -r name value; do
    documented=$(awk -v n="$name" '$1 == n { print $2; exit }' "$tmp/man_options")
    if [ -z "$documented" ]; then
        problems+=("option $name is in --help but not documented in the OPTIONS section of the man page")
    elif [ "$documented" != "$value" ]; then
        if [ "$value" = 1 ]; then
            problems+=("option $name takes an argument in --help, but its man page entry shows none")
        else
            problems+=("option $name takes no argument in --help, but its man page entry shows one")
        fi
    fi
done <"$tmp/help_options"

while read -r name; do
    awk -v n="$name" '$1 == n { found = 1 } END { exit !found }' "$tmp/help_options" \
        || problems+=("option $name is named in the man page but does not exist in --help")
done < <(cut -d' ' -f1 "$tmp/man_options" | cat - "$tmp/man_mentions" | sort -u)

while read -r c; do
    grep -qx "$c" "$tmp/man_commands" || problems+=("command '$c' is not documented in the COMMANDS section of the man page")
done <"$tmp/help_commands"
while read -r c; do
    grep -qx "$c" "$tmp/help_commands" || problems+=("command '$c' is documented in the man page but is not a command of --help")
done <"$tmp/man_commands"

# Feed formats: the man page lists the ones --help names ("Feed format for import: auto, ndjson, …").
# The entry may wrap onto continuation lines: join them first.
formats=$(awk '/^ +--format / { on = 1; text = $0; next }
               on && /^ +[^ -]/ { text = text " " $0; next }
               on { exit }
               END { print text }' "$tmp/help.txt" \
          | tr -s ' ' | sed -nE 's/.*Feed format for import: ([^.]*)\..*/\1/p')
if [ -n "$formats" ]; then
    for f in ${formats//,/ }; do
        grep -qE "(^|[^A-Za-z0-9_-])$f([^A-Za-z0-9_-]|\$)" "$tmp/man.txt" \
            || problems+=("feed format '$f' of --help is not named in the man page (see --format)")
    done
else
    echo "tst_manpage: note: no 'Feed format for import:' line in --help; the list of formats is not compared"
fi

# The version: `outagedash 0.1.0 (Qt 6.4.2, SQLite 3.40.1)` and `.TH ... "outagedash 0.1.0" ...`.
grep -qE '^outagedash [0-9]+\.[0-9]+\.[0-9]+ \(Qt [0-9.]+, SQLite [0-9.]+\)$' "$tmp/version.txt" \
    || problems+=("unexpected --version output: $(cat "$tmp/version.txt")")
version=$(awk 'NR == 1 { print $2 }' "$tmp/version.txt")
th_version=$(sed -nE 's/^\.TH +[^ ]+ +[^ ]+ +"[^"]*" +"outagedash ([^"]+)".*/\1/p' "$man")
[ "$th_version" = "$version" ] || problems+=("the man page's .TH line says version '$th_version', --version says '$version'")

# groff: no warnings (-ww), output discarded (-z).
groff -man -ww -z -Tutf8 "$man" >"$tmp/groff.txt" 2>&1 || problems+=("groff failed: $(cat "$tmp/groff.txt")")
[ ! -s "$tmp/groff.txt" ] || problems+=("groff warns: $(cat "$tmp/groff.txt")")

if [ ${#problems[@]} -gt 0 ]; then
    printf 'tst_manpage: FAIL: %s\n' "${problems[@]}" >&2
    exit 1
fi
echo "tst_manpage: PASS: $(wc -l <"$tmp/help_options") options and $(wc -l <"$tmp/help_commands") commands of --help are in $man; version $version"
