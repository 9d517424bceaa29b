// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct BenchResult;

// Charts, live appends, start-up and the report on a large store.
namespace ChartBench {
// 'keptStore': a file to fill once and reuse on later runs; empty fills a fresh one in workDir.
QList<BenchResult> run(
    const QString &workDir, qint64 samplesPerService, int services, int repeats, const QString &keptStore = {});
} // namespace ChartBench
