// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/incidentwords.h"

#include <QCoreApplication>

namespace IncidentWords {

QStringList severities()
{
    return {QStringLiteral("none"), QStringLiteral("minor"), QStringLiteral("major"), QStringLiteral("critical")};
}

QString severityName(const QString &severity)
{
    const QString s = severity.toLower();
    if (s == u"critical")
        return QCoreApplication::translate("IncidentWords", "Critical");
    if (s == u"major")
        return QCoreApplication::translate("IncidentWords", "Major");
    if (s == u"minor")
        return QCoreApplication::translate("IncidentWords", "Minor");
    if (s == u"none")
        return QCoreApplication::translate("IncidentWords", "None");
    if (s == u"maintenance")
        return QCoreApplication::translate("IncidentWords", "Maintenance");
    return severity;
}

// Statuspage's incident and maintenance statuses, and the NDJSON "update" for a plain note.
QString updateStatusName(const QString &status)
{
    static const char *const words[][2] = {
        {"investigating", QT_TRANSLATE_NOOP("IncidentWords", "Investigating")},
        {"identified", QT_TRANSLATE_NOOP("IncidentWords", "Identified")},
        {"monitoring", QT_TRANSLATE_NOOP("IncidentWords", "Monitoring")},
        {"resolved", QT_TRANSLATE_NOOP("IncidentWords", "Resolved")},
        {"postmortem", QT_TRANSLATE_NOOP("IncidentWords", "Postmortem")},
        {"update", QT_TRANSLATE_NOOP("IncidentWords", "Update")},
        {"scheduled", QT_TRANSLATE_NOOP("IncidentWords", "Scheduled")},
        {"in_progress", QT_TRANSLATE_NOOP("IncidentWords", "In progress")},
        {"verifying", QT_TRANSLATE_NOOP("IncidentWords", "Verifying")},
        {"completed", QT_TRANSLATE_NOOP("IncidentWords", "Completed")},
        {"firing", QT_TRANSLATE_NOOP("IncidentWords", "Firing")},
    };
    const QString s = status.toLower();
    for (const auto &[key, shown] : words)
        if (s == QLatin1StringView(key))
            return QCoreApplication::translate("IncidentWords", shown);
    return status;
}

QStringList confidences()
{
    return {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
}

QString confidenceName(const QString &confidence)
{
    const QString c = confidence.toLower();
    if (c == u"high")
        return QCoreApplication::translate("IncidentWords", "High");
    if (c == u"medium")
        return QCoreApplication::translate("IncidentWords", "Medium");
    if (c == u"low")
        return QCoreApplication::translate("IncidentWords", "Low");
    return confidence;
}

} // namespace IncidentWords
