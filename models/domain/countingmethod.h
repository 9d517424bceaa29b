// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/servicestate.h"

#include <QString>

// How a reported state counts against availability when a service has no measured
// samples at that time. Explicit and printed wherever a figure is shown.
struct CountingMethod {
    double operational = 1.0;
    double maintenance = 1.0; // planned work does not count as failure by default
    double degraded = 0.9;
    double partialOutage = 0.5;
    double majorOutage = 0.0;
    // Unknown keeps the last known availability (a feed going quiet is not an outage,
    // and not a recovery either); a negative value here means "keep last known".
    double unknown = -1.0;

    double availabilityFor(ServiceState state, double lastKnown) const;
    QString describe() const; // one translated sentence for screens and reports

    // "degraded=0.9,partial=0.5,major=0,maintenance=1,unknown=last": availability per state
    // (0 to 1), "last" (unknown only) keeping the last known one. Keys not given keep their
    // default; state aliases of the feeds are taken too ("partial_outage", "down"). On a bad
    // spec *error names the bad key or value and the default method is returned; on success
    // *error is cleared.
    static CountingMethod fromString(const QString &spec, QString *error);
    // The spec fromString reads back to this method; operational is listed only when not 1.
    QString toString() const;
    bool operator==(const CountingMethod &) const = default;
};
