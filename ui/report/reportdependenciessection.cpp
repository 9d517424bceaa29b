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

void ReportRenderer::layoutDependencies(ReportPageWriter &w) const
{
    if (!m_analysis.isValid())
        return;
    const TimeMs peak = m_analysis.result().peakTotalAt.value_or(m_analysis.origin());
    const TimeMs at = DependencyView::peakAt(m_analysis);
    const QString format = QStringLiteral("d MMM yyyy HH:mm");
    w.heading(tr("Dependencies at the peak"));
    w.paragraph(at == peak
            ? tr("Who needs whom, with the share of users a failure reaches; states and people affected as at %1.")
                  .arg(formatTime(at, format))
            : tr("Who needs whom, with the share of users a failure reaches; states and people affected as at %1, "
                 "when the most people were affected through dependencies. At the overall peak (%2) they were "
                 "affected by their own services' failures, which are counted first.")
                  .arg(formatTime(at, format), formatTime(peak, format)),
        w.style().body, w.style().muted, w.pt(4));
    const qreal height = qMin(w.mm(110), w.content().height() * 0.6);
    const QRectF target = chartArea(w, height);
    QPainter *painter = w.painter();
    if (!painter)
        return;
    if (!ChartPainter::canPaint())
        return noWidgets(w, target);
    painter->save();
    painter->setFont(w.style().small);
    DependencyView::render(*painter, target, m_analysis, m_snapshot, Theme::light(), at);
    painter->restore();
}
