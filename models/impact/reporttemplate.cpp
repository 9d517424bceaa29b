// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/reporttemplate.h"

#include <QCoreApplication>

namespace ReportTemplates {

QString key(ReportTemplate t)
{
    switch (t) {
    case ReportTemplate::Postmortem:
        return QStringLiteral("postmortem");
    case ReportTemplate::Nis2:
        return QStringLiteral("nis2");
    case ReportTemplate::Dora:
        return QStringLiteral("dora");
    case ReportTemplate::KrMsit:
        return QStringLiteral("kr-msit");
    }
    return {};
}

std::optional<ReportTemplate> fromKey(QStringView name)
{
    for (ReportTemplate t :
        {ReportTemplate::Postmortem, ReportTemplate::Nis2, ReportTemplate::Dora, ReportTemplate::KrMsit})
        if (name.compare(key(t), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

QStringList keys()
{
    return {key(ReportTemplate::Postmortem), key(ReportTemplate::Nis2), key(ReportTemplate::Dora),
        key(ReportTemplate::KrMsit)};
}

QString displayName(ReportTemplate t)
{
    switch (t) {
    case ReportTemplate::Postmortem:
        return QCoreApplication::translate("ReportTemplate", "Postmortem report");
    case ReportTemplate::Nis2:
        return QCoreApplication::translate("ReportTemplate", "NIS2 significant-incident report");
    case ReportTemplate::Dora:
        return QCoreApplication::translate("ReportTemplate", "DORA major-incident report");
    case ReportTemplate::KrMsit:
        return QCoreApplication::translate("ReportTemplate", "Korean MSIT outage report");
    }
    return {};
}

QString describe(ReportTemplate t)
{
    switch (t) {
    case ReportTemplate::Postmortem:
        return QCoreApplication::translate(
            "ReportTemplate", "The full postmortem: figures, milestones, charts, timeline, sources.");
    case ReportTemplate::Nis2:
        return QCoreApplication::translate("ReportTemplate",
            "EU NIS2 (cloud services): the significance test on the data, and the 24 h, 72 h and 1 month due "
            "dates from awareness; cause, cross-border impact and contacts left to enter.");
    case ReportTemplate::Dora:
        return QCoreApplication::translate("ReportTemplate",
            "EU DORA: the major-incident criteria the data can test, occurred, recovered and resolved times, "
            "the 4 h/24 h, 72 h and 1 month due dates, and earlier incidents on the same services.");
    case ReportTemplate::KrMsit:
        return QCoreApplication::translate("ReportTemplate",
            "Korea (MSIT): chronology by operator, duration and share of users affected per service, cause "
            "and corrective items to enter with 1- and 3-month due dates, and the 2 h user-notice check.");
    }
    return {};
}

} // namespace ReportTemplates
