#pragma once

#include "countingmethod.h"
#include "impactengine.h"
#include "timelinesnapshot.h"

#include <QJsonObject>
#include <QTimeZone>

// The figures of one incident (or of all the data when there is none): which services,
// which window, and the engine's result. Shared by the GUI, the report and `summary`.
class IncidentAnalysis final
{
public:
    IncidentAnalysis() = default;
    IncidentAnalysis(const TimelineSnapshot &snapshot, const Incident *incident, const CountingMethod &method = {});

    bool isValid() const { return m_result.ok() && !m_result.services.isEmpty(); }
    QString error() const { return m_result.error; }
    const std::optional<Incident> &incident() const { return m_incident; }
    const ImpactResult &result() const { return m_result; }
    const ImpactInput &input() const { return m_input; }
    const QList<Service> &services() const { return m_input.services; }
    TimeMs windowStart() const { return m_input.from; }
    TimeMs windowEnd() const { return m_input.to; }
    // Where elapsed times are counted from: the incident's start, else the first outage.
    TimeMs origin() const;
    QTimeZone timeZone() const;
    const CountingMethod &method() const { return m_input.method; }

    // The `summary --json` document: times as epoch seconds, durations in seconds.
    QJsonObject toJson() const;

private:
    std::optional<Incident> m_incident;
    ImpactInput m_input;
    ImpactResult m_result;
};
