// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/scenarioanalysis.h"

#include "impact/scenarioapplier.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QJsonValue since(const std::optional<TimeMs> &t, TimeMs origin)
{
    return t ? QJsonValue(double((*t - origin) / 1000)) : QJsonValue();
}

QJsonObject rowJson(const ScenarioRow &r, TimeMs origin)
{
    QJsonObject o {
        {u"people_hours_recorded"_s, qRound64(r.recordedHours)},
        {u"people_hours_scenario"_s, qRound64(r.scenarioHours)},
        {u"people_hours_saved"_s, qRound64(r.savedHours())},
        {u"saved_percent"_s, std::round(r.savedPercent() * 10.0) / 10.0},
        {u"time_to_full_recorded_s"_s, since(r.recordedMilestones.full, origin)},
        {u"time_to_full_scenario_s"_s, since(r.scenarioMilestones.full, origin)},
        {u"time_to_90_recorded_s"_s, since(r.recordedMilestones.recovered90, origin)},
        {u"time_to_90_scenario_s"_s, since(r.scenarioMilestones.recovered90, origin)},
    };
    if (!r.service.isEmpty()) {
        o.insert(u"service"_s, r.service);
        o.insert(u"name"_s, r.name);
    }
    return o;
}
} // namespace

ScenarioAnalysis::ScenarioAnalysis(const IncidentAnalysis &recorded, const Scenario &scenario)
    : m_scenario(scenario)
    , m_recorded(recorded.result())
    , m_origin(recorded.origin())
{
    if (!recorded.result().ok()) {
        m_error = recorded.result().error;
        return;
    }
    const Incident incident = recorded.incident().value_or(Incident {});
    if (!scenario.incidentId.isEmpty() && !incident.id.isEmpty() && scenario.incidentId != incident.id) {
        m_error = u"scenario \""_s + scenario.name + u"\" belongs to incident "_s + scenario.incidentId + u", not "_s
            + incident.id;
        return;
    }
    m_input = ScenarioApplier::apply(scenario, recorded.input(), incident);
    m_result = ImpactEngine::compute(m_input);
    if (!m_result.ok()) {
        m_error = m_result.error;
        return;
    }
    for (qsizetype i = 0; i < m_recorded.services.size(); ++i) {
        const ServiceImpact &before = m_recorded.services.at(i);
        const ServiceImpact *after = m_result.find(before.service);
        ScenarioRow row;
        row.service = before.service;
        row.name = recorded.services().value(i).name;
        if (row.name.isEmpty())
            row.name = row.service;
        row.recordedHours = before.peopleHours;
        row.scenarioHours = after ? after->peopleHours : 0.0;
        row.recordedMilestones = before.milestones;
        if (after)
            row.scenarioMilestones = after->milestones;
        m_rows.append(row);
    }
    m_total.recordedHours = m_recorded.peopleHoursTotal;
    m_total.scenarioHours = m_result.peopleHoursTotal;
    m_total.recordedMilestones = m_recorded.totalMilestones;
    m_total.scenarioMilestones = m_result.totalMilestones;
    m_valid = true;
}

QJsonObject ScenarioAnalysis::toJson() const
{
    QJsonObject doc {{u"name"_s, m_scenario.name}, {u"description"_s, m_scenario.description},
        {u"changes"_s, m_scenario.toJson().value(u"changes")}};
    if (!m_valid) {
        doc.insert(u"error"_s, m_error);
        return doc;
    }
    QJsonArray services;
    for (const ScenarioRow &r : m_rows)
        services.append(rowJson(r, m_origin));
    doc.insert(u"services"_s, services);
    doc.insert(u"total"_s, rowJson(m_total, m_origin));
    return doc;
}
