// SPDX-License-Identifier: GPL-3.0-or-later
// The DORA template: the major-incident classification, the times, due dates and recurring incidents.
#include "report/reportrenderer.h"

#include "impact/doraassessment.h"
#include "impact/regulatoryclock.h"
#include "report/reportformat.h"
#include "report/reportpagewriter.h"
#include "report/reportregulatoryformat.h"

using namespace RegulatoryFormat;
using Verdict = ThresholdCheck::Verdict;

void ReportRenderer::layoutDora(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    const QString dateTime = QStringLiteral("d MMM yyyy HH:mm");
    const std::optional<Incident> &incident = m_analysis.incident();
    const RegulatoryClock clock = RegulatoryClock::of(m_snapshot, m_analysis);
    const QList<ServiceOutage> outages = ServiceOutage::of(m_analysis);
    const DoraAssessment a = DoraAssessment::evaluate(outages, clock.start, clock.resolved, m_analysis.windowEnd());

    w.heading(tr("DORA: is the incident major?"));
    w.paragraph(tr("Delegated Regulation (EU) 2024/1772, Art. 8: major when the incident affects critical services "
                   "and meets two or more materiality thresholds of Art. 9. The data tests the clients and the "
                   "duration and downtime thresholds; the others, and whether the services are critical, are to "
                   "be entered."),
        s.body, s.text, w.pt(6));
    switch (a.outcome) {
    case DoraAssessment::Outcome::MajorIfCritical:
        w.banner(tr("Verdict: major incident if the affected services are critical (to be entered): two "
                    "materiality thresholds are met on the data."));
        break;
    case DoraAssessment::Outcome::OneMoreNeeded:
        w.banner(tr("Verdict: one materiality threshold is met on the data. Major only if another one (to be "
                    "entered) is met and the services are critical."));
        break;
    case DoraAssessment::Outcome::EntriesNeeded:
        w.banner(tr("Verdict: no materiality threshold is met on the data. Major only through the criteria to be "
                    "entered."));
        break;
    }
    layoutDerivedNote(w);
    w.advance(w.pt(6));

    ReportTable table;
    table.columns = {
        {tr("Criterion"), 0.27, Qt::AlignLeft},
        {tr("Threshold"), 0.25, Qt::AlignLeft},
        {tr("Measured"), 0.20, Qt::AlignLeft},
        {tr("Service"), 0.16, Qt::AlignLeft},
        {tr("Result"), 0.12, Qt::AlignLeft},
    };
    const auto row = [&](const QString &name, const QString &threshold, const ReportTableCell &measured,
                         const ThresholdCheck &c) {
        table.rows.append({{{name, {}}, {threshold, {}}, measured,
                               {c.service.isEmpty() ? ReportFormat::dash() : c.service, {}}, verdictCell(c.verdict)},
            false});
    };
    const ThresholdCheck &share = a.criteria.at(0), &clients = a.criteria.at(1), &duration = a.criteria.at(2),
                         &downtime = a.criteria.at(3);
    row(tr("Critical services affected (Art. 6)"),
        tr("supports critical or important functions, or authorised services"), toBeEntered(), a.criteria.at(4));
    row(tr("Clients affected: share (Art. 9(1)(a))"), tr("more than 10 % of the service's clients"),
        {share.measured ? RegulatoryFormat::share(*share.measured) : ReportFormat::dash(), tr("at the peak")}, share);
    row(tr("Clients affected: number (Art. 9(1)(b))"), tr("more than 100,000"),
        {clients.measured ? ReportFormat::count(*clients.measured) : tr("unknown: users not known"),
            clients.measured ? tr("at the peak") : QString()},
        clients);
    row(tr("Duration of the incident (Art. 9(3))"), tr("more than 24 h"),
        {duration.measured ? minutes(*duration.measured) : ReportFormat::dash(),
            clock.resolved ? tr("start to resolution") : tr("start to the end of the data; still open")},
        duration);
    row(tr("Service downtime (Art. 9(3))"), tr("more than 2 h, fully or partly unavailable"),
        {downtime.measured ? minutes(*downtime.measured) : ReportFormat::dash(),
            downtime.from ? tr("from %1").arg(formatTime(*downtime.from, dateTime)) : QString()},
        downtime);
    const QList<QPair<QString, QString>> entered {
        {tr("Reputational impact (Art. 9(2))"), tr("media, complaints, regulatory attention")},
        {tr("Geographical spread (Art. 9(4))"), tr("two or more Member States")},
        {tr("Data losses (Art. 9(5))"), tr("availability, authenticity, integrity or confidentiality")},
        {tr("Economic impact (Art. 9(6))"), tr("more than EUR 100,000")},
    };
    for (qsizetype i = 0; i < entered.size(); ++i)
        row(entered.at(i).first, entered.at(i).second, toBeEntered(), a.criteria.at(5 + i));
    table.footnote = tr("Thresholds met on the data: %1 of the 2 it can test (clients; duration and downtime). "
                        "Downtime counts the longest unbroken time a service was fully or partly unavailable; "
                        "whether that service supports a critical function is to be entered. Sources: Delegated "
                        "Regulation (EU) 2024/1772, Art. 8 and 9 (springlex.eu/packages/dora/rts-ic-regulation/"
                        "article-9; dora-info.eu/rts-iic/article-8).")
                         .arg(a.thresholdsMet);
    w.table(table);
    w.advance(w.pt(4));

    w.heading(tr("DORA: times"));
    ReportTable times;
    times.columns = {{tr("Moment"), 0.30, Qt::AlignLeft}, {tr("Time"), 0.30, Qt::AlignLeft},
        {tr("Taken from"), 0.40, Qt::AlignLeft}};
    const auto timeRow = [&](const QString &name, const std::optional<TimeMs> &t, const QString &from) {
        times.rows.append({{{name, {}}, t ? ReportTableCell {formatTime(*t, dateTime), {}} : toBeEntered(),
                               {t ? from : ReportFormat::dash(), {}}},
            false});
    };
    timeRow(tr("Occurred"), clock.start, tr("the incident's start"));
    timeRow(tr("Detected (aware)"), clock.awareness, awarenessBasis(clock.awarenessBasis));
    timeRow(tr("Classified as major"), std::nullopt, {});
    timeRow(tr("Recovered (every service back)"),
        m_analysis.isValid() ? m_analysis.result().totalMilestones.full : std::nullopt,
        tr("full recovery: no one affected to the end of the data"));
    timeRow(tr("Resolved"), clock.resolved, tr("the incident's resolved time"));
    w.table(times);
    w.advance(w.pt(4));

    w.heading(tr("DORA: reports due"));
    if (clock.awareness) {
        const auto deadlines = DoraAssessment::deadlines(*clock.awareness, m_analysis.timeZone());
        ReportTable due;
        due.columns = {{tr("Report"), 0.30, Qt::AlignLeft}, {tr("Due at the latest"), 0.25, Qt::AlignLeft},
            {tr("Counted from"), 0.29, Qt::AlignLeft}, {tr("State"), 0.16, Qt::AlignLeft}};
        const QList<QPair<QString, QString>> reports {
            {tr("Initial notification"),
                tr("24 h after awareness; 4 h after classification if that comes sooner (classification time to be "
                   "entered)")},
            {tr("Intermediate report"), tr("72 h after the initial notification's latest due time")},
            {tr("Final report"), tr("1 month after the intermediate report's latest due time")},
        };
        for (qsizetype i = 0; i < deadlines.size(); ++i) {
            const ReportDeadlines::Deadline &d = deadlines.at(i);
            due.rows.append({{{reports.at(i).first, {}}, {formatTime(d.due, dateTime), {}}, {reports.at(i).second, {}},
                                 {deadlineState(d.state(m_options.generatedAt)), tr("no submission recorded")}},
                false});
        }
        due.footnote
            = tr("Awareness: %1, taken from %2. State as at %3, when this report was generated. A month is "
                 "the same wall-clock time one calendar month later in %4. Source: Delegated Regulation "
                 "(EU) 2025/301, Art. 5, as summarised by the EBA (eba.europa.eu, joint technical standards "
                 "on major incident reporting).")
                  .arg(formatTime(*clock.awareness, dateTime), awarenessBasis(clock.awarenessBasis),
                      formatTime(m_options.generatedAt, dateTime), QString::fromUtf8(m_analysis.timeZone().id()));
        w.table(due);
        w.advance(w.pt(4));
    }

    w.heading(tr("DORA: recurring incidents"));
    const QList<Incident> earlier = incident
        ? DoraAssessment::recurringCandidates(*incident, m_analysis.allIncidents(), m_analysis.timeZone())
        : QList<Incident> {};
    w.paragraph(tr("Incidents that individually are not major count as one major incident when they occur at least "
                   "twice within 6 months with the same apparent root cause (Art. 8(2)). The timeline holds no "
                   "causes: these are the store's incidents of the 6 months before this one that touch one of its "
                   "services."),
        s.body, s.text, w.pt(6));
    if (earlier.isEmpty()) {
        w.paragraph(tr("None in the store."), s.bodyBold, s.text, w.pt(4));
    } else {
        ReportTable rec;
        rec.columns = {{tr("Incident"), 0.40, Qt::AlignLeft}, {tr("Began"), 0.22, Qt::AlignLeft},
            {tr("Shared services"), 0.18, Qt::AlignLeft}, {tr("Same apparent root cause?"), 0.20, Qt::AlignLeft}};
        for (const Incident &e : earlier) {
            QStringList shared;
            for (const QString &key : e.services)
                if (incident->services.contains(key))
                    shared.append(key);
            rec.rows.append({{{e.title.isEmpty() ? e.id : e.title, e.id}, {formatTime(*e.began, dateTime), {}},
                                 {shared.join(QStringLiteral(", ")), {}}, toBeEntered()},
                false});
        }
        w.table(rec);
    }
    w.advance(w.pt(4));

    w.heading(tr("DORA: to be entered"));
    ReportTable fields;
    fields.columns = {{tr("Field"), 0.45, Qt::AlignLeft}, {tr("Value"), 0.55, Qt::AlignLeft}};
    for (const QString &field : {tr("Financial entity, LEI and contact person"), tr("How the incident was discovered"),
             tr("Business continuity plan activated?"), tr("Member States affected"),
             tr("Affected functions, processes and components"), tr("Root causes"), tr("How it was resolved"),
             tr("Direct and indirect costs and losses")})
        fields.rows.append({{{field, {}}, toBeEntered()}, false});
    w.table(fields);
    w.advance(w.pt(4));
}
