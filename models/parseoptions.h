#pragma once

#include "feedbatch.h"

#include <functional>

// How a parser is told where its bytes came from and how it reports progress.
// Parsers are pure: bytes in, records and rejects out; none of them knows the store.
struct ParseOptions {
    QString source;                 // named in every reject ("demo.ndjson", a URL...)
    TimeMs receivedAt = 0;          // stamped on rejects
    qint64 firstLine = 1;           // line number of the first byte (for chunked input)
    qint64 baseOffset = 0;          // byte offset of the first byte (for chunked input)
    // Called now and then with bytes done / total; returning false cancels the parse.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ParseResult {
    FeedBatch batch;
    bool cancelled = false;
    QString error;                  // set when the input as a whole could not be read
};
