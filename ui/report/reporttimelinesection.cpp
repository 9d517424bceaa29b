// SPDX-License-Identifier: GPL-3.0-or-later
// One section of the report (ReportRenderer::layout orders them).
#include "report/reportrenderer.h"

#include "charts/chartpainter.h"
#include "charts/comparechartbuilder.h"
#include "charts/dependencyview.h"
#include "charts/statetimelinechart.h"
#include "common/theme.h"
#include "common/timeaxisticks.h"
#include "domain/incidentwords.h"
#include "report/reportformat.h"
#include "report/reportpagewriter.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>

using namespace ReportFormat;

void ReportRenderer::layoutTimeline(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    w.heading(tr("Timeline"));

    struct Entry {
        TimeMs time;
        int kind; // updates before notes at the same minute
        ReportTableRow row;
    };
    QList<Entry> entries;
    const auto &incident = m_analysis.incident();
    const auto nameOf = [this](const QString &key) {
        const Service *def = m_snapshot.service(key);
        return def && !def->name.isEmpty() ? def->name : key;
    };
    const QString timePattern = tr("d MMM HH:mm");
    const QLocale locale;
    const QTimeZone zone = m_analysis.timeZone();
    const auto when = [&](TimeMs t) { return locale.toString(QDateTime::fromMSecsSinceEpoch(t, zone), timePattern); };

    if (incident) {
        for (const IncidentUpdate &u : m_snapshot.updates) {
            if (u.incidentId != incident->id)
                continue;
            if (m_options.limitToWindow && (u.time < m_analysis.windowStart() || u.time > m_analysis.windowEnd()))
                continue;
            QStringList names;
            for (const QString &key : u.services)
                names.append(nameOf(key));
            const QString services
                = names.isEmpty() ? QString() : tr("Services: %1").arg(names.join(QStringLiteral(", ")));
            entries.append({u.time, 0,
                {{{when(u.time), {}},
                     {IncidentWords::updateStatusName(u.status), u.derived ? tr("derived") : QString()},
                     {u.message, services}},
                    false}});
        }
    }
    for (const Annotation &a : m_snapshot.annotations) {
        // A note filed against no incident still belongs here when it falls in the window.
        const bool ours = incident && a.incidentId == incident->id
            && (!m_options.limitToWindow || (a.time >= m_analysis.windowStart() && a.time <= m_analysis.windowEnd()));
        const bool loose
            = a.incidentId.isEmpty() && a.time >= m_analysis.windowStart() && a.time <= m_analysis.windowEnd();
        if (!ours && !loose)
            continue;
        const QString by = a.author.isEmpty() ? QString() : tr("— %1").arg(a.author);
        entries.append({a.time, 1,
            {{{when(a.time), {}}, {tr("note"), a.service.isEmpty() ? QString() : nameOf(a.service)}, {a.text, by}},
                false}});
    }
    std::stable_sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.time != b.time ? a.time < b.time : a.kind < b.kind; });
    if (entries.isEmpty()) {
        w.paragraph(tr("No updates or notes were recorded for this incident."), s.body, s.muted, w.pt(4));
        return;
    }

    ReportTable table;
    table.columns = {
        {tr("Time (%1)").arg(TimeAxisTicks::zoneAbbreviation(zone, m_analysis.origin())), 0.16, Qt::AlignLeft},
        {tr("Status"), 0.16, Qt::AlignLeft},
        {tr("What happened"), 0.68, Qt::AlignLeft},
    };
    for (const Entry &e : std::as_const(entries))
        table.rows.append(e.row);
    w.table(table);
}
