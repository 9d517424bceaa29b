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
// A figure in a table: ≈ and the rounded figure, its range under it; a measured one exactly.
ReportTableCell cell(const FigureRange &f)
{
    return {f.centralText(), f.derived || f.hasRange() ? f.rangeText() : QString()};
}
// The same for the big figures: the range on a line of its own.
QString stacked(const FigureRange &f)
{
    return f.derived || f.hasRange() ? f.centralText() + u'\n' + f.rangeText() : f.centralText();
}
} // namespace

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

    // Distinct people lead: a person failed by several services is one person. The sum over
    // services follows under its own name.
    const DistinctFigures &d = m_analysis.distinct().total;
    const bool derived = m_analysis.distinct().derived;
    // Without any user count the people figures are zeros that say nothing: "not known".
    const bool noUsers = r.noUserCounts();
    w.figures({
        {tr("People affected at the peak"),
            noUsers ? tr("not known") : stacked(FigureRange {d.peak, d.peakLow, d.peakHigh, derived})},
        {tr("People-hours lost"),
            noUsers ? tr("not known")
                    : stacked(FigureRange {d.peopleHours, d.peopleHoursLow, d.peopleHoursHigh, derived})},
        {tr("Time to full recovery"), since(r.totalMilestones.full)},
    });
    QString note = noUsers
        ? tr("No service in the window has a user count, so how many people were affected is not known; "
             "each service's share of its users affected is below. User counts are set in the window: "
             "Services ▸ Edit….")
        : tr("Each person is counted once, however many services failed them (%1 overlap within an audience, "
             "see \"How sure are these figures\"). Counted once per service, %2 service-users were affected "
             "at the peak and %3 service-user-hours lost.")
              .arg(OverlapModels::displayName(m_analysis.overlapModel()),
                  FigureRange {r.peakTotal, r.peakTotalLow, r.peakTotalHigh, r.derived}.text(),
                  FigureRange {r.peopleHoursTotal, r.peopleHoursTotalLow, r.peopleHoursTotalHigh, r.derived}.text());
    if (!noUsers && r.servicesWithoutUsers > 0)
        note += u' '
            + tr("People figures cover %1 of %2 services; the others have no user count (their shares are below).")
                  .arg(r.servicesWithUsers())
                  .arg(r.services.size());
    w.paragraph(note, s.small, s.muted, w.pt(4));
    w.advance(w.pt(10));

    ReportTable table;
    table.columns = {
        {tr("Service"), 0.21, Qt::AlignLeft},
        {tr("Users"), 0.12, Qt::AlignRight},
        {tr("Peak affected"), 0.17, Qt::AlignRight},
        {tr("People-hours lost"), 0.20, Qt::AlignRight},
        {tr("To first partial recovery"), 0.15, Qt::AlignRight},
        {tr("To full recovery"), 0.15, Qt::AlignRight},
    };
    for (qsizetype i = 0; i < r.services.size(); ++i) {
        const ServiceImpact &si = r.services.at(i);
        const Service &def = m_analysis.services().at(i);
        const FigureRange peak {si.peakAffected, si.peakAffectedLow, si.peakAffectedHigh, si.derived};
        const FigureRange hours {si.peopleHours, si.peopleHoursLow, si.peopleHoursHigh, si.derived};
        // Without a user count the people figures say nothing: "unknown" and dashes, not zeros.
        const ReportTableCell none {dash(), {}};
        table.rows.append(
            {{{def.name.isEmpty() ? def.key : def.name, {}}, {si.users ? count(double(*si.users)) : tr("unknown"), {}},
                 si.users ? cell(peak) : none, si.users ? cell(hours) : none, {since(si.milestones.firstPartial), {}},
                 {since(si.milestones.full), {}}},
                false});
    }
    // Users are not summed: one person uses several services, so the sum would overstate.
    const ReportTableCell none {dash(), {}};
    table.rows.append(
        {{{tr("All services, each person once"), {}}, {{}, {}},
             noUsers ? none : cell(FigureRange {d.peak, d.peakLow, d.peakHigh, derived}),
             noUsers ? none : cell(FigureRange {d.peopleHours, d.peopleHoursLow, d.peopleHoursHigh, derived}),
             {since(r.totalMilestones.firstPartial), {}}, {since(r.totalMilestones.full), {}}},
            true});
    if (!noUsers)
        table.rows.append(
            {{{tr("Service-users (sum over services)"), {}}, {{}, {}},
                 cell(FigureRange {r.peakTotal, r.peakTotalLow, r.peakTotalHigh, r.derived}),
                 cell(FigureRange {r.peopleHoursTotal, r.peopleHoursTotalLow, r.peopleHoursTotalHigh, r.derived}), {},
                 {}},
                false});
    table.footnote = tr("Durations from %1; %2: not reached in the window. ≈: derived from the record, with the "
                        "range its sources leave open in brackets; exact figures are listed under \"How sure are "
                        "these figures\". The sum over services counts a person using several in each.")
                         .arg(formatTime(origin, QStringLiteral("d MMM yyyy HH:mm")), dash());
    w.table(table);
    w.advance(w.pt(4));
    if (r.servicesWithoutUsers > 0)
        layoutShares(w);
}

// What holds without a user count: the share of the service's users affected, how long it
// was out and its service-hours of outage (∫ share dt), so a feed-only incident still says
// who was hit, how hard and for how long.
void ReportRenderer::layoutShares(ReportPageWriter &w) const
{
    const ImpactResult &r = m_analysis.result();
    const TimeMs origin = m_analysis.origin();
    const QLocale locale;
    ReportTable table;
    table.columns = {
        {tr("Service without a user count"), 0.30, Qt::AlignLeft},
        {tr("Highest share of users affected"), 0.18, Qt::AlignRight},
        {tr("Outage"), 0.14, Qt::AlignRight},
        {tr("Service-hours of outage"), 0.18, Qt::AlignRight},
        {tr("To full recovery"), 0.20, Qt::AlignRight},
    };
    for (qsizetype i = 0; i < r.services.size(); ++i) {
        const ServiceImpact &si = r.services.at(i);
        if (si.users)
            continue;
        const Service &def = m_analysis.services().at(i);
        const std::optional<TimeMs> full = si.shareMilestones.full;
        table.rows.append(
            {{{def.name.isEmpty() ? def.key : def.name, {}}, {FigureRange::share(si.sharePeak), {}},
                 {Timestamps::formatDuration(si.outageMs / 1000), {}}, {locale.toString(si.serviceHours, 'f', 2), {}},
                 {full ? Timestamps::formatDuration((*full - origin) / 1000) : dash(), {}}},
                false});
    }
    table.footnote = tr("Share: the part of the service's users failed, through its dependencies too; outage: how "
                        "long any share was failed in the window; service-hours: the share integrated over time "
                        "(one hour fully down is 1.00).");
    w.table(table);
    w.advance(w.pt(4));
}
