#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The arrows of docs/architecture.md, kept by a test:
#  - what each wing links, all the way down (BUILD_DIR/wing-links.txt, written at configure time):
#    domain, feeds and impact link no Sql, Network or Widgets; no models wing links Widgets or Charts;
#  - no file outside ui/charts/ includes a QtCharts header;
#  - no file under ui/ includes a store header (widgets reach the store through DashboardSession);
#  - domain/, feeds/ and impact/ include nothing of store/, ingest/, session/ or SQL and network.
#   tests/tst_layering.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="${1:?usage: tst_layering.sh SOURCE_DIR BUILD_DIR}"
build="${2:?usage: tst_layering.sh SOURCE_DIR BUILD_DIR}"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

links="$build/wing-links.txt"
[ -s "$links" ] || { echo "FAIL: $links missing: configure the build first" >&2; exit 1; }
while read -r wing deps; do
    wing=${wing%:}
    case "$wing" in
        outagedash_domain|outagedash_feeds|outagedash_impact) forbidden='Qt6::(Sql|Network|HttpServer|Widgets|Gui|Charts)' ;;
        outagedash_store|outagedash_series|outagedash_itemmodels|outagedash_ingest|outagedash_session) forbidden='Qt6::(Widgets|Charts)' ;;
        outagedash_uicommon|outagedash_dialogs|outagedash_wall|outagedash_report) forbidden='outagedash_store_never' ;;
        *) continue ;;
    esac
    bad=$(tr ' ' '\n' <<<"$deps" | grep -E "^($forbidden)$" || true)
    [ -z "$bad" ] || fail "$wing links $(echo $bad)"
    echo "$wing links: $deps"
done <"$links"

cd "$src"
charts=$(grep -rlE '#include <(QtCharts/|QChart|QChartView|QLineSeries|QValueAxis|QDateTimeAxis|QLogValueAxis|QAreaSeries|QScatterSeries|QLegend|QAbstractAxis|QAbstractSeries|QXYSeries|QCategoryAxis)' \
    --include='*.cpp' --include='*.h' models ui app | grep -v '^ui/charts/' || true)
[ -z "$charts" ] || fail "QtCharts included outside ui/charts/: $(echo $charts)"
store=$(grep -rlE '#include "store/' --include='*.cpp' --include='*.h' ui || true)
[ -z "$store" ] || fail "ui/ includes a store header: $(echo $store)"
lower=$(grep -rnE '#include ("(store|ingest|session|series|itemmodels)/|<QSql|<QNetwork|<QTcp|<QHttp|<QWidget|<QColor|<QPainter)' \
    models/domain models/feeds models/impact || true)
[ -z "$lower" ] || fail "domain/feeds/impact include what lies above them: $lower"

[ "$failures" -eq 0 ] || exit 1
echo "layers kept"
