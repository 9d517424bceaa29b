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
class CsvParser final {
public:
    static ParseResult parse(QByteArrayView data, const ParseOptions &options);
    // True when the first line is a header of at least two known column names.
    static bool looksLike(QByteArrayView head);
    static QStringList knownColumns();
};
