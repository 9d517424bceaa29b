// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>
#include <QJsonObject>

// The native feed format: one JSON object per line with a "type" field
// (service, dependency, sample, state, incident, update, annotation).
// Specified in docs/feed-format.md. A bad line becomes a Reject naming the
// line, byte offset, field and reason; the good lines around it are kept.
class NdjsonParser final {
public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    // Parses exactly one line (no trailing newline). Appends to 'into'.
    static void parseLine(
        QByteArrayView line, qint64 lineNumber, qint64 offset, const ParseOptions &options, FeedBatch &into);
    // The record logic without the JSON text: other formats (CSV) build an object per record
    // and get the same validation and reject reasons. 'raw' is what the reject keeps (cut to
    // 512 bytes); 'lineNumber' and 'offset' are where the record starts in the feed.
    static void parseObject(const QJsonObject &object, QByteArrayView raw, qint64 lineNumber, qint64 offset,
        const ParseOptions &options, FeedBatch &into);
};
