// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/scenario.h"
#include "impact/impactengine.h"

#include <optional>

// The scenario maths: what a Scenario (a value type) does to the engine's input. Kept apart
// from Scenario so that parsers and the store, which read and write scenarios, never compile
// against the engine.
class ScenarioApplier final {
public:
    // The moment a change takes effect: its time, or the incident's start (else the window's)
    // plus its minutes; nullopt for dependency changes.
    static std::optional<TimeMs> effectiveTime(
        const ScenarioChange &change, const ImpactInput &recorded, const Incident &incident);
    // The recorded input with the changes applied. Pure: 'recorded' is taken by const
    // reference and a changed copy is returned; the recorded records are never touched.
    static ImpactInput apply(const Scenario &scenario, const ImpactInput &recorded, const Incident &incident);
};
