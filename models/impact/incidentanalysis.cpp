// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/incidentanalysis.h"

#include "impact/communicationlane.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
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
QJsonValue windowJson(const MilestoneWindow &w)
{
    if (w.isEmpty())
        return QJsonValue();
    return QJsonObject {
        {QStringLiteral("earliest"), seconds(w.earliest)},
        {QStringLiteral("latest"), seconds(w.latest)},
        {QStringLiteral("note"), w.note},
    };
}
// Peak and people-hours of one figure with its bounds, under the keys `summary --json` documents.
void insertRange(QJsonObject &o, const QString &key, double central, double low, double high)
{
    o.insert(key, qRound64(central));
    o.insert(key + u"_low", qRound64(low));
    o.insert(key + u"_high", qRound64(high));
}
QJsonObject audienceJson(const Audience &a, const DistinctFigures &f)
{
    QJsonObject o {
        {QStringLiteral("key"), a.key},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("size"), double(a.size)},
        {QStringLiteral("declared_size"), double(a.declaredSize)},
        {QStringLiteral("note"), a.note},
        {QStringLiteral("services"), QJsonArray::fromStringList(a.services)},
        {QStringLiteral("own_service"), a.ownService},
        {QStringLiteral("raised_to_users"), a.raisedToUsers},
        {QStringLiteral("distinct_peak_at"), seconds(f.peakAt)},
    };
    insertRange(o, QStringLiteral("distinct_peak"), f.peak, f.peakLow, f.peakHigh);
    insertRange(o, QStringLiteral("distinct_people_hours"), f.peopleHours, f.peopleHoursLow, f.peopleHoursHigh);
    return o;
}
QJsonObject conflictJson(const SourceConflict &c)
{
    QJsonArray reports;
    for (const StateChange &r : c.reports)
        reports.append(QJsonObject {{QStringLiteral("source"), r.source},
            {QStringLiteral("state"), ServiceStates::toKey(r.state)}, {QStringLiteral("message"), r.message}});
    return QJsonObject {
        {QStringLiteral("service"), c.service},
        {QStringLiteral("at"), double(c.time / 1000)},
        {QStringLiteral("until"), double(c.until / 1000)},
        {QStringLiteral("reports"), reports},
        {QStringLiteral("followed_source"), c.followedSource},
        {QStringLiteral("reason"),
            c.reason == SourceConflict::Reason::SampleAtSameTime ? QStringLiteral("sample_at_same_time")
                                                                 : QStringLiteral("later_report")},
        {QStringLiteral("followed"), c.followedText()},
    };
}
// Whether every sample is of one of 'keys'. The snapshot's samples of a service mostly share
// one string (the store's overview makes them so): a string already found is known by its data
// pointer, without hashing it again.
bool everyServiceIn(const QList<HealthSample> &samples, const QSet<QString> &keys)
{
    std::array<const QChar *, 16> known {};
    size_t filled = 0, nextSlot = 0;
    for (const HealthSample &s : samples) {
        const QChar *data = s.service.constData();
        if (std::find(known.cbegin(), known.cbegin() + filled, data) != known.cbegin() + filled)
            continue;
        if (!keys.contains(s.service))
            return false;
        known[nextSlot++ % known.size()] = data;
        filled = qMin(filled + 1, known.size());
    }
    return true;
}
} // namespace

IncidentAnalysis::IncidentAnalysis(
    const TimelineSnapshot &snapshot, const Incident *incident, const CountingMethod &method, OverlapModel overlap)
{
    m_distinct.model = overlap;
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
    if (everyServiceIn(snapshot.samples, keys)) {
        // The snapshot's list itself (implicitly shared): on a large store it is tens of MB,
        // and copying it sample by sample cost more than the engine's whole run (#23).
        m_input.samples = snapshot.samples;
    } else {
        for (const HealthSample &s : snapshot.samples)
            if (keys.contains(s.service))
                m_input.samples.append(s);
    }
    for (const StateChange &s : snapshot.states)
        if (keys.contains(s.service))
            m_input.states.append(s);

    // The data's own first and last record bound the window only where the incident leaves it
    // open: a pass over every sample (tens of MB on a large store) is not made otherwise.
    TimeMs first = std::numeric_limits<TimeMs>::max(), last = std::numeric_limits<TimeMs>::min();
    if (!incident || !incident->began || !incident->resolved) {
        for (const HealthSample &s : std::as_const(m_input.samples)) {
            first = qMin(first, s.time);
            last = qMax(last, s.time);
        }
        for (const StateChange &s : std::as_const(m_input.states)) {
            first = qMin(first, s.time);
            last = qMax(last, s.time);
        }
    }
    if (incident && incident->began) {
        m_input.from = *incident->began - kMargin;
        m_input.to = incident->resolved ? *incident->resolved + kMargin : qMax(last, *incident->began) + kMargin;
    } else if (first <= last) {
        m_input.from = first;
        m_input.to = qMax(last, first + kMargin);
    }
    computeAll();
}

std::optional<QPair<TimeMs, TimeMs>> IncidentAnalysis::samplesRead(const Incident *incident, TimeMs from, TimeMs to)
{
    if (!incident || !incident->began)
        return std::nullopt; // the window is the data's own first to last record
    TimeMs first = *incident->began - kMargin;
    if (from)
        first = qMin(first, from);
    // Unresolved, the window ends an hour after the last record: every record after its start.
    TimeMs last = std::numeric_limits<TimeMs>::max() / 2;
    if (incident->resolved) {
        last = *incident->resolved + kMargin;
        if (to)
            last = qMax(last, to);
    }
    return QPair<TimeMs, TimeMs>(first - CommunicationLane::kLookBack, last);
}

void IncidentAnalysis::computeAll()
{
    m_result = ImpactEngine::compute(m_input);
    m_distinct = DistinctPeople::compute(m_input.services, m_result, m_input.to, m_distinct.model);
    m_conflicts.clear();
    for (const SourceConflict &c : SourceConflicts::find(m_input.states, m_input.samples, m_input.to))
        if (c.until >= m_input.from)
            m_conflicts.append(c);
}

void IncidentAnalysis::setOverlapModel(OverlapModel model)
{
    if (model != m_distinct.model)
        m_distinct = DistinctPeople::compute(m_input.services, m_result, m_input.to, model);
}

void IncidentAnalysis::restrictWindow(TimeMs from, TimeMs to)
{
    if (from)
        m_input.from = from;
    if (to)
        m_input.to = to;
    computeAll();
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
                {QStringLiteral("began_window"), windowJson(m_incident->beganWindow)},
                {QStringLiteral("detected_window"), windowJson(m_incident->detectedWindow)},
                {QStringLiteral("mitigated_window"), windowJson(m_incident->mitigatedWindow)},
                {QStringLiteral("resolved_window"), windowJson(m_incident->resolvedWindow)},
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
    doc.insert(QStringLiteral("overlap_model"), OverlapModels::key(m_distinct.model));
    doc.insert(QStringLiteral("overlap_method"), OverlapModels::describe(m_distinct.model));
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
        // Unknown users are null, never 0: the share figures below say what is known.
        row.insert(QStringLiteral("users"), s.users ? QJsonValue(double(*s.users)) : QJsonValue());
        row.insert(QStringLiteral("share_peak"), std::round(s.sharePeak * 1e4) / 1e4);
        row.insert(QStringLiteral("outage_seconds"), double(s.outageMs / 1000));
        row.insert(QStringLiteral("service_hours"), std::round(s.serviceHours * 1e4) / 1e4);
        insertRange(row, QStringLiteral("peak_affected"), s.peakAffected, s.peakAffectedLow, s.peakAffectedHigh);
        row.insert(QStringLiteral("peak_at"), seconds(s.peakAt));
        insertRange(row, QStringLiteral("people_hours"), s.peopleHours, s.peopleHoursLow, s.peopleHoursHigh);
        row.insert(QStringLiteral("derived"), s.derived);
        if (const Audience *a = m_distinct.audienceOf(s.service))
            row.insert(QStringLiteral("audience"), a->key);
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
    // The sum over services counts a person once per service: "service-users", kept under
    // its old keys; distinct people lead, with their range.
    QJsonObject total = milestonesJson(m_result.totalMilestones, o);
    insertRange(
        total, QStringLiteral("peak_affected"), m_result.peakTotal, m_result.peakTotalLow, m_result.peakTotalHigh);
    total.insert(QStringLiteral("peak_at"), seconds(m_result.peakTotalAt));
    insertRange(total, QStringLiteral("people_hours"), m_result.peopleHoursTotal, m_result.peopleHoursTotalLow,
        m_result.peopleHoursTotalHigh);
    const DistinctFigures &d = m_distinct.total;
    insertRange(total, QStringLiteral("distinct_peak"), d.peak, d.peakLow, d.peakHigh);
    total.insert(QStringLiteral("distinct_peak_at"), seconds(d.peakAt));
    insertRange(total, QStringLiteral("distinct_people_hours"), d.peopleHours, d.peopleHoursLow, d.peopleHoursHigh);
    total.insert(QStringLiteral("derived"), m_result.derived);
    total.insert(QStringLiteral("services_without_users"), double(m_result.servicesWithoutUsers));
    doc.insert(QStringLiteral("total"), total);
    QJsonArray audiences;
    for (qsizetype i = 0; i < m_distinct.audiences.size() && i < m_distinct.perAudience.size(); ++i)
        audiences.append(audienceJson(m_distinct.audiences.at(i), m_distinct.perAudience.at(i)));
    doc.insert(QStringLiteral("audiences"), audiences);
    QJsonArray conflicts;
    for (const SourceConflict &c : m_conflicts)
        conflicts.append(conflictJson(c));
    doc.insert(QStringLiteral("conflicts"), conflicts);
    return doc;
}
