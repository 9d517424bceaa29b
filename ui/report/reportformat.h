// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/incidentanalysis.h"
#include "report/reportpagewriter.h"

#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>

// What every report section formats the same way: fonts, counts, chart areas, milestones.
namespace ReportFormat {
// A Latin face first, then one with Hangul: Korean notes from the feeds must print as
// text, not boxes. "Noto Sans" is absent on some systems; the CJK face covers Latin too.
QStringList fontFamilies();
// Counts read better grouped (47,637,000); the C locale omits the separator by default.
QLocale numberLocale();
QString count(double value);
QString dash();
// A chart area: keeps its space on one page.
QRectF chartArea(ReportPageWriter &w, qreal height);
// Says on the page that a chart could not be drawn (no QApplication).
void noWidgets(ReportPageWriter &w, const QRectF &target);
// First partial, 50 %, 90 % and full recovery: clock time in the zone, duration under it.
ReportTable milestoneTable(const IncidentAnalysis &analysis);
} // namespace ReportFormat
