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

// What if: the recorded people-hours against a scenario's, per service and in total.
void ReportRenderer::layoutScenario(ReportPageWriter &w) const
{
    const ScenarioAnalysis *what = m_options.scenario;
    if (!what)
        return;
    const ReportStyle &s = w.style();
    w.heading(tr("What if: %1").arg(what->scenario().name));
    if (!what->scenario().description.isEmpty())
        w.paragraph(what->scenario().description, s.body, s.text, w.pt(4));
    if (!what->isValid()) {
        w.paragraph(tr("The scenario could not be computed: %1").arg(what->error()), s.bodyBold, s.text, w.pt(4));
        return;
    }
    const ScenarioRow &t = what->total();
    w.paragraph(
        tr("With %1, %2 people-hours (%3 %) would have been saved.")
            .arg(what->scenario().name, count(t.savedHours()), numberLocale().toString(t.savedPercent(), 'f', 1)),
        s.bodyBold, s.text, w.pt(6));
    ReportTable table;
    table.columns = {
        {tr("Service"), 0.31, Qt::AlignLeft},
        {tr("People-hours recorded"), 0.23, Qt::AlignRight},
        {tr("With the scenario"), 0.23, Qt::AlignRight},
        {tr("Saved"), 0.23, Qt::AlignRight},
    };
    for (const ScenarioRow &r : what->rows())
        table.rows.append(
            {{{r.name, {}}, {count(r.recordedHours), {}}, {count(r.scenarioHours), {}}, {count(r.savedHours()), {}}},
                false});
    table.rows.append({{{tr("All services"), {}}, {count(t.recordedHours), {}}, {count(t.scenarioHours), {}},
                           {count(t.savedHours()), {}}},
        true});
    table.footnote = tr("The same engine on the recorded data with the scenario's changes applied; "
                        "the recorded data are unchanged.");
    w.table(table);
    w.advance(w.pt(4));
}
