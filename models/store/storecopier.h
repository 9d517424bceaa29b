// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/timelinestore.h"

#include <functional>

// Copies a whole timeline from one store into another (SQLite ↔ PostgreSQL), through
// the same natural keys every import uses: running it again copies nothing twice, and a
// copy into a store that already holds data merges with it. Samples are read in pages
// in key order, so memory stays flat for a store of any size; their rollups are rebuilt
// by the destination's writer exactly as on ingest.
class StoreCopier final {
public:
    struct Result {
        qint64 read = 0; // records read from the source
        qint64 inserted = 0; // new or changed in the destination
        qint64 unchanged = 0; // already there
    };
    using Progress = std::function<void(qint64 samplesDone, qint64 samplesTotal)>;

    StoreCopier(TimelineStore &from, TimelineStore &to);
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    bool copy(Result &result, const Progress &progress = {});
    QString lastError() const { return m_error; }

private:
    bool copyReferenceData(Result &result);
    bool copySamples(Result &result, const Progress &progress);
    bool write(const FeedBatch &batch, Result &result);

    TimelineStore &m_from;
    TimelineStore &m_to;
    int m_pageSize = 50000;
    QString m_error;
};
