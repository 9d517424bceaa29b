// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/timelinestore.h"

// The suites look at the rows themselves (PRAGMAs, counts, rollup tables): the store gives its
// connection to this class only, so no program code can reach around the store's interface.
class TimelineStoreTestAccess final {
public:
    static QSqlDatabase database(const TimelineStore &store) { return store.database(); }
};
