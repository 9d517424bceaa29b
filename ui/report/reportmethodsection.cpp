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

void ReportRenderer::layoutMethod(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    w.heading(tr("Counting method"));
    w.paragraph(m_analysis.method().describe(), s.body, s.text, w.pt(8));

    // The user counts decide every figure above; say where each comes from.
    ReportTable table;
    table.columns = {
        {tr("Service"), 0.25, Qt::AlignLeft},
        {tr("Users"), 0.13, Qt::AlignRight},
        {tr("Where the user count comes from"), 0.62, Qt::AlignLeft},
    };
    for (const Service &def : m_analysis.services())
        table.rows.append({{{def.name.isEmpty() ? def.key : def.name, {}},
                               {def.users ? count(double(*def.users)) : tr("unknown"), {}},
                               {def.note.isEmpty() ? dash() : def.note, {}}},
            false});
    if (!table.rows.isEmpty())
        w.table(table);
}
