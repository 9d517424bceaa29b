#pragma once

#include <QString>

struct BenchResult;

// Charts, live appends, start-up and the report on a large store.
namespace ChartBench {
QList<BenchResult> run(const QString &workDir, qint64 samplesPerService, int services, int repeats);
}
