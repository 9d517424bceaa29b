// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>
#include <QCoreApplication>

// Google Cloud's status feed, https://status.cloud.google.com/incidents.json: an array of
// incidents, each with its affected products, its updates and the most recent one again.
// Every incident becomes an Incident (external_desc as title, begin, created as detected,
// end as resolved, severity low/medium/high as minor/major/critical) with one IncidentUpdate
// per update, and the products it names become services (through the mapping, by product id
// or title) with states: the incident's status_impact from begin, each update's status from
// its time, operational from end. SERVICE_OUTAGE is a major outage, SERVICE_DISRUPTION a
// partial one, SERVICE_INFORMATION degraded, AVAILABLE operational.
// A bad incident or update becomes a Reject naming its path ("[3].updates[0].when") and byte
// offset; the ones around it are kept.
class GoogleCloudParser final {
    Q_DECLARE_TR_FUNCTIONS(GoogleCloudParser)

public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    static bool looksLike(QByteArrayView head);
    // The state a status word of the feed stands for; Unknown for a word it does not document.
    static ServiceState stateOf(QStringView status);
};
