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

#include "impact/figurerange.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>

using namespace ReportFormat;

namespace {
// The service that lost the most by 'hours' (the first of equals), -1 without services.
qsizetype mostLost(const ImpactResult &r, double ServiceImpact::*hours)
{
    qsizetype worst = -1;
    for (qsizetype i = 0; i < r.services.size(); ++i)
        if (worst < 0 || r.services.at(i).*hours > r.services.at(worst).*hours)
            worst = i;
    return worst;
}
} // namespace

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
    if (r.noUserCounts()) {
        // No user count anywhere: people figures would all be zero, so say what is known.
        sentences.append(tr("No service in the window has a user count, so how many people were affected is not "
                            "known; the figures are each service's share of its users."));
        const qsizetype worst = mostLost(r, &ServiceImpact::serviceHours);
        if (worst >= 0 && r.services.at(worst).serviceHours > 0 && worst < m_analysis.services().size()) {
            const Service &def = m_analysis.services().at(worst);
            const ServiceImpact &most = r.services.at(worst);
            sentences.append(
                tr("%1 was hit hardest: up to %2 % of its users, out for %3 (%4 service-hours of "
                   "outage).")
                    .arg(def.name.isEmpty() ? def.key : def.name, locale.toString(100.0 * most.sharePeak, 'f', 0),
                        Timestamps::formatDuration(most.outageMs / 1000), locale.toString(most.serviceHours, 'f', 2)));
        }
    } else {
        peopleSentences(sentences, clock);
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

void ReportRenderer::peopleSentences(QStringList &sentences, const std::function<QString(TimeMs)> &clock) const
{
    const ImpactResult &r = m_analysis.result();
    const QLocale locale;
    // Distinct people first (each person once); the sum over services under its own name.
    const DistinctFigures &d = m_analysis.distinct().total;
    const bool derived = m_analysis.distinct().derived;
    const FigureRange people {d.peak, d.peakLow, d.peakHigh, derived};
    const FigureRange hours {d.peopleHours, d.peopleHoursLow, d.peopleHoursHigh, derived};
    if (d.peakAt)
        sentences.append(tr("At the peak, %1, %2 people were affected by %3 services, each person counted once.")
                             .arg(clock(*d.peakAt), people.text())
                             .arg(r.services.size()));
    sentences.append(tr("In all, %1 people-hours were lost.").arg(hours.text()));
    sentences.append(tr("Counted once per service a person uses, that is %1 service-users at the peak and %2 "
                        "service-user-hours.")
                         .arg(count(r.peakTotal), count(r.peopleHoursTotal)));
    if (derived)
        sentences.append(tr("The figures are derived, not measured: ≈ marks them, with the range their sources "
                            "and the overlap of services leave open."));
    const qsizetype worst = mostLost(r, &ServiceImpact::peopleHours);
    if (worst >= 0 && r.peopleHoursTotal > 0 && worst < m_analysis.services().size()) {
        const Service &def = m_analysis.services().at(worst);
        const ServiceImpact &most = r.services.at(worst);
        sentences.append(
            tr("%1 lost the most: %2 people-hours (%3 % of the service-user-hours).")
                .arg(def.name.isEmpty() ? def.key : def.name,
                    FigureRange {most.peopleHours, most.peopleHoursLow, most.peopleHoursHigh, most.derived}.text(),
                    locale.toString(100.0 * most.peopleHours / r.peopleHoursTotal, 'f', 0)));
    }
    if (r.servicesWithoutUsers > 0)
        sentences.append(tr("People figures cover %1 of %2 services; the others have no user count.")
                             .arg(r.servicesWithUsers())
                             .arg(r.services.size()));
}
