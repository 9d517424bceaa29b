// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>

// Grafana alert webhooks, told apart by their content:
//  - unified alerting (Grafana 9 to 11: "orgId", "alerts[].values", "valueString", "title",
//    "state"): each alert is read as an Alertmanager alert (AlertReader), its query values kept;
//  - the legacy webhook (Grafana 4 to 8 dashboard alerts: "ruleName", "evalMatches", "state"):
//    one state of the service its tags name (the mapping's label, then "job"), else the rule's
//    name. "alerting" is a state from tags.severity, "ok" is operational, "no_data", "pending"
//    and "paused" are Unknown with the word kept. The payload has no time of its own, so the
//    state is stamped ParseOptions::documentTime (a file's modification time), else the time
//    it was received; a legacy payload re-sent later is therefore a new report.
// Services come through the mapping as Alertmanager's do. A bad alert becomes a Reject naming
// its path ("alerts[1].startsAt") and byte offset; the alerts around it are kept.
class GrafanaParser final {
    Q_DECLARE_TR_FUNCTIONS(GrafanaParser)

public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    // True when the first bytes look like a Grafana webhook of either kind.
    static bool looksLike(QByteArrayView head);
    // True for a parsed document that is a Grafana webhook of either kind.
    static bool isGrafana(const QJsonObject &root);
};
