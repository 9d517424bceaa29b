// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storefault.h"

#include "feeds/feedformat.h"

#include <QMetaType>
#include <atomic>

class TimelineStore;

struct ImportResult {
    QString source;
    qint64 records = 0; // records parsed
    qint64 inserted = 0; // new or changed rows
    qint64 unchanged = 0; // already stored (re-import)
    qint64 rejected = 0;
    QList<Reject> firstRejects; // up to 100, for messages
    bool cancelled = false;
    QString error; // the import stopped: unreadable file, unknown format, store failure
    StoreFault fault = StoreFault::None; // with a store failure: which kind (Locked is retried)
    bool ok() const { return error.isEmpty() && !cancelled; }
};
Q_DECLARE_METATYPE(ImportResult)

// Reads a file, parses it in chunks and writes each chunk in its own transaction, so
// memory stays bounded and an interrupted import leaves only whole chunks behind.
// Runs on whatever thread owns the store (the ingest worker's, or the CLI's).
class FeedImporter final {
public:
    static constexpr qint64 kChunkBytes = 4 * 1024 * 1024;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // 'mapping' names the services and declares the scale of the values (import --scale); a
    // file's modification time stands in for formats that carry no time of their own.
    static ImportResult importFile(TimelineStore &store, const QString &path, FeedFormat::Kind kind,
        const Progress &progress = {}, const std::atomic_bool *cancel = nullptr, const ServiceMapping &mapping = {});
    static ImportResult importData(TimelineStore &store, QByteArrayView data, const QString &source,
        FeedFormat::Kind kind, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr,
        const ServiceMapping &mapping = {}, std::optional<TimeMs> documentTime = std::nullopt);
};
