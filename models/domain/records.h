// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The normalized records every feed is turned into and the store keeps.
// Plain value types: no Qt object model, cheap to copy across threads.

#include "domain/servicestate.h"
#include "domain/timestamps.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

struct Service {
    QString key; // natural key, e.g. "messaging"
    QString name; // display name, e.g. "KakaoTalk"
    // People who rely on it. Unset: nobody said (a service a feed named before the operator gave
    // its count), which is not zero: its share affected is known, its people are not.
    std::optional<qint64> users;
    QString colour; // optional "#rrggbb" hint; the theme decides when empty
    QString note; // provenance of the user count ("derived: ...")
    // The population the service draws its users from ("kakao-account"): services of one
    // audience share people, so their affected users are not simply added (DistinctPeople).
    // Empty: the service is an audience of its own, of size 'users'.
    QString audience {};
    QString audienceName {}; // "Kakao account holders"
    qint64 audienceSize = 0; // people in the audience; 0 when this record does not say
    QString audienceNote {}; // where the audience's size comes from
    QString group {}; // the feed's grouping (a Statuspage component group): a hint, not a dependency
    bool usersKnown() const { return users.has_value(); }
    // For sums that count known users only: callers say how many services had none.
    qint64 usersOrZero() const { return users.value_or(0); }
    bool operator==(const Service &) const = default;
};

// 'service' needs 'dependsOn'; 'share' of service's users are reached when dependsOn fails.
struct Dependency {
    QString service;
    QString dependsOn;
    double share = 1.0;
    QString note;
    bool operator==(const Dependency &) const = default;
};

struct HealthSample {
    TimeMs time = 0;
    QString service;
    QString source;
    double availability = 1.0; // 0..1 share of the function that works
    std::optional<double> latencyMs;
    std::optional<double> errorRate;
    bool derived = false; // true when reconstructed, not measured or reported
    // Derived samples only: when the sources leave the time of the change open, the earliest
    // and latest it may have happened; when they leave the value open, its lowest and highest.
    // 'time' and 'availability' stay the central estimate, inside these bounds.
    std::optional<TimeMs> earliest {};
    std::optional<TimeMs> latest {};
    std::optional<double> availabilityLow {};
    std::optional<double> availabilityHigh {};
    QString rangeNote {}; // which sources give the bounds
    bool hasRange() const { return earliest || latest || availabilityLow || availabilityHigh; }
    bool operator==(const HealthSample &) const = default;
};

struct StateChange {
    TimeMs time = 0;
    QString service;
    ServiceState state = ServiceState::Unknown;
    QString rawState; // the source's own word, kept verbatim
    QString source;
    QString message;
    bool derived = false;
    // Derived states only: the earliest and latest the change may have happened, by its sources.
    std::optional<TimeMs> earliest {};
    std::optional<TimeMs> latest {};
    QString rangeNote {}; // which sources give the bounds
    bool hasRange() const { return earliest || latest; }
    bool operator==(const StateChange &) const = default;
};

// When the sources disagree on a milestone of an incident: the earliest and latest it may have
// been, and which sources say so. The milestone itself is the central estimate, inside it.
struct MilestoneWindow {
    std::optional<TimeMs> earliest {};
    std::optional<TimeMs> latest {};
    QString note {};
    bool isEmpty() const { return !earliest && !latest; }
    bool operator==(const MilestoneWindow &) const = default;
};

struct Incident {
    QString id;
    QString title;
    QString severity; // none, minor, major, critical
    std::optional<TimeMs> began;
    std::optional<TimeMs> detected;
    std::optional<TimeMs> mitigated;
    std::optional<TimeMs> resolved;
    QString timeZone; // IANA id used for display, e.g. "Asia/Seoul"
    QStringList services;
    QString source;
    QString summary;
    MilestoneWindow beganWindow {};
    MilestoneWindow detectedWindow {};
    MilestoneWindow mitigatedWindow {};
    MilestoneWindow resolvedWindow {};
    bool operator==(const Incident &) const = default;
};

struct IncidentUpdate {
    QString incidentId;
    TimeMs time = 0;
    QString status; // investigating, identified, monitoring, resolved, ...
    QString message;
    QStringList services;
    QString source;
    bool derived = false;
    // Where the update can be read (an http or https URL) and how far it can be trusted:
    // "high" (the operator's or an official report), "medium" (reputable news), "low" (an
    // aggregator or a secondary copy). Empty when the feed does not say.
    QString sourceUrl {};
    QString confidence {};
    // Whether the update was published to the people affected (a status page, a public post):
    // what the communication lane's "first public update" is read from. Unset when the feed
    // does not say; such an update is not taken as public.
    std::optional<bool> isPublic {};
    bool operator==(const IncidentUpdate &) const = default;
};

struct Annotation {
    qint64 id = 0; // store row id; 0 until stored
    TimeMs time = 0;
    QString service; // optional
    QString incidentId; // optional
    QString author;
    QString text;
    // Empty for a note; "regulator-notified" (CommunicationLane::regulatorNotifiedKind) for a
    // reviewer's mark of when the regulator was told.
    QString kind {};
    bool operator==(const Annotation &) const = default;
};

// How many users reported a problem with a service in the interval ending at 'time', as
// outage-report sites and support desks count them: a measured signal of its own, not an
// availability.
struct UserReportCount {
    TimeMs time = 0;
    QString service;
    qint64 count = 0;
    QString source;
    bool operator==(const UserReportCount &) const = default;
};

// A feed's own translation of one of its texts (a title, a name, a message) into another
// language: the display picks it when the interface speaks that language. Keyed by the text it
// translates, so one translation serves every record that repeats the text.
struct TextTranslation {
    QString language; // "ko": an ISO 639 code, lower case
    QString source; // the record's own text, as stored
    QString text;
    bool operator==(const TextTranslation &) const = default;
};

// What a source sent that could not be taken, kept so nothing is silently lost.
struct Reject {
    QString source; // file path, URL or listener name
    qint64 line = 0; // 1-based; 0 when not line-oriented
    qint64 offset = -1; // byte offset of the record, -1 when unknown
    QString field;
    QString reason;
    QString raw; // truncated copy of what was sent
    TimeMs receivedAt = 0;
    bool operator==(const Reject &) const = default;
};

struct FeedSource {
    QString name;
    QString kind; // file, follow, poll, webhook
    QString location;
    std::optional<TimeMs> lastSeen;
    QString lastError;
    qint64 staleAfterSec = 0; // 0: never stale
    bool operator==(const FeedSource &) const = default;
};

Q_DECLARE_METATYPE(Service)
Q_DECLARE_METATYPE(HealthSample)
Q_DECLARE_METATYPE(StateChange)
Q_DECLARE_METATYPE(Incident)
Q_DECLARE_METATYPE(Annotation)
Q_DECLARE_METATYPE(Reject)
