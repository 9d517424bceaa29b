// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct BenchResult;

// Ingest: the native NDJSON import, parse included, against a raw prepared-statement
// insert of the same rows into the same schema, in the same run.
namespace IngestBench {
QList<BenchResult> run(const QString &workDir, qint64 samplesPerService, int services, int repeats);
}
