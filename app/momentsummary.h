// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

class IncidentAnalysis;

// `summary --at T`: every service's figures at one moment, the numbers the window's tiles and
// headline show with the cursor at T, so a reviewer (or a test) can hold the two side by side.
class MomentSummary final {
public:
    MomentSummary(const IncidentAnalysis &analysis, TimeMs at);

    // {"time", "distinct", "distinct_low", "distinct_high", "service_users", "derived",
    //  "services": [{"key", "name", "users", "affected", "affected_low", "affected_high",
    //  "affected_inherited", "availability", "derived"}]}; people figures are null without a user count.
    QJsonObject toJson() const;
    // The same as a table for the terminal: a header row, a row per service.
    QList<QStringList> table() const;
    // "People affected at …: …", or that they are not known.
    QString headline() const;

private:
    const IncidentAnalysis &m_analysis;
    TimeMs m_at;
};
