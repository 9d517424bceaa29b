// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/syntheticdata.h"

#include <QList>
#include <QString>

struct BenchResult;
class DashboardSession;

// The recovery chart's frames on a large store (#23, points 1, 5 and 6): zooms from the whole
// range to one minute, each run on a provider that has read nothing yet (so every zoom to a new
// level times the frame that asks for the read, and then the refined frame), beside QtCharts
// drawing the same decimated points and QtCharts drawing the full series; then live appends.
// Every row gives the median and the worst over 'runs' runs, with the machine's load.
namespace ChartFrames {
QList<BenchResult> run(
    DashboardSession &session, const QString &storePath, const SyntheticData::Options &data, int repeats, int runs);
} // namespace ChartFrames
