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

void ReportRenderer::layoutChart(ReportPageWriter &w) const
{
    if (!m_analysis.isValid())
        return;
    const ReportStyle &s = w.style();
    // Without any user count the chart draws shares (RecoveryChartBuilder), and says so.
    const ImpactResult &r = m_analysis.result();
    w.heading(r.noUserCounts() ? tr("Share of users affected over time") : tr("People affected over time"));
    const qreal height = qMin(w.mm(100), w.content().height() * 0.5);
    w.ensureSpace(height);
    const QRectF target(w.content().left(), w.y(), w.content().width(), height);
    w.advance(height + w.pt(6));
    QPainter *painter = w.painter();
    if (!painter)
        return;
    ChartPainter::Style style;
    style.fontPointSize = 7.5;
    style.showTitle = false; // the section heading says it
    style.targetDpi = w.dpi();
    style.fontFamilies = fontFamilies();
    // QChart needs a QApplication (widgets), not just a GUI one: say so on the page.
    if (!ChartPainter::paintRecovery(*painter, target, m_analysis, Theme::light(), style)) {
        painter->setFont(s.body);
        painter->setPen(s.muted);
        painter->drawText(
            target, Qt::AlignCenter | Qt::TextWordWrap, tr("The chart needs a QApplication and was left out."));
    }
}
