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

void ReportRenderer::layoutComparison(ReportPageWriter &w) const
{
    const IncidentAnalysis *other = m_options.compare;
    if (!other || !m_analysis.isValid())
        return;
    const ReportStyle &s = w.style();
    const auto name = [](const IncidentAnalysis &a) { return CompareChartBuilder::seriesName(a); };
    w.heading(tr("Comparison with %1").arg(name(*other)));
    if (!other->isValid()) {
        w.paragraph(tr("The figures of %1 could not be computed: %2").arg(name(*other), other->error()), s.bodyBold,
            s.text, w.pt(4));
        return;
    }
    const ImpactResult &a = m_analysis.result();
    const ImpactResult &b = other->result();
    // A corpus outage rarely publishes its users: then both are drawn as the share of their
    // services failing, and the people figures of the side that has none are not printed.
    if (CompareChartBuilder::measureFor(m_analysis, *other) == CompareChartBuilder::Measure::People)
        w.paragraph(tr("Total people affected, each incident against the time since its own start. %1: peak %2, "
                       "%3 people-hours. %4: peak %5, %6 people-hours.")
                        .arg(name(m_analysis), count(a.peakTotal), count(a.peopleHoursTotal), name(*other),
                            count(b.peakTotal), count(b.peopleHoursTotal)),
            s.body, s.text, w.pt(4));
    else
        w.paragraph(tr("The mean share of each incident's services failing, against the time since its own start."),
            s.body, s.text, w.pt(4));
    w.paragraph(CompareChartBuilder::scaleNote(m_analysis, *other), s.body, s.muted, w.pt(4));
    const QRectF target = chartArea(w, qMin(w.mm(85), w.content().height() * 0.5));
    if (QPainter *painter = w.painter()) {
        if (!ChartPainter::canPaint()) {
            noWidgets(w, target);
        } else {
            ChartPainter::Style style;
            style.fontPointSize = 7.5;
            style.showTitle = false;
            style.targetDpi = w.dpi();
            style.fontFamilies = fontFamilies();
            ChartPainter::paintCompare(*painter, target, m_analysis, *other, Theme::light(), style);
        }
    }
    // Each table's caption stays with its header and first rows.
    w.ensureSpace(w.mm(40));
    w.paragraph(name(m_analysis), s.bodyBold, s.text, w.pt(4));
    w.table(milestoneTable(m_analysis));
    w.advance(w.pt(8));
    w.ensureSpace(w.mm(40));
    w.paragraph(name(*other), s.bodyBold, s.text, w.pt(4));
    w.table(milestoneTable(*other));
    w.advance(w.pt(4));
}
