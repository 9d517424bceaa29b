// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/samplerollup.h"

#include <QSqlDatabase>

// Reads the sample_rollups table, and rebuilds it from the samples for databases
// made before rollups existed.
class RollupTable final {
public:
    static QList<RollupBucket> read(
        const QSqlDatabase &db, const QString &service, int levelSec, TimeMs from, TimeMs to);
    // Every service's buckets at one level, time-ordered per service.
    static QList<RollupBucket> readAll(const QSqlDatabase &db, int levelSec, TimeMs from, TimeMs to);
    // Each service's first and last sample, from its day buckets (a few hundred rows however
    // large the store; a seek per service), services in key order.
    struct ServiceSpan {
        QString service;
        TimeMs first, last;
    };
    static QList<ServiceSpan> serviceSpans(const QSqlDatabase &db);
    static bool rebuild(const QSqlDatabase &db, QString *error);
};
