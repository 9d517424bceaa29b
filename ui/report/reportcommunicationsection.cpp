// SPDX-License-Identifier: GPL-3.0-or-later
// One section of the report (ReportRenderer::layout orders them): how long it took to tell
// people (issue #21, point 2), in every report, whatever the template.
#include "report/reportrenderer.h"

#include "impact/communicationlane.h"
#include "impact/userreportbaseline.h"
#include "report/reportformat.h"
#include "report/reportpagewriter.h"

using Milestone = CommunicationLane::Milestone;

void ReportRenderer::layoutCommunication(ReportPageWriter &w) const
{
    if (!m_analysis.isValid() || !m_analysis.incident())
        return;
    const CommunicationLane lane = CommunicationLane::of(m_snapshot, m_analysis);
    const QString dateTime = QStringLiteral("d MMM yyyy HH:mm");
    w.heading(tr("Communication"));
    ReportTable table;
    table.columns = {{tr("Milestone"), 0.21, Qt::AlignLeft}, {tr("Time"), 0.28, Qt::AlignRight},
        {tr("After the one before"), 0.15, Qt::AlignRight}, {tr("What the data says"), 0.36, Qt::AlignLeft}};
    for (Milestone m : CommunicationLane::milestones()) {
        const std::optional<TimeMs> t = lane.at(m);
        ReportTableCell time
            = t ? ReportTableCell {formatTime(*t, dateTime), {}} : ReportTableCell {tr("to be entered"), {}, true};
        const std::optional<qint64> lag = lane.lagSecondsBefore(m);
        const ReportTableCell after {lag
                ? (*lag < 0 ? QStringLiteral("−") : QStringLiteral("+")) + Timestamps::formatDuration(qAbs(*lag))
                : ReportFormat::dash(),
            {}};
        QString basis;
        switch (m) {
        case Milestone::FirstEvidence:
            if (lane.evidence == CommunicationLane::Evidence::UserReports)
                basis = tr("user reports rose to at least 3× their usual level and 10 more (%1)")
                            .arg(lane.evidenceServiceName);
            else if (lane.evidence == CommunicationLane::Evidence::State)
                basis = tr("first reported state below operational (%1)").arg(lane.evidenceServiceName);
            else if (lane.evidence == CommunicationLane::Evidence::Sample)
                basis = tr("first sample below 99.9 % available (%1)").arg(lane.evidenceServiceName);
            if (lane.evidenceDerived)
                basis += u' ' + tr("(derived: a reconstruction, not a measurement)");
            break;
        case Milestone::Acknowledged:
            basis = m_analysis.incident()->detected ? tr("the incident's detected time, as declared")
                                                    : tr("the incident's first update");
            break;
        case Milestone::FirstPublicUpdate:
            basis = t ? tr("first update marked public: %1").arg(lane.publicUpdateSource)
                      : tr("no update of this incident is marked public");
            break;
        case Milestone::RegulatorNotified:
            basis = t ? tr("marked by a reviewer") : tr("not recorded: mark it from the timeline (Notes menu)");
            break;
        case Milestone::Resolved:
            basis = tr("the incident's resolved time");
            break;
        }
        table.rows.append({{{CommunicationLane::displayName(m), {}}, time, after, {basis, {}}}, false});
    }
    table.footnote = tr("Times in %1. A milestone the data does not hold is left to be entered, never "
                        "guessed; its lags stay empty.")
                         .arg(QString::fromUtf8(m_analysis.timeZone().id()));
    w.table(table);
    w.advance(w.pt(4));
}
