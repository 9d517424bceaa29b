// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timelinesnapshot.h"

#include <optional>

class IncidentAnalysis;

// The moments a regulator's clocks start from and the notice checks read: when the operator
// became aware, when the public was first told, when the regulator was notified. One place,
// so that every template reads them the same way and says where each came from.
class RegulatoryClock final {
public:
    enum class AwarenessBasis {
        Acknowledged, // the communication lane's acknowledgement
        FirstEvidence, // the lane's first evidence (first failing sample, alert, user report)
        Detected, // the incident's detected time
        IncidentStart, // nothing better: the incident's start
        Unknown, // no incident, no start
    };
    enum class NoticeBasis {
        PublicUpdate, // the lane's first public update
        None,
    };

    std::optional<TimeMs> start; // the incident's start (else the first outage)
    std::optional<TimeMs> awareness;
    AwarenessBasis awarenessBasis = AwarenessBasis::Unknown;
    std::optional<TimeMs> firstPublicUpdate;
    NoticeBasis noticeBasis = NoticeBasis::None;
    std::optional<TimeMs> regulatorNotified;
    std::optional<TimeMs> resolved;

    static RegulatoryClock of(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis);
};
