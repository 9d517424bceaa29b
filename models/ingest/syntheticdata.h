// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feedbatch.h"

#include <QIODevice>

class TimelineStore;

// Deterministic synthetic health data for benchmarks and `outagedash generate`: N services
// with 1 Hz availability samples, each living through one outage (a drop, a partial
// recovery with noise and spikes, then full recovery) so charts have shape at every zoom.
class SyntheticData final {
public:
    struct Options {
        int services = 4;
        qint64 samplesPerService = 1000;
        quint32 seed = 42;
        TimeMs start = 1665815400000; // 2022-10-15T06:30:00Z
        qint64 stepMs = 1000;
    };
    static QList<Service> services(const Options &o);
    // Samples [from, from + count) of service i, in time order.
    static QList<HealthSample> samples(const Options &o, int service, qint64 from, qint64 count);
    static Incident incident(const Options &o);
    // Writes everything as NDJSON (the native feed format) — the ingest benchmark's input.
    static bool writeNdjson(const Options &o, QIODevice &out);
    // Writes straight into a store in batches; progress gets (done, total) samples.
    static bool writeStore(
        const Options &o, TimelineStore &store, const std::function<void(qint64, qint64)> &progress = {});
};
