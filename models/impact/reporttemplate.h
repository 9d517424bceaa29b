// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// Which report to write: the postmortem, or one shaped for a regulator (issue #21). The figures
// are the same; a regulator's template adds its own tests and due dates and leaves visible
// "to be entered" cells for what the timeline cannot know.
enum class ReportTemplate {
    Postmortem,
    Nis2, // EU NIS2, Art. 23, with the cloud thresholds of Implementing Regulation (EU) 2024/2690
    Dora, // EU DORA, Art. 19, with the thresholds of Delegated Regulation (EU) 2024/1772
    KrMsit, // Korea: the shape of MSIT's investigation of 6 Dec 2022 and the 2 h user notice
};

namespace ReportTemplates {
QString key(ReportTemplate t); // "postmortem", "nis2", "dora", "kr-msit"
std::optional<ReportTemplate> fromKey(QStringView key);
QStringList keys();
// Translated names for menus and the report's title ("NIS2 significant-incident report").
QString displayName(ReportTemplate t);
// One translated sentence for a tooltip: what the template fills and what it leaves to enter.
QString describe(ReportTemplate t);
} // namespace ReportTemplates
