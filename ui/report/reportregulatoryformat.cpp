// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportregulatoryformat.h"

#include "report/reportformat.h"

#include <QCoreApplication>

namespace RegulatoryFormat {

ReportTableCell toBeEntered(const QString &hint)
{
    ReportTableCell cell {QCoreApplication::translate("ReportRegulation", "to be entered"), hint};
    cell.toBeEntered = true;
    return cell;
}

QString verdictText(ThresholdCheck::Verdict verdict)
{
    switch (verdict) {
    case ThresholdCheck::Verdict::Met:
        return QCoreApplication::translate("ReportRegulation", "met");
    case ThresholdCheck::Verdict::NotMet:
        return QCoreApplication::translate("ReportRegulation", "not met");
    case ThresholdCheck::Verdict::Unknown:
        return QCoreApplication::translate("ReportRegulation", "unknown");
    case ThresholdCheck::Verdict::ToBeEntered:
        return QCoreApplication::translate("ReportRegulation", "to be entered");
    }
    return {};
}

ReportTableCell verdictCell(ThresholdCheck::Verdict verdict)
{
    if (verdict == ThresholdCheck::Verdict::ToBeEntered)
        return toBeEntered();
    return {verdictText(verdict), {}};
}

QString minutes(double value)
{
    return Timestamps::formatDuration(qint64(value * 60.0 + 0.5));
}

QString share(double value)
{
    const double percent = value * 100.0;
    // One decimal shows which side of 5 % or 10 % a figure lies; whole figures need none.
    return ReportFormat::numberLocale().toString(percent, 'f', percent >= 99.95 || percent < 0.05 ? 0 : 1)
        + QStringLiteral(" %");
}

QString deadlineState(ReportDeadlines::State state)
{
    switch (state) {
    case ReportDeadlines::State::Open:
        return QCoreApplication::translate("ReportRegulation", "open");
    case ReportDeadlines::State::Overdue:
        return QCoreApplication::translate("ReportRegulation", "OVERDUE");
    case ReportDeadlines::State::Done:
        return QCoreApplication::translate("ReportRegulation", "sent in time");
    case ReportDeadlines::State::Late:
        return QCoreApplication::translate("ReportRegulation", "sent late");
    }
    return {};
}

QString awarenessBasis(RegulatoryClock::AwarenessBasis basis)
{
    switch (basis) {
    case RegulatoryClock::AwarenessBasis::Acknowledged:
        return QCoreApplication::translate("ReportRegulation", "the acknowledgement in the communication lane");
    case RegulatoryClock::AwarenessBasis::FirstEvidence:
        return QCoreApplication::translate(
            "ReportRegulation", "the first evidence in the communication lane (no acknowledgement recorded)");
    case RegulatoryClock::AwarenessBasis::Detected:
        return QCoreApplication::translate("ReportRegulation", "the incident's detected time");
    case RegulatoryClock::AwarenessBasis::IncidentStart:
        return QCoreApplication::translate(
            "ReportRegulation", "the incident's start (no detection or acknowledgement recorded)");
    case RegulatoryClock::AwarenessBasis::Unknown:
        break;
    }
    return QCoreApplication::translate("ReportRegulation", "not known");
}

QString noticeBasis(RegulatoryClock::NoticeBasis basis)
{
    switch (basis) {
    case RegulatoryClock::NoticeBasis::PublicUpdate:
        return QCoreApplication::translate("ReportRegulation", "the first public update in the communication lane");
    case RegulatoryClock::NoticeBasis::None:
        break;
    }
    return QCoreApplication::translate("ReportRegulation", "no public update recorded");
}

} // namespace RegulatoryFormat
