#pragma once

#include "servicestate.h"

#include <QString>

// How a reported state counts against availability when a service has no measured
// samples at that time. Explicit and printed wherever a figure is shown.
struct CountingMethod {
    double operational = 1.0;
    double maintenance = 1.0;   // planned work does not count as failure by default
    double degraded = 0.9;
    double partialOutage = 0.5;
    double majorOutage = 0.0;
    // Unknown keeps the last known availability (a feed going quiet is not an outage,
    // and not a recovery either); a negative value here means "keep last known".
    double unknown = -1.0;

    double availabilityFor(ServiceState state, double lastKnown) const;
    QString describe() const;   // one translated sentence for screens and reports
    bool operator==(const CountingMethod &) const = default;
};
