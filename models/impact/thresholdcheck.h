// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QList>
#include <QString>
#include <optional>

// One criterion of a regulator's test, evaluated on the data: the figure measured, and whether
// it passes the threshold. Unknown when the data cannot say (users not known); ToBeEntered when
// the timeline can never hold the fact (a cause, a cost, a cross-border effect).
struct ThresholdCheck {
    enum class Verdict { Met, NotMet, Unknown, ToBeEntered };

    QString key; // which criterion ("unavailable", "share-limited", ...), for the page to name
    Verdict verdict = Verdict::ToBeEntered;
    std::optional<double> measured; // in the criterion's unit: minutes, share 0..1, people
    QString service; // the service that gave the measured figure
    std::optional<TimeMs> from; // where the measured stretch began

    // Met when any is met; else Unknown when any is unknown or to be entered; else NotMet.
    static Verdict any(const QList<Verdict> &verdicts);
};
