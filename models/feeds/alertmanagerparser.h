// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>

// Prometheus Alertmanager webhook payloads (version "4"). Each alert becomes one state
// change of the service named by the mapping's label (falling back to "job", then
// "alertname"): a firing alert at startsAt with a state from its "severity" label, a
// resolved alert Operational at endsAt. Labels, annotations and fingerprint are kept as
// compact JSON in the message. Grafana-managed alert payloads look alike but are refused
// as a whole. One bad alert becomes a Reject naming e.g. "alerts[1].startsAt".
class AlertmanagerParser final {
public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    // True when the first bytes look like an Alertmanager (or Grafana look-alike) payload.
    static bool looksLike(QByteArrayView head);
};
