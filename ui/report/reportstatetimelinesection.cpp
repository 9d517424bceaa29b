// SPDX-License-Identifier: GPL-3.0-or-later
// One section of the report (ReportRenderer::layout orders them).
#include "report/reportrenderer.h"

#include "charts/chartpainter.h"
#include "charts/comparechartbuilder.h"
#include "charts/dependencyview.h"
#include "charts/statetimelinechart.h"
#include "common/theme.h"
#include "common/timeaxisticks.h"
#include "report/reportformat.h"
#include "report/reportpagewriter.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>

using namespace ReportFormat;

void ReportRenderer::layoutStateTimeline(ReportPageWriter &w) const
{
    if (!m_analysis.isValid())
        return;
    w.heading(tr("Service states over time"));
    const qreal height = qMin(w.mm(30) + w.mm(11) * m_analysis.services().size(), w.content().height() * 0.6);
    const QRectF target = chartArea(w, height);
    QPainter *painter = w.painter();
    if (!painter)
        return;
    if (!ChartPainter::canPaint())
        return noWidgets(w, target);
    painter->save();
    painter->setFont(w.style().small);
    StateTimelineChart::render(
        *painter, target, m_analysis, m_snapshot, Theme::light(), m_analysis.windowStart(), m_analysis.windowEnd());
    painter->restore();
}
