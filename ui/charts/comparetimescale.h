// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/incidentanalysis.h"

#include <QList>
#include <QString>

// How the Compare chart's time axis is drawn. Two incidents whose spans differ tenfold or
// more (Fastly's 49 minutes beside Kakao's 127 hours) share a logarithmic axis of time since
// each one's start: on a linear one the short incident is a sliver at the left edge. Spans
// closer than that share a linear axis in hours.
namespace CompareTimeScale {
inline constexpr double kLogRatio = 10.0;
// An incident's span: from its start (IncidentAnalysis::origin) to its resolution, or to
// the end of the data when it is open or has no incident. Never below one minute.
qint64 spanMs(const IncidentAnalysis &analysis);
// The longer span over the shorter: 1 for equal spans, infinity when one is zero.
double spanRatio(qint64 spanA, qint64 spanB);
bool useLogarithmic(qint64 spanA, qint64 spanB);
bool useLogarithmic(const IncidentAnalysis &a, const IncidentAnalysis &b);
// A tick of the logarithmic axis as a duration a reader counts in: 1 min, 10 min, 1 h, 10 h,
// 100 h, 1,000 h (translated units; the number in the locale's digits).
QString durationLabel(double minutes);
// The ticks of a logarithmic axis ending at 'lastMinutes', in minutes: 1, 10, 60, 600, 6,000,
// 60,000 for as far as the axis reaches.
QList<double> logTicks(double lastMinutes);
} // namespace CompareTimeScale
