#pragma once

#include "parseoptions.h"

#include <QByteArrayView>

// The native feed format: one JSON object per line with a "type" field
// (service, dependency, sample, state, incident, update, annotation).
// Specified in docs/feed-format.md. A bad line becomes a Reject naming the
// line, byte offset, field and reason; the good lines around it are kept.
class NdjsonParser final
{
public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    // Parses exactly one line (no trailing newline). Appends to 'into'.
    static void parseLine(QByteArrayView line, qint64 lineNumber, qint64 offset,
                          const ParseOptions &options, FeedBatch &into);
};
