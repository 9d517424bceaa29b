// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>
#include <QCoreApplication>

// Prometheus HTTP API query results (GET/POST /api/v1/query_range, and /api/v1/query):
// every series becomes health samples of one service. The values are read on the scale the
// source declares (ServiceMapping::scale: ratio by default, percent or probe), never guessed,
// so the query should yield an availability on it (`up`, probe_success, or an SLI ratio such
// as sum(rate(ok[5m])) / sum(rate(all[5m]))). A response none of whose values fits is refused
// whole with how to declare a scale. A bad point becomes a Reject naming it
// ("result[1].values[2]"), its series, time and byte offset; the good points around it are kept.
class PrometheusParser final {
    Q_DECLARE_TR_FUNCTIONS(PrometheusParser)

public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    // True when the first bytes look like a Prometheus API envelope.
    static bool looksLike(QByteArrayView head);
};
