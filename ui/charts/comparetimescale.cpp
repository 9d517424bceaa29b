// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/comparetimescale.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace CompareTimeScale {

qint64 spanMs(const IncidentAnalysis &analysis)
{
    if (!analysis.isValid())
        return 0;
    const auto &incident = analysis.incident();
    const TimeMs end = incident && incident->resolved ? *incident->resolved : analysis.windowEnd();
    return qMax<qint64>(end - analysis.origin(), 60'000);
}

double spanRatio(qint64 spanA, qint64 spanB)
{
    const qint64 shorter = qMin(spanA, spanB), longer = qMax(spanA, spanB);
    if (shorter <= 0)
        return longer > 0 ? std::numeric_limits<double>::infinity() : 1.0;
    return double(longer) / double(shorter);
}

bool useLogarithmic(qint64 spanA, qint64 spanB)
{
    // Only two real spans: an empty side has nothing to squeeze.
    return spanA > 0 && spanB > 0 && spanRatio(spanA, spanB) >= kLogRatio;
}

bool useLogarithmic(const IncidentAnalysis &a, const IncidentAnalysis &b)
{
    return useLogarithmic(spanMs(a), spanMs(b));
}

QString durationLabel(double minutes)
{
    const QLocale locale;
    if (minutes < 60.0)
        return QCoreApplication::translate("CompareChart", "%1 min").arg(locale.toString(qRound(minutes)));
    const double hours = minutes / 60.0;
    return QCoreApplication::translate("CompareChart", "%1 h").arg(locale.toString(qRound64(hours)));
}

QList<double> logTicks(double lastMinutes)
{
    QList<double> ticks;
    for (double t : {1.0, 10.0, 60.0, 600.0, 6000.0, 60000.0, 600000.0})
        if (t <= lastMinutes)
            ticks.append(t);
    return ticks;
}

} // namespace CompareTimeScale
