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

void ReportRenderer::layoutSummary(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    w.heading(tr("Impact by service"));
    if (!m_analysis.isValid()) {
        const QString why
            = m_analysis.error().isEmpty() ? tr("there are no services in the window") : m_analysis.error();
        w.paragraph(tr("The figures could not be computed: %1").arg(why), s.bodyBold, s.text, w.pt(4));
        return;
    }
    const ImpactResult &r = m_analysis.result();
    const TimeMs origin = m_analysis.origin();
    const auto since = [origin](const std::optional<TimeMs> &t) {
        return t ? Timestamps::formatDuration((*t - origin) / 1000) : dash();
    };

    w.figures({
        {tr("Peak people affected (sum over services)"), count(r.peakTotal)},
        {tr("People-hours lost"), count(r.peopleHoursTotal)},
        {tr("Time to full recovery"), since(r.totalMilestones.full)},
    });
    w.advance(w.pt(10));

    ReportTable table;
    table.columns = {
        {tr("Service"), 0.25, Qt::AlignLeft},
        {tr("Users"), 0.13, Qt::AlignRight},
        {tr("Peak affected"), 0.13, Qt::AlignRight},
        {tr("People-hours lost"), 0.15, Qt::AlignRight},
        {tr("To first partial recovery"), 0.17, Qt::AlignRight},
        {tr("To full recovery"), 0.17, Qt::AlignRight},
    };
    for (qsizetype i = 0; i < r.services.size(); ++i) {
        const ServiceImpact &si = r.services.at(i);
        const Service &def = m_analysis.services().at(i);
        table.rows.append({{{def.name.isEmpty() ? def.key : def.name, {}}, {count(double(si.users)), {}},
                               {count(si.peakAffected), {}}, {count(si.peopleHours), {}},
                               {since(si.milestones.firstPartial), {}}, {since(si.milestones.full), {}}},
            false});
    }
    // Users are not summed: one person uses several services, so the sum would overstate.
    table.rows.append({{{tr("All services"), {}}, {{}, {}}, {count(r.peakTotal), {}}, {count(r.peopleHoursTotal), {}},
                           {since(r.totalMilestones.firstPartial), {}}, {since(r.totalMilestones.full), {}}},
        true});
    table.footnote = tr("Durations from %1; %2: not reached in the window. Totals add the services "
                        "up, so a person using several is counted in each.")
                         .arg(formatTime(origin, QStringLiteral("d MMM yyyy HH:mm")), dash());
    w.table(table);
    w.advance(w.pt(4));
}
