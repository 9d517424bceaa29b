// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feedbatch.h"

#include <QHash>

#include <functional>

// What the numbers of a source that sends bare values (Prometheus) are: declared by the source
// ("scale" in sources.json, import --scale), never guessed from the values. Undeclared reads
// as Ratio, but a response none of whose values is a ratio is refused with how to declare one.
enum class ValueScale {
    Undeclared,
    Ratio, // 0..1, the share of the function that works
    Percent, // 0..100
    Probe, // 0 or 1 only: a probe that failed or succeeded
};

namespace ValueScales {
QStringList names(); // ratio, percent, probe
QString name(ValueScale scale); // "ratio" for Undeclared too
std::optional<ValueScale> fromName(QStringView name);
} // namespace ValueScales

// How a source's own names become the dashboard's service keys: a Statuspage component
// (by id or name), an Alertmanager alert (by the value of a label), a Prometheus series
// (by a label). Unmapped names become a slug of the name ("Git Operations" → "git-operations")
// unless 'mappedOnly' is set, in which case they are rejected with the reason.
struct ServiceMapping {
    QHash<QString, QString> map; // source id or name → service key
    QString label = QStringLiteral("service"); // label naming the service (alerts, series)
    bool mappedOnly = false;
    // Carried with the mapping so that every path that hands a source's mapping to a parser
    // (import, pollers, followers, webhooks) hands its scale too.
    ValueScale scale = ValueScale::Undeclared;

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
    // For chunked input of a format with a header row (CSV): the file's bytes up to the end of
    // that row, which every chunk after the first is read under. Empty: the data has its own.
    QByteArrayView header;
    ServiceMapping mapping; // for formats that name services their own way
    // When the payload was made, for formats that carry no time of their own (Grafana's legacy
    // webhook): a file's modification time on import. Unset: receivedAt, the time it came in.
    std::optional<TimeMs> documentTime;
    // Called now and then with bytes done / total; returning false cancels the parse.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ParseResult {
    FeedBatch batch;
    bool cancelled = false;
    QString error; // set when the input as a whole could not be read
};
