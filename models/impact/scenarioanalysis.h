// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/scenario.h"
#include "impact/impactengine.h"
#include "impact/incidentanalysis.h"

#include <QJsonObject>

// One row of the comparison: a service (or the total) recorded against the scenario.
struct ScenarioRow {
    QString service; // key; empty for the total
    QString name; // display name; empty for the total
    double recordedHours = 0.0;
    double scenarioHours = 0.0;
    double savedHours() const { return recordedHours - scenarioHours; }
    // Share of the recorded people-hours saved, 0..100; 0 when nothing was recorded.
    double savedPercent() const { return recordedHours > 0 ? 100.0 * savedHours() / recordedHours : 0.0; }
    RecoveryMilestones recordedMilestones;
    RecoveryMilestones scenarioMilestones;
};

// The engine run twice over one incident: on the recorded data and with a scenario's changes
// applied. Pure like the engine; shared by the panel, the report and `summary --scenario`.
class ScenarioAnalysis final {
public:
    ScenarioAnalysis() = default;
    ScenarioAnalysis(const IncidentAnalysis &recorded, const Scenario &scenario);

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    const Scenario &scenario() const { return m_scenario; }
    const ImpactInput &input() const { return m_input; }
    const ImpactResult &recorded() const { return m_recorded; }
    const ImpactResult &result() const { return m_result; } // with the changes applied
    const QList<ScenarioRow> &rows() const { return m_rows; } // per service, in the analysis' order
    const ScenarioRow &total() const { return m_total; }
    TimeMs origin() const { return m_origin; }

    // {"name", "description", "changes", "services":[{service, name, people_hours_recorded,
    //  people_hours_scenario, people_hours_saved, …}], "total":{…}}; people-hours rounded.
    QJsonObject toJson() const;

private:
    bool m_valid = false;
    QString m_error;
    Scenario m_scenario;
    ImpactInput m_input;
    ImpactResult m_recorded;
    ImpactResult m_result;
    QList<ScenarioRow> m_rows;
    ScenarioRow m_total;
    TimeMs m_origin = 0;
};
