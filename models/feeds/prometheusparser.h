// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>

// Prometheus HTTP API query results (GET/POST /api/v1/query_range, and /api/v1/query):
// every series becomes health samples of one service. The series' value is read as an
// availability, so the query should yield one (e.g. `up`, or an SLI ratio such as
// sum(rate(ok[5m])) / sum(rate(all[5m]))). A bad point becomes a Reject naming it
// ("result[1].values[2]"); the good points around it are kept.
class PrometheusParser final {
public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    // True when the first bytes look like a Prometheus API envelope.
    static bool looksLike(QByteArrayView head);
};
