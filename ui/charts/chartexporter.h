// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"

#include <QSize>
#include <QString>
#include <QStringList>

// Saves a chart as PNG (QImage) or SVG (QSvgGenerator, vector): the same render() code the
// dashboard and the PDF report use. The format follows the file's suffix.
class ChartExporter final {
public:
    enum class Chart { Recovery, StateTimeline, Dependencies };

    static QStringList chartNames(); // translated, in the order of Chart
    static bool save(Chart chart, const QString &path, const IncidentAnalysis &analysis,
        const TimelineSnapshot &snapshot, const Theme &theme, QSize size, QString *error,
        TimeMs at = 0); // Dependencies: the time shown; 0 = DependencyView::peakAt
};
