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

void ReportRenderer::layoutMilestones(ReportPageWriter &w) const
{
    if (!m_analysis.isValid())
        return;
    w.heading(tr("Recovery milestones"));
    w.table(milestoneTable(m_analysis));
    w.advance(w.pt(4));
    // Every template lays the milestones out: the communication table follows them in each.
    layoutCommunication(w);
}
