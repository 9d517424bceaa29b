// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>
#include <QCoreApplication>

// Atlassian Statuspage public API v2 (and incident.io's compatible pages): summary.json,
// status.json, components.json, incidents.json, scheduled-maintenances.json and the
// component_update / incident webhooks. Components become state changes, incidents and
// scheduled maintenances become incidents with their updates, and every component
// transition inside an update becomes a state change. Services are never emitted: how many
// people rely on a component is the operator's knowledge, not the status page's.
// One bad item (a component, an incident, an update) becomes a Reject naming its path,
// e.g. "incidents[2].incident_updates[0].display_at"; the items around it are kept.
class StatuspageParser final {
    Q_DECLARE_TR_FUNCTIONS(StatuspageParser)

public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    // True when the first bytes look like a Statuspage document or webhook.
    static bool looksLike(QByteArrayView head);
};
