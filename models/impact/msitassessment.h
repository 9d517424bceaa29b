// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "impact/serviceoutage.h"
#include "impact/thresholdcheck.h"

#include <QHash>
#include <QTimeZone>

// The Korean report's figures, in the shape of MSIT's investigation of the Pangyo fire (6 Dec
// 2022) and its later corrective demands (31 May 2024): the chronology by actor, each service's
// interruption and share of users affected, corrective items due in 1 and 3 months, and the
// user notice of an interruption of 2 h or more (Telecommunications Business Act decree, 2025).
// The actor is the service's group (the operator) where the catalogue gives one, else the service.
class MsitAssessment final {
public:
    static constexpr qint64 kNoticeMinutes = 120;

    struct ServiceRow {
        QString key, name, actor;
        std::optional<TimeMs> from; // first user affected
        std::optional<TimeMs> to; // normal again (none affected to the window's end)
        qint64 durationMs = 0; // from → to, or to the window's end while not normal
        double peakShare = 0;
        std::optional<double> peakPeople;
    };
    struct ChronologyRow {
        enum class Kind { Began, Update, ServiceDown, ServiceNormal, Resolved };
        TimeMs time = 0;
        Kind kind = Kind::Update;
        QString actor; // empty: the whole incident
        QString text; // the update's message; a service's name for its down / normal rows
    };

    QList<ServiceRow> services;
    QStringList actors; // in the order they first fail
    QList<ChronologyRow> chronology;
    qint64 longestMs = 0; // the longest interruption of a service
    ThresholdCheck noticeRequired; // "notice-required": Met when the longest is 2 h or more
    ThresholdCheck noticeInTime; // "notice-in-time": first public update within 2 h of the start
    std::optional<qint64> noticeLagMs;

    static MsitAssessment evaluate(const QList<ServiceOutage> &outages, const QHash<QString, QString> &actorOf,
        const std::optional<Incident> &incident, const QList<IncidentUpdate> &updates, std::optional<TimeMs> start,
        std::optional<TimeMs> firstPublicUpdate);
    // A corrective item's due dates: the improvement plan 1 month, its results 3 months after 'from'.
    static QPair<TimeMs, TimeMs> correctiveDue(TimeMs from, const QTimeZone &zone);
};
