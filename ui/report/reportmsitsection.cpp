// SPDX-License-Identifier: GPL-3.0-or-later
// The Korean template: MSIT's shape (chronology, duration and users per service, causes and
// corrective items per operator) and the 2 h user-notice check.
#include "report/reportrenderer.h"

#include "impact/msitassessment.h"
#include "impact/regulatoryclock.h"
#include "report/reportformat.h"
#include "report/reportpagewriter.h"
#include "report/reportregulatoryformat.h"

#include <QHash>

using namespace RegulatoryFormat;
using Verdict = ThresholdCheck::Verdict;

void ReportRenderer::layoutMsit(ReportPageWriter &w) const
{
    const ReportStyle &s = w.style();
    const QString dateTime = QStringLiteral("d MMM yyyy HH:mm");
    const RegulatoryClock clock = RegulatoryClock::of(m_snapshot, m_analysis);
    QHash<QString, QString> actorOf;
    for (const Service &service : m_analysis.services())
        if (!service.group.isEmpty())
            actorOf.insert(service.key, service.group);
    const MsitAssessment a = MsitAssessment::evaluate(ServiceOutage::of(m_analysis), actorOf, m_analysis.incident(),
        m_snapshot.updates, clock.start, clock.firstPublicUpdate);

    w.heading(tr("Key chronology"));
    w.paragraph(tr("In the shape of MSIT's investigation of the Pangyo data-centre fire (6 Dec 2022). The actor is the "
                   "service's group in the catalogue (its operator) where one is set, else the service itself."),
        s.body, s.text, w.pt(6));
    ReportTable chronology;
    chronology.columns
        = {{tr("Time"), 0.20, Qt::AlignLeft}, {tr("Actor"), 0.20, Qt::AlignLeft}, {tr("Event"), 0.60, Qt::AlignLeft}};
    for (const MsitAssessment::ChronologyRow &r : a.chronology) {
        QString event;
        switch (r.kind) {
        case MsitAssessment::ChronologyRow::Kind::Began:
            event = tr("Incident began: %1").arg(r.text);
            break;
        case MsitAssessment::ChronologyRow::Kind::ServiceDown:
            event = tr("%1: users first affected").arg(r.text);
            break;
        case MsitAssessment::ChronologyRow::Kind::ServiceNormal:
            event = tr("%1: normal again (no user affected)").arg(r.text);
            break;
        case MsitAssessment::ChronologyRow::Kind::Resolved:
            event = tr("Incident resolved");
            break;
        case MsitAssessment::ChronologyRow::Kind::Update:
            event = r.text;
            break;
        }
        chronology.rows.append({{{formatTime(r.time, dateTime), {}},
                                    {r.actor.isEmpty() ? tr("whole incident") : r.actor, {}}, {event, {}}},
            false});
    }
    w.table(chronology);
    w.advance(w.pt(4));

    w.heading(tr("Duration and users affected per service"));
    ReportTable services;
    services.columns = {{tr("Service"), 0.17, Qt::AlignLeft}, {tr("Actor"), 0.12, Qt::AlignLeft},
        {tr("Interrupted from"), 0.15, Qt::AlignLeft}, {tr("Normal again"), 0.15, Qt::AlignLeft},
        {tr("Duration"), 0.15, Qt::AlignRight}, {tr("Peak share of users affected"), 0.12, Qt::AlignRight},
        {tr("Users affected at the peak"), 0.14, Qt::AlignRight}};
    for (const MsitAssessment::ServiceRow &r : a.services) {
        services.rows.append(
            {{{r.name, {}}, {r.actor, {}}, {r.from ? formatTime(*r.from, dateTime) : ReportFormat::dash(), {}},
                 {r.to ? formatTime(*r.to, dateTime) : (r.from ? tr("not in the data") : ReportFormat::dash()), {}},
                 {r.from ? Timestamps::formatDuration(r.durationMs / 1000) : ReportFormat::dash(), {}},
                 {share(r.peakShare), {}},
                 {r.peakPeople ? ReportFormat::count(*r.peakPeople) : tr("unknown: users not known"), {}}},
                false});
    }
    services.footnote = tr("Users affected: the service's users × (1 − its availability, dependencies included), "
                           "at its worst moment. Normal again: from when no user was affected to the end of the data.");
    if (m_analysis.isValid() && m_analysis.result().derived)
        services.footnote += u' '
            + tr("The figures are derived from the public record, not measured; \"Impact by service\" gives the "
                 "ranges their sources leave open.");
    w.table(services);
    w.advance(w.pt(4));

    w.heading(tr("User notice of an interruption of 2 h or more"));
    ReportTable notice;
    notice.columns
        = {{tr("Check"), 0.34, Qt::AlignLeft}, {tr("Value"), 0.46, Qt::AlignLeft}, {tr("Result"), 0.20, Qt::AlignLeft}};
    notice.rows.append(
        {{{tr("Longest interruption of a service"), {}}, {Timestamps::formatDuration(a.longestMs / 1000), {}},
             {a.noticeRequired.verdict == Verdict::Met ? tr("notice required") : tr("no notice required"), {}}},
            false});
    notice.rows.append({{{tr("Interruption began"), {}},
                            {clock.start ? formatTime(*clock.start, dateTime) : ReportFormat::dash(), {}}, {}},
        false});
    notice.rows.append({{{tr("First notice to users"), {}},
                            clock.firstPublicUpdate ? ReportTableCell {formatTime(*clock.firstPublicUpdate, dateTime),
                                noticeBasis(clock.noticeBasis)}
                                                    : toBeEntered(noticeBasis(clock.noticeBasis)),
                            {}},
        false});
    const QString inTime = a.noticeInTime.verdict == Verdict::Met ? tr("yes, within 2 h")
        : a.noticeInTime.verdict == Verdict::NotMet               ? tr("NO, later than 2 h")
                                                                  : tr("unknown");
    notice.rows.append(
        {{{tr("Users told within 2 h of the start?"), {}},
             {a.noticeLagMs ? tr("%1 after the start").arg(Timestamps::formatDuration(*a.noticeLagMs / 1000))
                            : ReportFormat::dash(),
                 {}},
             {inTime, {}}},
            false});
    notice.footnote = tr("Since 2025 the Telecommunications Business Act decree requires providers with revenue of "
                         "₩10 bn or more and 1 million users or more to tell users of an interruption of 2 h or more, "
                         "without delay: the fact, the cause and the response (kimchang.com insights 31812; korea.kr "
                         "via findnews.kr). The 2 h from the start is this report's yardstick for \"without delay\".");
    w.table(notice);
    w.advance(w.pt(4));

    w.heading(tr("Cause per actor"));
    ReportTable causes;
    causes.columns = {{tr("Actor"), 0.30, Qt::AlignLeft}, {tr("Cause"), 0.70, Qt::AlignLeft}};
    for (const QString &actor : a.actors)
        causes.rows.append({{{actor, {}}, toBeEntered()}, false});
    if (causes.rows.isEmpty())
        causes.rows.append({{{ReportFormat::dash(), {}}, toBeEntered()}, false});
    w.table(causes);
    w.advance(w.pt(4));

    w.heading(tr("Corrective items"));
    const TimeMs base = clock.resolved.value_or(m_options.generatedAt);
    const auto [plan, results] = MsitAssessment::correctiveDue(base, m_analysis.timeZone());
    ReportTable items;
    items.columns = {{tr("Item"), 0.26, Qt::AlignLeft}, {tr("Measure"), 0.34, Qt::AlignLeft},
        {tr("Plan due (1 month)"), 0.20, Qt::AlignLeft}, {tr("Results due (3 months)"), 0.20, Qt::AlignLeft}};
    for (const QString &item :
        {tr("Testing before changes"), tr("Control of operations work"), tr("Disaster-response manuals and drills"),
            tr("Monitoring and detection"), tr("Follow-up of the root cause"), tr("Notice to users")})
        items.rows.append(
            {{{item, {}}, toBeEntered(), {formatTime(plan, dateTime), {}}, {formatTime(results, dateTime), {}}},
                false});
    items.footnote
        = tr("The six items of MSIT's corrective demand of 31 May 2024 (etoday.co.kr 2365690; techm.kr 125444); the "
             "6 Dec 2022 investigation asked each operator for an improvement plan within 1 month "
             "(ktcb.ktab.kr, notice 2099). Due dates counted from %1 (%2); the date of the "
             "ministry's demand is to be entered, and the dates recounted from it.")
              .arg(formatTime(base, dateTime),
                  clock.resolved ? tr("the incident's resolution") : tr("the report's generation"));
    w.table(items);
    w.advance(w.pt(4));

    w.heading(tr("User protection"));
    ReportTable protection;
    protection.columns = {{tr("Field"), 0.45, Qt::AlignLeft}, {tr("Value"), 0.55, Qt::AlignLeft}};
    for (const QString &field :
        {tr("Damage reports received"), tr("Compensation paid and its criteria"), tr("Contact for users")})
        protection.rows.append({{{field, {}}, toBeEntered()}, false});
    w.table(protection);
    w.advance(w.pt(4));
}
