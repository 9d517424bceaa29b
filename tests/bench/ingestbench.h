// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct BenchResult;

// Ingest: the native NDJSON import, parse included, against a raw prepared-statement
// insert of the same rows into the same schema, in the same run; CSV of the same rows against
// NDJSON, and the peak memory of a CSV import at two sizes.
namespace IngestBench {
QList<BenchResult> run(const QString &workDir, qint64 samplesPerService, int services, int repeats);
// `outagedash_bench --peak-import FEED DB FORMAT`: imports FEED into a new store in this process
// and prints its peak resident memory (VmHWM, KiB); run() runs it as a child.
int peakImportChild(const QString &feed, const QString &db, const QString &format);
} // namespace IngestBench
