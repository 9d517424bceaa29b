// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/parseoptions.h"

#include <QByteArrayView>
#include <QStringList>

// CSV (RFC 4180) with a header row whose column names are the native record fields of
// docs/feed-format.md ("type,time,service,availability"). Every row is turned into the JSON
// object an NDJSON line would hold and read by the same record logic, so the validation and
// the reject reasons are the same; a reject names the line where its row starts and the
// column. Without a "type" column, rows with "availability" are samples and rows with
// "state" are state changes.
//
// A file is read in chunks (FeedImporter) as NDJSON is: cut where a row ends, every chunk after
// the first parsed under the header (ParseOptions::header), so memory stays flat in its size.
class CsvParser final {
public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    // Where the header row ends (past the blank lines before it): what later chunks are given.
    static qsizetype headerEnd(QByteArrayView data);
    // The end of the first row that ends at or after 'atLeast', reading rows from 'from' (the
    // start of a row; 0 is the file's start) as parse() does: a quoted cell may hold line breaks.
    static qsizetype rowsEnd(QByteArrayView data, qsizetype from, qsizetype atLeast);
    // True when the first line is a header of at least two known column names.
    static bool looksLike(QByteArrayView head);
    static QStringList knownColumns();
};
