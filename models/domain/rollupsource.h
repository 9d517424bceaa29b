// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/samplerollup.h"

#include <QList>
#include <QString>
#include <optional>

// What the series provider reads: rollup buckets and raw sample values. The store implements
// it (RollupReader: SQLite's C API or QtSql), so the provider and the charts never see SQL or a
// connection. Use an instance on the thread that made it.
class RollupSource {
public:
    virtual ~RollupSource() = default;

    struct Value {
        TimeMs time = 0;
        double availability = 0;
    };
    // One service's buckets at one level whose start lies in [bucketStart(from), to], by time.
    // 'withService' false leaves RollupBucket::service empty (caches keep a list per service).
    virtual QList<RollupBucket> buckets(
        const QString &service, int levelSec, TimeMs from, TimeMs to, bool withService = true)
        = 0;
    // Every service's buckets at one level, ordered by service, then time.
    virtual QList<RollupBucket> allBuckets(int levelSec, TimeMs from, TimeMs to) = 0;
    // Stored samples of one service in [from, to], by time.
    virtual QList<Value> samples(const QString &service, TimeMs from, TimeMs to) = 0;
    // The last sample before 'time': the value in force when a window opens.
    virtual std::optional<Value> sampleBefore(const QString &service, TimeMs time) = 0;
    virtual QString lastError() const = 0;
};
