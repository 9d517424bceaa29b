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

void ReportRenderer::layoutSources(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    w.heading(sourcesHeading());
    QMap<QString, QPair<qint64, qint64>> counts; // source → samples, state changes
    for (const HealthSample &x : m_analysis.input().samples)
        if (x.time >= m_analysis.windowStart() && x.time <= m_analysis.windowEnd())
            ++counts[x.source].first;
    for (const StateChange &x : m_analysis.input().states)
        if (x.time >= m_analysis.windowStart() && x.time <= m_analysis.windowEnd())
            ++counts[x.source].second;
    qint64 updates = 0;
    QHash<QString, qint64> updateCounts;
    if (const auto &incident = m_analysis.incident())
        for (const IncidentUpdate &u : m_snapshot.updates)
            if (u.incidentId == incident->id) {
                ++updateCounts[u.source];
                ++updates;
            }
    for (auto it = updateCounts.cbegin(); it != updateCounts.cend(); ++it)
        counts[it.key()]; // listed even without samples
    const QStringList sources = dataSources();
    if (sources.isEmpty()) {
        w.paragraph(tr("The records name no source."), s.body, s.muted, w.pt(4));
        return;
    }
    w.paragraph(tr("Every source the incident's records came from, with what each contributed in the window."), s.body,
        s.text, w.pt(6));
    ReportTable table;
    table.columns = {
        {tr("Source"), 0.52, Qt::AlignLeft},
        {tr("Samples"), 0.16, Qt::AlignRight},
        {tr("State changes"), 0.16, Qt::AlignRight},
        {tr("Incident updates"), 0.16, Qt::AlignRight},
    };
    for (const QString &source : sources) {
        const auto c = counts.value(source);
        table.rows.append({{{source, {}}, {count(double(c.first)), {}}, {count(double(c.second)), {}},
                               {count(double(updateCounts.value(source))), {}}},
            false});
    }
    w.table(table);
    w.advance(w.pt(4));
}

QString ReportRenderer::sourcesHeading()
{
    return tr("Appendix: data sources");
}

QStringList ReportRenderer::dataSources() const
{
    QSet<QString> seen;
    QStringList out;
    const auto add = [&](const QString &s) {
        if (!s.isEmpty() && !seen.contains(s)) {
            seen.insert(s);
            out.append(s);
        }
    };
    for (const HealthSample &s : m_analysis.input().samples)
        add(s.source);
    for (const StateChange &s : m_analysis.input().states)
        add(s.source);
    if (const auto &incident = m_analysis.incident()) {
        add(incident->source);
        for (const IncidentUpdate &u : m_snapshot.updates)
            if (u.incidentId == incident->id)
                add(u.source);
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}
