// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QHash>
#include <QList>
#include <QString>
#include <array>

// Per-bucket aggregates of health samples at several resolutions, kept current on
// ingest, so a chart over a year reads a few thousand buckets instead of millions of
// rows. first/last keep the M4 shape (first, min, max, last) of every bucket.
struct RollupBucket {
    QString service;
    int levelSec = 0;
    TimeMs bucket = 0; // bucket start, ms
    qint64 count = 0;
    double sum = 0;
    double min = 0;
    double max = 0;
    TimeMs firstTime = 0;
    double firstValue = 0;
    TimeMs lastTime = 0;
    double lastValue = 0;

    double average() const { return count > 0 ? sum / double(count) : 0.0; }
    void add(TimeMs time, double value);
    void merge(const RollupBucket &other);
};

class SampleRollup final {
public:
    static constexpr std::array<int, 5> kLevelsSec = {10, 60, 600, 3600, 86400};

    // Coarsest level that still gives at least one bucket per pixel over the span;
    // 0 means "read raw samples" (the span is too short for any level).
    static int levelFor(TimeMs span, int pixels);
    static TimeMs bucketStart(TimeMs time, int levelSec);

    // Accumulates newly stored samples; takePending() hands over the buckets to upsert.
    void add(const QString &service, TimeMs time, double value);
    QList<RollupBucket> takePending();
    bool isEmpty() const { return m_current.isEmpty() && m_pending.isEmpty(); }

private:
    // The open bucket per service and level: samples mostly arrive in time order, so a
    // bucket is only flushed when the next sample leaves it.
    QHash<QString, std::array<RollupBucket, kLevelsSec.size()>> m_current;
    QList<RollupBucket> m_pending;
    // The last service's buckets: consecutive samples of one service skip the hash lookup.
    QString m_lastService;
    std::array<RollupBucket, kLevelsSec.size()> *m_last = nullptr;
};
