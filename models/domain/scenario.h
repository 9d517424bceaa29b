// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

// One change a scenario makes to a recorded incident.
struct ScenarioChange {
    enum class Kind {
        RecoverAt, // 'service' is fully available from 'time' on
        RecoverAfter, // ... from 'minutes' after the incident began
        FailoverWithin, // fails over 'minutes' after the incident began: the recorded curve until then, 1.0 after
        Dependency, // 'service' → 'dependsOn' takes 'share' (0 removes the dependency)
    };
    Kind kind = Kind::RecoverAfter;
    QString service;
    TimeMs time = 0; // RecoverAt
    double minutes = 0; // RecoverAfter, FailoverWithin
    QString dependsOn; // Dependency
    double share = 0.0; // Dependency
    bool operator==(const ScenarioChange &) const = default;

    static QString kindKey(Kind kind); // "recover_at", ...
    static std::optional<Kind> kindFromKey(QStringView key);
};

// A named set of changes to one recorded incident: "what if login had failed over within 20 min".
// Stored with the incident (table scenarios, natural key (incident, name)); never changes the
// recorded data: ScenarioApplier::apply() returns a changed copy of the engine's input.
struct Scenario {
    QString incidentId;
    QString name;
    QString description;
    QList<ScenarioChange> changes;
    bool operator==(const Scenario &) const = default;

    // The NDJSON record and the stored definition: {"type":"scenario","incident":…,"name":…,
    // "description":…,"changes":[…]}. Times are written as RFC 3339 UTC.
    QJsonObject toJson() const;
    // Reads what toJson() writes (and the NDJSON line); on failure returns nullopt and names
    // the field ("changes[1].minutes") and the reason.
    static std::optional<Scenario> fromJson(
        const QJsonObject &object, QString *field = nullptr, QString *reason = nullptr);
};

Q_DECLARE_METATYPE(Scenario)
