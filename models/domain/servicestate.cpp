// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/servicestate.h"

#include <QCoreApplication>

namespace ServiceStates {

QString toKey(ServiceState state)
{
    switch (state) {
    case ServiceState::Operational:
        return QStringLiteral("operational");
    case ServiceState::Maintenance:
        return QStringLiteral("maintenance");
    case ServiceState::Degraded:
        return QStringLiteral("degraded");
    case ServiceState::PartialOutage:
        return QStringLiteral("partial_outage");
    case ServiceState::MajorOutage:
        return QStringLiteral("major_outage");
    case ServiceState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<ServiceState> fromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k == u"operational" || k == u"ok" || k == u"up" || k == u"resolved")
        return ServiceState::Operational;
    if (k == u"maintenance" || k == u"under_maintenance")
        return ServiceState::Maintenance;
    if (k == u"degraded" || k == u"degraded_performance")
        return ServiceState::Degraded;
    if (k == u"partial_outage" || k == u"partial")
        return ServiceState::PartialOutage;
    if (k == u"major_outage" || k == u"major" || k == u"down" || k == u"outage")
        return ServiceState::MajorOutage;
    if (k == u"unknown")
        return ServiceState::Unknown;
    return std::nullopt;
}

QString displayName(ServiceState state)
{
    switch (state) {
    case ServiceState::Operational:
        return QCoreApplication::translate("ServiceState", "Operational");
    case ServiceState::Maintenance:
        return QCoreApplication::translate("ServiceState", "Maintenance");
    case ServiceState::Degraded:
        return QCoreApplication::translate("ServiceState", "Degraded");
    case ServiceState::PartialOutage:
        return QCoreApplication::translate("ServiceState", "Partial outage");
    case ServiceState::MajorOutage:
        return QCoreApplication::translate("ServiceState", "Major outage");
    case ServiceState::Unknown:
        break;
    }
    return QCoreApplication::translate("ServiceState", "Unknown");
}

QList<ServiceState> all()
{
    return {ServiceState::Operational, ServiceState::Maintenance, ServiceState::Degraded, ServiceState::PartialOutage,
        ServiceState::MajorOutage, ServiceState::Unknown};
}

} // namespace ServiceStates
