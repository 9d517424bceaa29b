// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QSqlDatabase>

// Reads the record_ranges table (written by BatchWriter beside derived samples and states) back
// onto the records it belongs to. A few rows at most per incident: read whole, matched by key.
class RangeTable final {
public:
    // Sets earliest/latest (and, for samples, the value bounds) of every record that has a range.
    // Records without one are left as they are. Returns false when the table cannot be read.
    static bool attach(const QSqlDatabase &db, QList<HealthSample> &samples, QList<StateChange> &states);
};
