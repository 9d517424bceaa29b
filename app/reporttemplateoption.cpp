// SPDX-License-Identifier: GPL-3.0-or-later
// report --template: which shape the report takes (issue #21).
#include "commandline.h"

#include <QCoreApplication>

QString CommandLine::takeTemplate(const QString &value, bool isSet)
{
    if (!isSet)
        return {};
    const auto chosen = ReportTemplates::fromKey(value);
    if (!chosen)
        return QCoreApplication::translate("CommandLine", "unknown template \"%1\" (templates: %2)")
            .arg(value, ReportTemplates::keys().join(QStringLiteral(", ")));
    if (verb != Verb::Report)
        return QCoreApplication::translate("CommandLine", "--template is for report");
    reportTemplate = *chosen;
    return {};
}
