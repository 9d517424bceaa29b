// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timelinesnapshot.h"
#include "domain/timestamps.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

class IncidentAnalysis;

// How long it took to tell people: the milestones from the first sign of trouble to the
// resolution, as the data records them. A milestone the data does not know stays empty; it is
// never guessed from the others.
//
// First evidence: the earliest of a failing sample or state of the analysis' services in its
// window (a failure already under way when the window opens counts from its start, up to 24 h
// back, if no healthy reading came between) and the first rise of their user reports.
// Acknowledged: the incident's detected time, else its first update. First public update: its
// earliest update marked public. Regulator notified: the earliest note of that kind.
struct CommunicationLane {
    // What the first evidence was.
    enum class Evidence {
        None,
        Sample, // a health sample below the operational level (ServiceStateAt: < 99.9 %)
        State, // a reported state of degraded, partial or major outage
        UserReports, // user reports rising above their usual level (UserReportBaseline)
    };
    enum class Milestone { FirstEvidence, Acknowledged, FirstPublicUpdate, RegulatorNotified, Resolved };

    std::optional<TimeMs> firstEvidenceAt, acknowledgedAt, firstPublicUpdateAt, regulatorNotifiedAt, resolvedAt;

    Evidence evidence = Evidence::None;
    QString evidenceService; // the service the first evidence is about (its key)
    QString evidenceServiceName; // and its display name
    bool evidenceDerived = false; // the evidence is a reconstruction, not a measurement
    QString publicUpdateSource; // where the first public update was published, as the feed says
    QString publicUpdateUrl;

    // How far before the window a failure that runs into it is followed back.
    static constexpr TimeMs kLookBack = 24 * 3600 * 1000LL;

    // The annotation kind a reviewer's "regulator notified" mark is stored under.
    static QString regulatorNotifiedKind() { return QStringLiteral("regulator-notified"); }

    // The lane of the analysis' incident (without one: the evidence in its window only).
    static CommunicationLane of(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis);

    static QList<Milestone> milestones();
    std::optional<TimeMs> at(Milestone milestone) const;
    // Seconds from the previous milestone in milestones() order to this one; nullopt for the
    // first, or when either time is unknown. Negative when the later one came first (a notice
    // published before the operator declared the incident is possible, and shown as it is).
    std::optional<qint64> lagSecondsBefore(Milestone milestone) const;
    // Wire key ("first_evidence_at") of a milestone, as `summary --json` writes it.
    static QString jsonKey(Milestone milestone);
    // Wire name of the evidence kind: "sample", "state", "user_reports"; empty for None.
    static QString evidenceKey(Evidence evidence);

    // `summary --json` → "communication": the five times as ISO 8601 in 'zone' with its offset
    // (null when unknown), the lags in seconds between consecutive milestones (null when either
    // is unknown) and what the first evidence was.
    QJsonObject toJson(const QTimeZone &zone) const;
    // One line for the table `summary` prints: each milestone with the lag from the one before.
    QString summaryLine(const QTimeZone &zone) const;
    // The milestone's name for people ("First public update").
    static QString displayName(Milestone milestone);
};
