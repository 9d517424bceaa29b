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

void ReportRenderer::layoutRejects(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    w.heading(tr("Appendix: rejected records"));
    if (m_options.rejectCount <= 0 && m_options.rejects.isEmpty()) {
        w.paragraph(tr("No record was rejected: everything the sources sent was taken in."), s.body, s.text, w.pt(4));
        return;
    }
    struct Group {
        qint64 count = 0;
        QStringList sources;
    };
    QMap<QString, Group> groups;
    for (const Reject &r : m_options.rejects) {
        // "…, got string \"bad\"" names the value: group on the reason without it.
        QString why = r.reason;
        why.remove(QRegularExpression(QStringLiteral(",\\s*got\\s.*$")));
        const QString reason = r.field.isEmpty() ? why : tr("%1 (field \"%2\")").arg(why, r.field);
        Group &g = groups[reason];
        ++g.count;
        if (!g.sources.contains(r.source))
            g.sources.append(r.source);
    }
    const qint64 total = qMax<qint64>(m_options.rejectCount, m_options.rejects.size());
    w.paragraph(tr("Records the sources sent that could not be taken: %1. They are kept in the store's rejects "
                   "table; none of them counts in the figures.")
                    .arg(count(double(total))),
        s.body, s.text, w.pt(6));
    QList<QPair<QString, Group>> sorted;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second.count > b.second.count; });
    ReportTable table;
    table.columns = {
        {tr("Reason"), 0.58, Qt::AlignLeft},
        {tr("Records"), 0.14, Qt::AlignRight},
        {tr("Sources"), 0.28, Qt::AlignLeft},
    };
    for (const auto &[reason, g] : std::as_const(sorted))
        table.rows.append(
            {{{reason, {}}, {count(double(g.count)), {}}, {g.sources.join(QStringLiteral(", ")), {}}}, false});
    table.rows.append({{{tr("All reasons"), {}}, {count(double(total)), {}}, {{}, {}}}, true});
    if (total > m_options.rejects.size())
        table.footnote = tr("Grouped from the latest %1; the total counts them all.").arg(m_options.rejects.size());
    w.table(table);
    w.advance(w.pt(4));
}
