// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/regulatoryclock.h"
#include "impact/reportdeadlines.h"
#include "impact/thresholdcheck.h"
#include "report/reportpagewriter.h"

// What the regulators' templates (NIS2, DORA, Korean MSIT) print the same way: verdicts,
// "to be entered" cells, durations, shares and the state of a due date.
namespace RegulatoryFormat {
// A visibly empty field: the data cannot know it ("to be entered"), with what to enter under it.
ReportTableCell toBeEntered(const QString &hint = {});
QString verdictText(ThresholdCheck::Verdict verdict);
ReportTableCell verdictCell(ThresholdCheck::Verdict verdict);
QString minutes(double minutes); // "10 h 1 min"
QString share(double share); // "12.3 %"
QString deadlineState(ReportDeadlines::State state);
// Where the awareness time comes from, for the line under it.
QString awarenessBasis(RegulatoryClock::AwarenessBasis basis);
QString noticeBasis(RegulatoryClock::NoticeBasis basis);
} // namespace RegulatoryFormat
