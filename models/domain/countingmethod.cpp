// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/countingmethod.h"

#include <QCoreApplication>

double CountingMethod::availabilityFor(ServiceState state, double lastKnown) const
{
    switch (state) {
    case ServiceState::Operational:
        return operational;
    case ServiceState::Maintenance:
        return maintenance;
    case ServiceState::Degraded:
        return degraded;
    case ServiceState::PartialOutage:
        return partialOutage;
    case ServiceState::MajorOutage:
        return majorOutage;
    case ServiceState::Unknown:
        break;
    }
    return unknown < 0 ? lastKnown : unknown;
}

QString CountingMethod::describe() const
{
    const auto pct = [](double availability) { return QString::number(qRound((1.0 - availability) * 100)); };
    QString text = QCoreApplication::translate("CountingMethod",
        "People affected = users × (1 − availability). Measured availability samples are used "
        "where present; otherwise a reported state counts as: degraded %1 % affected, partial "
        "outage %2 %, major outage %3 %, maintenance %4 %.")
                       .arg(pct(degraded), pct(partialOutage), pct(majorOutage), pct(maintenance));
    text += u' ';
    text += unknown < 0
        ? QCoreApplication::translate("CountingMethod", "An unknown state keeps the last known availability.")
        : QCoreApplication::translate("CountingMethod", "An unknown state counts as %1 % affected.").arg(pct(unknown));
    text += u' ';
    text += QCoreApplication::translate("CountingMethod",
        "A dependency's failure reaches its share of the dependent's users: effective availability "
        "= own × Π(1 − share × (1 − dependency's effective availability)).");
    return text;
}

namespace {
// The spec's own short names: the wire keys with the outages short ("partial", "major");
// fromKey also takes the feeds' aliases.
QString specKey(ServiceState state)
{
    return ServiceStates::toKey(state).remove(QStringLiteral("_outage"));
}

// The member a state's availability lives in; const or not, as the method passed.
template <typename Method> auto field(Method &m, ServiceState state) -> decltype(&m.operational)
{
    switch (state) {
    case ServiceState::Operational:
        return &m.operational;
    case ServiceState::Maintenance:
        return &m.maintenance;
    case ServiceState::Degraded:
        return &m.degraded;
    case ServiceState::PartialOutage:
        return &m.partialOutage;
    case ServiceState::MajorOutage:
        return &m.majorOutage;
    case ServiceState::Unknown:
        break;
    }
    return &m.unknown;
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}
} // namespace

CountingMethod CountingMethod::fromString(const QString &spec, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return CountingMethod {};
    };
    const QString keys = QStringLiteral("degraded, partial, major, maintenance, operational, unknown");
    if (spec.trimmed().isEmpty())
        return fail(QCoreApplication::translate("CountingMethod", "the counting spec is empty (expected e.g. \"%1\")")
                        .arg(CountingMethod {}.toString()));
    CountingMethod m;
    QList<ServiceState> seen;
    for (const QString &part : spec.split(u',')) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            return fail(QCoreApplication::translate("CountingMethod", "empty entry in counting spec \"%1\"").arg(spec));
        const qsizetype eq = item.indexOf(u'=');
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed();
        const std::optional<ServiceState> state = ServiceStates::fromKey(key);
        if (!state)
            return fail(QCoreApplication::translate("CountingMethod", "unknown key \"%1\" in counting spec (keys: %2)")
                            .arg(key, keys));
        if (eq < 0)
            return fail(QCoreApplication::translate(
                "CountingMethod", "\"%1\" has no value in counting spec (expected %1=NUMBER)")
                            .arg(key));
        if (seen.contains(*state))
            return fail(
                QCoreApplication::translate("CountingMethod", "\"%1\" is given twice in counting spec").arg(key));
        seen.append(*state);
        const QString value = item.mid(eq + 1).trimmed();
        if (value.compare(u"last", Qt::CaseInsensitive) == 0) {
            // Only an unknown state can sensibly mean "as before"; a reported outage is news.
            if (*state != ServiceState::Unknown)
                return fail(QCoreApplication::translate(
                    "CountingMethod", "\"%1=last\": only unknown can keep the last known availability")
                                .arg(key));
            m.unknown = -1.0;
            continue;
        }
        bool ok = false;
        const double v = value.toDouble(&ok); // C locale: "0.9" reads the same everywhere
        if (!ok || !(v >= 0.0 && v <= 1.0))
            return fail(QCoreApplication::translate(
                "CountingMethod", "\"%1\" must be an availability from 0 to 1 in counting spec, not \"%2\"")
                            .arg(key, value));
        *field(m, *state) = v;
    }
    if (error)
        error->clear();
    return m;
}

QString CountingMethod::toString() const
{
    QStringList parts;
    for (ServiceState state : {ServiceState::Degraded, ServiceState::PartialOutage, ServiceState::MajorOutage,
             ServiceState::Maintenance, ServiceState::Unknown}) {
        const double v = *field(*this, state);
        parts.append(
            specKey(state) + u'=' + (state == ServiceState::Unknown && v < 0 ? QStringLiteral("last") : number(v)));
    }
    if (operational != 1.0)
        parts.append(specKey(ServiceState::Operational) + u'=' + number(operational));
    return parts.join(u',');
}
