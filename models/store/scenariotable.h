// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/scenario.h"

#include <QSqlDatabase>

// The scenarios table: what-if scenarios saved with their incident, the definition as the
// JSON Scenario::toJson() writes. Natural key (incident_id, name). Prepared statements only.
class ScenarioTable final {
public:
    // Insert or replace the definition; touches the row only when the definition differs.
    static QString upsertSql();
    static bool save(const QSqlDatabase &db, const Scenario &scenario, QString *error);
    static bool remove(const QSqlDatabase &db, const QString &incidentId, const QString &name, QString *error);
    // By name. A stored definition that no longer parses is skipped (and named in 'error').
    static QList<Scenario> forIncident(const QSqlDatabase &db, const QString &incidentId, QString *error = nullptr);
};
