// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

// The states a service can be in, ordered from best to worst so that
// "worst of" is a max(). Keys are the wire names used in every feed and in the store.
enum class ServiceState {
    Operational = 0,
    Maintenance = 1,
    Degraded = 2,
    PartialOutage = 3,
    MajorOutage = 4,
    Unknown = 5,
};

namespace ServiceStates {
QString toKey(ServiceState state);
// Accepts the native keys and the common aliases of Statuspage-style feeds
// (degraded_performance, under_maintenance, ok, down...).
std::optional<ServiceState> fromKey(QStringView key);
QString displayName(ServiceState state);
QList<ServiceState> all();
} // namespace ServiceStates
