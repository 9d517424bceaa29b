// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "domain/scenario.h"

// Everything one parse produced: the records it could take and the rejects it could not.
struct FeedBatch {
    QList<Service> services;
    // Services the feed named (components, label values, feed keys), users unknown: stored
    // only where no row exists, so they never overwrite what the operator set. Not records.
    QList<Service> seenServices;
    QList<Dependency> dependencies;
    QList<HealthSample> samples;
    QList<StateChange> states;
    QList<Incident> incidents;
    QList<IncidentUpdate> updates;
    QList<Annotation> annotations;
    QList<Scenario> scenarios;
    QList<UserReportCount> userReports;
    QList<Reject> rejects;
    // Texts of these records in other languages: not records themselves, they ride along.
    QList<TextTranslation> translations;

    qsizetype recordCount() const
    {
        return services.size() + dependencies.size() + samples.size() + states.size() + incidents.size()
            + updates.size() + annotations.size() + scenarios.size() + userReports.size();
    }
    bool isEmpty() const { return recordCount() == 0 && rejects.isEmpty(); }
    // Adds to seenServices every service the records name that neither list has yet.
    void registerSeenServices();
    void append(const FeedBatch &other)
    {
        services += other.services;
        seenServices += other.seenServices;
        dependencies += other.dependencies;
        samples += other.samples;
        states += other.states;
        incidents += other.incidents;
        updates += other.updates;
        annotations += other.annotations;
        scenarios += other.scenarios;
        userReports += other.userReports;
        rejects += other.rejects;
        translations += other.translations;
    }
};

Q_DECLARE_METATYPE(FeedBatch)
