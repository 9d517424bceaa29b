#include "countingmethod.h"

#include <QCoreApplication>

double CountingMethod::availabilityFor(ServiceState state, double lastKnown) const
{
    switch (state) {
    case ServiceState::Operational: return operational;
    case ServiceState::Maintenance: return maintenance;
    case ServiceState::Degraded: return degraded;
    case ServiceState::PartialOutage: return partialOutage;
    case ServiceState::MajorOutage: return majorOutage;
    case ServiceState::Unknown: break;
    }
    return unknown < 0 ? lastKnown : unknown;
}

QString CountingMethod::describe() const
{
    const auto pct = [](double availability) { return QString::number(qRound((1.0 - availability) * 100)); };
    QString text = QCoreApplication::translate(
        "CountingMethod",
        "People affected = users × (1 − availability). Measured availability samples are used "
        "where present; otherwise a reported state counts as: degraded %1 % affected, partial "
        "outage %2 %, major outage %3 %, maintenance %4 %.")
        .arg(pct(degraded), pct(partialOutage), pct(majorOutage), pct(maintenance));
    text += u' ';
    text += unknown < 0
        ? QCoreApplication::translate("CountingMethod", "An unknown state keeps the last known availability.")
        : QCoreApplication::translate("CountingMethod", "An unknown state counts as %1 % affected.").arg(pct(unknown));
    text += u' ';
    text += QCoreApplication::translate(
        "CountingMethod",
        "A dependency's failure reaches its share of the dependent's users: effective availability "
        "= own × Π(1 − share × (1 − dependency's effective availability)).");
    return text;
}
