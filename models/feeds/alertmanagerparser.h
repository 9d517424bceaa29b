// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>
#include <QCoreApplication>

// Prometheus Alertmanager webhook payloads (version "4"). Each alert becomes one state
// change, read by AlertReader (keyed by its fingerprint). Grafana-managed alert payloads
// look alike; they are handed to GrafanaParser. One bad alert becomes a Reject naming e.g.
// "alerts[1].startsAt" and its byte offset; the alerts around it are kept.
class AlertmanagerParser final {
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerParser)

public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    // True when the first bytes look like an Alertmanager payload (Grafana's look-alike too;
    // FeedFormat::detect asks GrafanaParser first).
    static bool looksLike(QByteArrayView head);
};
