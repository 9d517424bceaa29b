// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/incidentanalysis.h"

#include <QJsonArray>

#include <cmath>

namespace {
constexpr TimeMs kMargin = 3600 * 1000; // an hour of context either side of the incident

QJsonValue seconds(const std::optional<TimeMs> &t)
{
    return t ? QJsonValue(double(*t / 1000)) : QJsonValue();
}
QJsonValue since(const std::optional<TimeMs> &t, TimeMs origin)
{
    return t ? QJsonValue(double((*t - origin) / 1000)) : QJsonValue();
}
QJsonValue duration(const std::optional<qint64> &s)
{
    return s ? QJsonValue(double(*s)) : QJsonValue();
}
QJsonObject milestonesJson(const RecoveryMilestones &m, TimeMs origin)
{
    return QJsonObject {
        {QStringLiteral("outage_start"), seconds(m.outageStart)},
        {QStringLiteral("first_partial_at"), seconds(m.firstPartial)},
        {QStringLiteral("recovered_50_at"), seconds(m.recovered50)},
        {QStringLiteral("recovered_90_at"), seconds(m.recovered90)},
        {QStringLiteral("recovered_99_at"), seconds(m.recovered99)},
        {QStringLiteral("full_at"), seconds(m.full)},
        {QStringLiteral("time_to_first_partial_s"), since(m.firstPartial, origin)},
        {QStringLiteral("time_to_50_s"), since(m.recovered50, origin)},
        {QStringLiteral("time_to_90_s"), since(m.recovered90, origin)},
        {QStringLiteral("time_to_99_s"), since(m.recovered99, origin)},
        {QStringLiteral("time_to_full_s"), since(m.full, origin)},
    };
}
} // namespace

IncidentAnalysis::IncidentAnalysis(
    const TimelineSnapshot &snapshot, const Incident *incident, const CountingMethod &method)
{
    if (incident)
        m_incident = *incident;
    m_allIncidents = snapshot.incidents;
    m_input.method = method;
    for (const Service &s : snapshot.services)
        if (!incident || incident->services.isEmpty() || incident->services.contains(s.key))
            m_input.services.append(s);
    // Dependencies reach outside the incident's own list: pull in what its services need,
    // so inherited impact is never silently dropped.
    for (qsizetype i = 0; i < m_input.services.size(); ++i) {
        for (const Dependency &d : snapshot.dependencies) {
            if (d.service != m_input.services[i].key)
                continue;
            const bool present = std::any_of(m_input.services.cbegin(), m_input.services.cend(),
                [&](const Service &s) { return s.key == d.dependsOn; });
            if (!present)
                if (const Service *dep = snapshot.service(d.dependsOn))
                    m_input.services.append(*dep);
        }
    }
    QSet<QString> keys;
    for (const Service &s : std::as_const(m_input.services))
        keys.insert(s.key);
    for (const Dependency &d : snapshot.dependencies)
        if (keys.contains(d.service) && keys.contains(d.dependsOn))
            m_input.dependencies.append(d);
    for (const HealthSample &s : snapshot.samples)
        if (keys.contains(s.service))
            m_input.samples.append(s);
    for (const StateChange &s : snapshot.states)
        if (keys.contains(s.service))
            m_input.states.append(s);

    TimeMs first = std::numeric_limits<TimeMs>::max(), last = std::numeric_limits<TimeMs>::min();
    for (const HealthSample &s : std::as_const(m_input.samples)) {
        first = qMin(first, s.time);
        last = qMax(last, s.time);
    }
    for (const StateChange &s : std::as_const(m_input.states)) {
        first = qMin(first, s.time);
        last = qMax(last, s.time);
    }
    if (incident && incident->began) {
        m_input.from = *incident->began - kMargin;
        m_input.to = incident->resolved ? *incident->resolved + kMargin : qMax(last, *incident->began) + kMargin;
    } else if (first <= last) {
        m_input.from = first;
        m_input.to = qMax(last, first + kMargin);
    }
    m_result = ImpactEngine::compute(m_input);
}

void IncidentAnalysis::restrictWindow(TimeMs from, TimeMs to)
{
    if (from)
        m_input.from = from;
    if (to)
        m_input.to = to;
    m_result = ImpactEngine::compute(m_input);
}

TimeMs IncidentAnalysis::origin() const
{
    if (m_incident && m_incident->began)
        return *m_incident->began;
    return m_result.totalMilestones.outageStart.value_or(m_input.from);
}

QTimeZone IncidentAnalysis::timeZone() const
{
    return Timestamps::zoneOrUtc(m_incident ? m_incident->timeZone : QString());
}

IncidentPhases IncidentAnalysis::phases() const
{
    return m_incident ? ImpactFigures::phases(*m_incident) : IncidentPhases {};
}

MeanTimeToResolve IncidentAnalysis::meanTimeToResolve() const
{
    return ImpactFigures::meanTimeToResolve(m_allIncidents);
}

std::optional<WindowAvailability> IncidentAnalysis::availability(const QString &service) const
{
    const ServiceImpact *impact = m_result.find(service);
    return impact ? ImpactFigures::availability(*impact, m_input.from, m_input.to) : std::nullopt;
}

QJsonObject IncidentAnalysis::toJson() const
{
    QJsonObject doc;
    if (m_incident) {
        doc.insert(QStringLiteral("incident"),
            QJsonObject {
                {QStringLiteral("id"), m_incident->id},
                {QStringLiteral("title"), m_incident->title},
                {QStringLiteral("began"), seconds(m_incident->began)},
                {QStringLiteral("detected"), seconds(m_incident->detected)},
                {QStringLiteral("mitigated"), seconds(m_incident->mitigated)},
                {QStringLiteral("resolved"), seconds(m_incident->resolved)},
                {QStringLiteral("time_zone"), m_incident->timeZone},
            });
        const IncidentPhases p = phases();
        doc.insert(QStringLiteral("phases"),
            QJsonObject {
                {QStringLiteral("began"), seconds(p.began)},
                {QStringLiteral("detected"), seconds(p.detected)},
                {QStringLiteral("mitigated"), seconds(p.mitigated)},
                {QStringLiteral("resolved"), seconds(p.resolved)},
                {QStringLiteral("time_to_detect_s"), duration(p.timeToDetectSec)},
                {QStringLiteral("time_to_mitigate_s"), duration(p.timeToMitigateSec)},
                {QStringLiteral("time_to_resolve_s"), duration(p.timeToResolveSec)},
            });
    }
    const MeanTimeToResolve mttr = meanTimeToResolve();
    doc.insert(QStringLiteral("mttr_s"), mttr.seconds ? QJsonValue(qRound64(*mttr.seconds)) : QJsonValue());
    doc.insert(QStringLiteral("mttr_incidents"), mttr.incidents);
    doc.insert(QStringLiteral("window"),
        QJsonObject {
            {QStringLiteral("from"), double(m_input.from / 1000)}, {QStringLiteral("to"), double(m_input.to / 1000)}});
    doc.insert(QStringLiteral("counting_method"), m_input.method.describe());
    doc.insert(QStringLiteral("counting_spec"), m_input.method.toString());
    if (!m_result.ok()) {
        doc.insert(QStringLiteral("error"), m_result.error);
        return doc;
    }
    const TimeMs o = origin();
    QJsonArray services;
    for (const ServiceImpact &s : m_result.services) {
        QJsonObject row = milestonesJson(s.milestones, o);
        row.insert(QStringLiteral("service"), s.service);
        for (const Service &def : m_input.services)
            if (def.key == s.service)
                row.insert(QStringLiteral("name"), def.name);
        row.insert(QStringLiteral("users"), double(s.users));
        row.insert(QStringLiteral("peak_affected"), qRound64(s.peakAffected));
        row.insert(QStringLiteral("peak_at"), seconds(s.peakAt));
        row.insert(QStringLiteral("people_hours"), qRound64(s.peopleHours));
        row.insert(QStringLiteral("people_hours_own"), qRound64(s.peopleHoursOwn));
        row.insert(QStringLiteral("people_hours_inherited"), qRound64(s.peopleHoursInherited));
        // Over the whole window; four decimals keep 99.99 % apart from 100 %.
        if (const auto a = ImpactFigures::availability(s, m_input.from, m_input.to)) {
            row.insert(QStringLiteral("availability"), std::round(a->effective * 1e4) / 1e4);
            row.insert(QStringLiteral("availability_own"), std::round(a->own * 1e4) / 1e4);
        }
        services.append(row);
    }
    doc.insert(QStringLiteral("services"), services);
    QJsonObject total = milestonesJson(m_result.totalMilestones, o);
    total.insert(QStringLiteral("peak_affected"), qRound64(m_result.peakTotal));
    total.insert(QStringLiteral("peak_at"), seconds(m_result.peakTotalAt));
    total.insert(QStringLiteral("people_hours"), qRound64(m_result.peopleHoursTotal));
    doc.insert(QStringLiteral("total"), total);
    return doc;
}
