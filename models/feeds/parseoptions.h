// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feedbatch.h"

#include <QHash>

#include <functional>

// How a source's own names become the dashboard's service keys: a Statuspage component
// (by id or name), an Alertmanager alert (by the value of a label), a Prometheus series
// (by a label). Unmapped names become a slug of the name ("Git Operations" → "git-operations")
// unless 'mappedOnly' is set, in which case they are rejected with the reason.
struct ServiceMapping {
    QHash<QString, QString> map; // source id or name → service key
    QString label = QStringLiteral("service"); // label naming the service (alerts, series)
    bool mappedOnly = false;

    // The service key for a thing known by 'id' and/or 'name'; empty when unmapped and mappedOnly.
    QString resolve(const QString &id, const QString &name = {}) const;
    static QString slug(const QString &text);
};

// How a parser is told where its bytes came from and how it reports progress.
// Parsers are pure: bytes in, records and rejects out; none of them knows the store.
struct ParseOptions {
    QString source; // named in every reject ("demo.ndjson", a URL...)
    TimeMs receivedAt = 0; // stamped on rejects
    qint64 firstLine = 1; // line number of the first byte (for chunked input)
    qint64 baseOffset = 0; // byte offset of the first byte (for chunked input)
    ServiceMapping mapping; // for formats that name services their own way
    // Called now and then with bytes done / total; returning false cancels the parse.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ParseResult {
    FeedBatch batch;
    bool cancelled = false;
    QString error; // set when the input as a whole could not be read
};
