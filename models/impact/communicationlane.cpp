// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/communicationlane.h"

#include "impact/incidentanalysis.h"
#include "impact/servicestateat.h"
#include "impact/userreportbaseline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <array>

namespace {
void takeEarliest(std::optional<TimeMs> &slot, TimeMs t)
{
    if (!slot || t < *slot)
        slot = t;
}
bool isFailing(ServiceState state)
{
    return state == ServiceState::Degraded || state == ServiceState::PartialOutage
        || state == ServiceState::MajorOutage;
}
} // namespace

CommunicationLane CommunicationLane::of(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis)
{
    CommunicationLane lane;
    const TimeMs from = analysis.windowStart();
    const TimeMs to = analysis.windowEnd();
    const auto inWindow = [&](TimeMs t) { return t >= from && t <= to; };

    // First evidence: the earliest failing sample or failing state of the analysis' services
    // (its own and those it depends on) in its window; a failure already under way when the
    // window opens counts from where it began, up to kLookBack earlier.
    // Services failing at the same moment (a fire takes several down in one second) are
    // looked at in the hash's order, which changes from run to run: the first key wins a tie,
    // so summary --json and the report name the same service every time.
    const auto consider = [&](TimeMs t, Evidence kind, const QString &service, bool derived) {
        if (lane.firstEvidenceAt
            && (*lane.firstEvidenceAt < t || (*lane.firstEvidenceAt == t && lane.evidenceService <= service)))
            return;
        lane.firstEvidenceAt = t;
        lane.evidence = kind;
        lane.evidenceService = service;
        lane.evidenceDerived = derived;
    };
    struct Reading {
        TimeMs time;
        bool failing;
        Evidence kind;
        bool derived;
    };
    QHash<QString, QList<Reading>> readings;
    const QList<HealthSample> &samples = analysis.input().samples;
    const auto sampleIn = [&](const HealthSample &s) { return s.time >= from - kLookBack && s.time <= to; };
    const auto stateIn = [&](const StateChange &s) {
        return s.time >= from - kLookBack && s.time <= to && s.state != ServiceState::Unknown;
    };
    // A service's samples mostly share one string (a large store's overview makes them so): it
    // is known by its data pointer, not by hashing every sample's key (#23). The keys go in first,
    // in the order of their first reading as before, so the hash and its order are the same; no
    // key is added after that, so the lists stay where they are.
    std::array<QPair<const QChar *, QList<Reading> *>, 16> known {};
    size_t nextSlot = 0;
    const auto find = [&](const QString &key) -> QList<Reading> ** {
        for (auto &[data, list] : known)
            if (data && data == key.constData())
                return &list;
        return nullptr;
    };
    const auto remember = [&](const QString &key, QList<Reading> *list) {
        known[nextSlot++ % known.size()] = {key.constData(), list};
    };
    for (const HealthSample &s : samples)
        if (sampleIn(s) && !find(s.service) && !readings.contains(s.service)) {
            readings.insert(s.service, {});
            remember(s.service, nullptr);
        }
    for (const StateChange &s : analysis.input().states)
        if (stateIn(s) && !readings.contains(s.service))
            readings.insert(s.service, {});
    known.fill({});
    for (const HealthSample &s : samples) {
        if (!sampleIn(s))
            continue;
        QList<Reading> **slot = find(s.service);
        QList<Reading> *list = slot ? *slot : nullptr;
        if (!list) {
            list = &readings[s.service];
            remember(s.service, list);
        }
        list->append({s.time, ServiceStateAt::forAvailability(s.availability) != ServiceState::Operational,
            Evidence::Sample, s.derived});
    }
    for (const StateChange &s : analysis.input().states)
        if (stateIn(s))
            readings[s.service].append({s.time, isFailing(s.state), Evidence::State, s.derived});
    for (auto it = readings.begin(); it != readings.end(); ++it) {
        QList<Reading> &list = it.value();
        const auto earlier = [](const Reading &a, const Reading &b) { return a.time < b.time; };
        // Mostly in order already (a service's samples are): the check is far cheaper than the sort.
        if (!std::is_sorted(list.cbegin(), list.cend(), earlier))
            std::stable_sort(list.begin(), list.end(), earlier);
        std::optional<Reading> runStart; // the first failing reading since the last healthy one
        for (const Reading &r : std::as_const(list)) {
            if (!r.failing) {
                runStart.reset();
                continue;
            }
            if (!runStart)
                runStart = r;
            if (r.time >= from) { // the run reaches into the window: it is this service's evidence
                consider(runStart->time, runStart->kind, it.key(), runStart->derived);
                break;
            }
        }
    }
    const std::optional<Incident> &incident = analysis.incident();
    for (const Service &s : analysis.services()) {
        const UserReportBaseline b
            = UserReportBaseline::of(snapshot.userReports, s.key, incident ? incident->began : std::nullopt, from, to);
        if (b.firstRiseAt)
            consider(*b.firstRiseAt, Evidence::UserReports, s.key, false);
    }
    for (const Service &s : analysis.services())
        if (s.key == lane.evidenceService)
            lane.evidenceServiceName = s.name.isEmpty() ? s.key : s.name;
    if (!incident)
        return lane;

    // Acknowledged: when the operator says it knew (the incident's detected time); a feed that
    // does not say gets the incident's first update, the first time it spoke of it.
    std::optional<TimeMs> firstUpdate;
    for (const IncidentUpdate &u : snapshot.updates)
        if (u.incidentId == incident->id)
            takeEarliest(firstUpdate, u.time);
    lane.acknowledgedAt = incident->detected ? incident->detected : firstUpdate;
    lane.resolvedAt = incident->resolved;

    for (const IncidentUpdate &u : snapshot.updates) {
        if (u.incidentId != incident->id || !u.isPublic.value_or(false))
            continue;
        if (!lane.firstPublicUpdateAt || u.time < *lane.firstPublicUpdateAt) {
            lane.firstPublicUpdateAt = u.time;
            lane.publicUpdateSource = u.source;
            lane.publicUpdateUrl = u.sourceUrl;
        }
    }
    // A reviewer's mark: of this incident, or of none but inside its window.
    for (const Annotation &a : snapshot.annotations)
        if (a.kind == regulatorNotifiedKind()
            && (a.incidentId == incident->id || (a.incidentId.isEmpty() && inWindow(a.time))))
            takeEarliest(lane.regulatorNotifiedAt, a.time);
    return lane;
}

QList<CommunicationLane::Milestone> CommunicationLane::milestones()
{
    return {Milestone::FirstEvidence, Milestone::Acknowledged, Milestone::FirstPublicUpdate,
        Milestone::RegulatorNotified, Milestone::Resolved};
}

std::optional<TimeMs> CommunicationLane::at(Milestone milestone) const
{
    switch (milestone) {
    case Milestone::FirstEvidence:
        return firstEvidenceAt;
    case Milestone::Acknowledged:
        return acknowledgedAt;
    case Milestone::FirstPublicUpdate:
        return firstPublicUpdateAt;
    case Milestone::RegulatorNotified:
        return regulatorNotifiedAt;
    case Milestone::Resolved:
        return resolvedAt;
    }
    return std::nullopt;
}

std::optional<qint64> CommunicationLane::lagSecondsBefore(Milestone milestone) const
{
    const QList<Milestone> all = milestones();
    const qsizetype i = all.indexOf(milestone);
    if (i <= 0)
        return std::nullopt;
    const std::optional<TimeMs> a = at(all[i - 1]);
    const std::optional<TimeMs> b = at(milestone);
    if (!a || !b)
        return std::nullopt;
    return (*b - *a) / 1000;
}

QString CommunicationLane::jsonKey(Milestone milestone)
{
    switch (milestone) {
    case Milestone::FirstEvidence:
        return QStringLiteral("first_evidence_at");
    case Milestone::Acknowledged:
        return QStringLiteral("acknowledged_at");
    case Milestone::FirstPublicUpdate:
        return QStringLiteral("first_public_update_at");
    case Milestone::RegulatorNotified:
        return QStringLiteral("regulator_notified_at");
    case Milestone::Resolved:
        return QStringLiteral("resolved_at");
    }
    return {};
}

QString CommunicationLane::evidenceKey(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Sample:
        return QStringLiteral("sample");
    case Evidence::State:
        return QStringLiteral("state");
    case Evidence::UserReports:
        return QStringLiteral("user_reports");
    case Evidence::None:
        break;
    }
    return {};
}

QJsonObject CommunicationLane::toJson(const QTimeZone &zone) const
{
    const auto iso = [&](const std::optional<TimeMs> &t) {
        return t ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*t, zone).toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonObject o;
    for (Milestone m : milestones())
        o.insert(jsonKey(m), iso(at(m)));
    QJsonObject lags;
    const QList<Milestone> all = milestones();
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QString from = jsonKey(all[i - 1]).chopped(3), to = jsonKey(all[i]).chopped(3);
        const std::optional<qint64> lag = lagSecondsBefore(all[i]);
        lags.insert(from + u"_to_" + to, lag ? QJsonValue(double(*lag)) : QJsonValue());
    }
    // The figure the whole lane is about: how long people waited to be told.
    lags.insert(QStringLiteral("first_evidence_to_first_public_update"),
        firstEvidenceAt && firstPublicUpdateAt ? QJsonValue(double((*firstPublicUpdateAt - *firstEvidenceAt) / 1000))
                                               : QJsonValue());
    o.insert(QStringLiteral("lags_s"), lags);
    o.insert(QStringLiteral("first_evidence"),
        evidence == Evidence::None
            ? QJsonValue()
            : QJsonValue(QJsonObject {{QStringLiteral("kind"), evidenceKey(evidence)},
                {QStringLiteral("service"), evidenceService}, {QStringLiteral("derived"), evidenceDerived}}));
    o.insert(QStringLiteral("first_public_update_source"),
        firstPublicUpdateAt ? QJsonValue(publicUpdateSource) : QJsonValue());
    o.insert(QStringLiteral("first_public_update_url"),
        firstPublicUpdateAt && !publicUpdateUrl.isEmpty() ? QJsonValue(publicUpdateUrl) : QJsonValue());
    return o;
}

QString CommunicationLane::displayName(Milestone milestone)
{
    switch (milestone) {
    case Milestone::FirstEvidence:
        return QCoreApplication::translate("CommunicationLane", "First evidence");
    case Milestone::Acknowledged:
        return QCoreApplication::translate("CommunicationLane", "Acknowledged");
    case Milestone::FirstPublicUpdate:
        return QCoreApplication::translate("CommunicationLane", "First public update");
    case Milestone::RegulatorNotified:
        return QCoreApplication::translate("CommunicationLane", "Regulator notified");
    case Milestone::Resolved:
        return QCoreApplication::translate("CommunicationLane", "Resolved");
    }
    return {};
}

QString CommunicationLane::summaryLine(const QTimeZone &zone) const
{
    QStringList parts;
    for (Milestone m : milestones()) {
        const std::optional<TimeMs> t = at(m);
        QString part = displayName(m) + u' '
            + (t ? Timestamps::formatWithZone(*t, zone, QStringLiteral("MM-dd HH:mm"))
                 : QCoreApplication::translate("CommunicationLane", "unknown"));
        if (const std::optional<qint64> lag = lagSecondsBefore(m))
            part += u" ("
                + (*lag < 0 ? u"−"_qs + Timestamps::formatDuration(-*lag) : u"+"_qs + Timestamps::formatDuration(*lag))
                + u')';
        parts.append(part);
    }
    return QCoreApplication::translate("CommunicationLane", "Communication: %1").arg(parts.join(u" → "_qs));
}
