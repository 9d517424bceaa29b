// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct BenchResult;

// Whole processes of the real `outagedash` binary: start-up from exec to the first painted frame
// at 1 M, 10 M and 100 M samples, warm and cold, with its peak memory; `summary` and `report` on
// 10 M samples against the same on the demo store.
namespace StartupBench {
// 'storeDir': where the stores are kept between runs (generated when missing); empty generates
// them in 'workDir'. 'smoke': tiny stores, one run each.
QList<BenchResult> run(const QString &workDir, const QString &storeDir, bool smoke);
// The store of 'services' × 'samplesPerService' synthetic samples (`outagedash generate`) in
// 'dir', generated there if it is missing; empty (and 'error' set) when it cannot be had.
QString keptStore(const QString &dir, qint64 samplesPerService, int services, QString *error);
} // namespace StartupBench
