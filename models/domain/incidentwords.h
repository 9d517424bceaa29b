// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The words feeds use for an incident's severity and an update's status, as the interface shows
// them. The stored words stay the feed's (they are data and keys); these are for display only.
// A word no list knows is shown as the feed wrote it, not hidden.
namespace IncidentWords {
QStringList severities(); // none, minor, major, critical
QString severityName(const QString &severity);
QString updateStatusName(const QString &status);
// How far a milestone's source can be trusted: high (the operator's or an official report),
// medium (reputable news), low (an aggregator or a secondary copy).
QStringList confidences();
QString confidenceName(const QString &confidence);
} // namespace IncidentWords
