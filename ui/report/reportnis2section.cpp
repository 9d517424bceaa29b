// SPDX-License-Identifier: GPL-3.0-or-later
// The NIS2 template: the significance test of a cloud computing service and the report due dates.
#include "report/reportrenderer.h"

#include "domain/incidentchoice.h"
#include "impact/nis2assessment.h"
#include "impact/regulatoryclock.h"
#include "report/reportformat.h"
#include "report/reportpagewriter.h"
#include "report/reportregulatoryformat.h"

using namespace RegulatoryFormat;
using Verdict = ThresholdCheck::Verdict;

void ReportRenderer::layoutNis2(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    const QString dateTime = QStringLiteral("d MMM yyyy HH:mm");
    const bool maintenance = m_analysis.incident() && IncidentChoice::isMaintenance(*m_analysis.incident());
    const Nis2Assessment a = Nis2Assessment::evaluate(ServiceOutage::of(m_analysis), maintenance);

    w.heading(tr("NIS2: is the incident significant?"));
    w.paragraph(tr("Tested as a cloud computing service under Implementing Regulation (EU) 2024/2690, Art. 7: the "
                   "incident is significant when any criterion is met. The figures come from the timeline's "
                   "availability, dependencies included; users are the service catalogue's, while the regulation "
                   "counts users in the Union, which the data does not know."),
        s.body, s.text, w.pt(6));
    switch (a.outcome) {
    case Nis2Assessment::Outcome::Significant:
        w.banner(tr("Verdict: significant incident. At least one availability criterion is met; the early warning "
                    "is due 24 h after awareness."));
        break;
    case Nis2Assessment::Outcome::NotSignificant:
        w.banner(tr("Verdict: not significant on the availability criteria. The integrity criterion is to be "
                    "entered."));
        break;
    case Nis2Assessment::Outcome::Unknown:
        w.banner(tr("Verdict: unknown. No criterion is met on the data, but the 1 million users test cannot be "
                    "decided without the services' user counts."));
        break;
    case Nis2Assessment::Outcome::ScheduledMaintenance:
        w.banner(tr("Verdict: not significant. The incident is a scheduled maintenance (recital 33), whatever "
                    "the figures below."));
        break;
    }
    layoutDerivedNote(w);
    w.advance(w.pt(6));

    ReportTable table;
    table.columns = {
        {tr("Criterion"), 0.34, Qt::AlignLeft},
        {tr("Threshold"), 0.17, Qt::AlignLeft},
        {tr("Measured (longest unbroken stretch)"), 0.22, Qt::AlignLeft},
        {tr("Service"), 0.15, Qt::AlignLeft},
        {tr("Result"), 0.12, Qt::AlignLeft},
    };
    const auto measuredCell = [&](const ThresholdCheck &c) -> ReportTableCell {
        if (!c.measured)
            return {tr("unknown: users not known"), {}};
        if (!c.from)
            return {minutes(*c.measured), {}};
        return {minutes(*c.measured), tr("from %1").arg(formatTime(*c.from, dateTime))};
    };
    const QList<QPair<QString, QString>> names {
        {tr("1. The service is completely unavailable"), tr("more than 30 min")},
        {tr("2a. Availability limited for more than 5 % of the service's users"), tr("more than 1 h")},
        {tr("2b. Availability limited for more than 1,000,000 users"), tr("more than 1 h")},
    };
    for (qsizetype i = 0; i < names.size(); ++i) {
        const ThresholdCheck &c = a.criteria.at(i);
        table.rows.append({{{names.at(i).first, {}}, {names.at(i).second, {}}, measuredCell(c),
                               {c.service.isEmpty() ? ReportFormat::dash() : c.service, {}}, verdictCell(c.verdict)},
            false});
    }
    table.rows.append(
        {{{tr("3. Integrity, confidentiality or authenticity of data compromised by a suspected "
              "malicious action"),
              {}},
             {ReportFormat::dash(), {}}, toBeEntered(), {ReportFormat::dash(), {}}, verdictCell(Verdict::ToBeEntered)},
            false});
    table.rows.append({{{tr("Scheduled maintenance (then not significant)"), {}}, {ReportFormat::dash(), {}},
                           {maintenance ? tr("yes") : tr("no"), tr("the incident's severity")},
                           {ReportFormat::dash(), {}}, {maintenance ? tr("applies") : tr("does not apply"), {}}},
        false});
    table.footnote = tr("2a and 2b are one criterion: \"more than 5 % or more than 1 million users, whichever is "
                        "smaller\" is passed when either is. Completely unavailable: every user affected. Sources: "
                        "Implementing Regulation (EU) 2024/2690, Art. 7 and recital 33 "
                        "(springlex.eu/packages/nis2/cmsi-regulation/article-7); Directive (EU) 2022/2555, Art. 23 "
                        "(nis2-info.eu/article-23-reporting-obligations).");
    w.table(table);
    w.advance(w.pt(4));

    // Due dates, from awareness.
    const RegulatoryClock clock = RegulatoryClock::of(m_snapshot, m_analysis);
    w.heading(tr("NIS2: reports due"));
    if (!clock.awareness) {
        w.paragraph(
            tr("No awareness time: the incident has no start, detection or acknowledgement."), s.body, s.text, w.pt(4));
        return;
    }
    w.paragraph(tr("Awareness: %1, taken from %2. Hours are elapsed time; a month is the same wall-clock time one "
                   "calendar month later in %3 (the month's last day when the day does not exist).")
                    .arg(formatTime(*clock.awareness, dateTime), awarenessBasis(clock.awarenessBasis),
                        QString::fromUtf8(m_analysis.timeZone().id())),
        s.body, s.text, w.pt(6));
    const auto deadlines = Nis2Assessment::deadlines(*clock.awareness, clock.regulatorNotified, m_analysis.timeZone());
    ReportTable due;
    due.columns = {
        {tr("Report"), 0.35, Qt::AlignLeft},
        {tr("Due"), 0.25, Qt::AlignLeft},
        {tr("Counted from"), 0.24, Qt::AlignLeft},
        {tr("State"), 0.16, Qt::AlignLeft},
    };
    const QList<QPair<QString, QString>> reports {
        {tr("Early warning (Art. 23(4)(a)): suspected malicious? possible cross-border impact?"),
            tr("24 h after awareness")},
        {tr("Incident notification (Art. 23(4)(b)): initial assessment, severity, impact"), tr("72 h after awareness")},
        {tr("Final report (Art. 23(4)(d)): description, root cause, mitigation, cross-border impact"),
            tr("1 month after the notification's due time")},
    };
    for (qsizetype i = 0; i < deadlines.size(); ++i) {
        const ReportDeadlines::Deadline &d = deadlines.at(i);
        const QString sent = d.done ? tr("sent %1").arg(formatTime(*d.done, dateTime)) : tr("no submission recorded");
        due.rows.append({{{reports.at(i).first, {}}, {formatTime(d.due, dateTime), {}}, {reports.at(i).second, {}},
                             {deadlineState(d.state(m_options.generatedAt)), sent}},
            false});
    }
    due.footnote = tr("State as at %1, when this report was generated. OVERDUE: past its due time with no "
                      "submission recorded in the timeline.")
                       .arg(formatTime(m_options.generatedAt, dateTime));
    w.table(due);
    w.advance(w.pt(4));

    w.heading(tr("NIS2: to be entered"));
    ReportTable fields;
    fields.columns = {{tr("Field"), 0.45, Qt::AlignLeft}, {tr("Value"), 0.55, Qt::AlignLeft}};
    for (const QString &field : {tr("Entity, sector and contact person"), tr("Suspected unlawful or malicious act?"),
             tr("Possible cross-border impact; Member States affected"), tr("Type of threat or root cause"),
             tr("Mitigation measures applied and ongoing"), tr("Indicators of compromise"), tr("Financial loss")})
        fields.rows.append({{{field, {}}, toBeEntered()}, false});
    w.table(fields);
    w.advance(w.pt(4));
}
