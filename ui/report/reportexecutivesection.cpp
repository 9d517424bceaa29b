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

void ReportRenderer::layoutExecutiveSummary(ReportPageWriter &w) const
{
    if (!m_analysis.isValid())
        return;
    const ReportStyle &s = w.style();
    w.heading(tr("Executive summary"));
    const ImpactResult &r = m_analysis.result();
    const TimeMs origin = m_analysis.origin();
    const QTimeZone zone = m_analysis.timeZone();
    const QLocale locale;
    const auto clock = [&](TimeMs t) -> QString {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(t, zone),
                   QCoreApplication::translate("ReportRenderer", "d MMM HH:mm"))
            + u' ' + TimeAxisTicks::zoneAbbreviation(zone, t);
    };
    QStringList sentences;
    if (r.peakTotalAt)
        sentences.append(tr("At the peak, %1, %2 people were affected across %3 services.")
                             .arg(clock(*r.peakTotalAt), count(r.peakTotal))
                             .arg(r.services.size()));
    sentences.append(tr("In all, %1 people-hours were lost.").arg(count(r.peopleHoursTotal)));
    qsizetype worst = -1;
    for (qsizetype i = 0; i < r.services.size(); ++i)
        if (worst < 0 || r.services.at(i).peopleHours > r.services.at(worst).peopleHours)
            worst = i;
    if (worst >= 0 && r.peopleHoursTotal > 0 && worst < m_analysis.services().size()) {
        const Service &def = m_analysis.services().at(worst);
        sentences.append(
            tr("%1 lost the most: %2 people-hours (%3 % of the total).")
                .arg(def.name.isEmpty() ? def.key : def.name, count(r.services.at(worst).peopleHours),
                    locale.toString(100.0 * r.services.at(worst).peopleHours / r.peopleHoursTotal, 'f', 0)));
    }
    if (r.totalMilestones.full)
        sentences.append(tr("Every service was fully back %1 after the start, at %2.")
                             .arg(Timestamps::formatDuration((*r.totalMilestones.full - origin) / 1000),
                                 clock(*r.totalMilestones.full)));
    else
        sentences.append(tr("Not every service had fully recovered by the end of the window."));
    if (r.totalMilestones.recovered90)
        sentences.append(tr("90 % of the peak impact was gone after %1.")
                             .arg(Timestamps::formatDuration((*r.totalMilestones.recovered90 - origin) / 1000)));
    w.paragraph(sentences.join(u' '), s.body, s.text, w.pt(8));
    w.advance(w.pt(6));
}
