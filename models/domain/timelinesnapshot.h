// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QHash>

// Everything the views need from the store (TimelineStore::snapshot()), read once per refresh on the reading
// thread and then passed around by value (implicitly shared lists: cheap copies).
struct TimelineSnapshot {
    QList<Service> services;
    QList<Dependency> dependencies;
    QList<HealthSample> samples;
    QList<StateChange> states;
    QList<Incident> incidents;
    QList<IncidentUpdate> updates;
    QList<Annotation> annotations;
    QList<UserReportCount> userReports;
    QList<FeedSource> feedSources;
    QHash<QString, QString> serviceSource; // service → source of its latest record
    qint64 rejectCount = 0;
    // 0 when 'samples' are the stored rows; else the rollup level (seconds) whose bucket
    // averages stand in for them, because the store holds too many rows to load.
    int samplesLevelSec = 0;
    static constexpr qint64 kRawSampleLimit = 300000;
    // The limit in force: kRawSampleLimit, unless a test lowered it to reach the rollup path
    // with a small store (setRawSampleLimitForTests; 0 puts kRawSampleLimit back).
    static qint64 rawSampleLimit();
    static void setRawSampleLimitForTests(qint64 limit);
    bool demo = false;
    QString defaultIncident; // meta "default_incident", set by the demo loader

    // Puts the feed's own translation (source text → translated text, one language) in place of
    // every title, name and message that has one; the rest keeps the feed's words.
    void localize(const QHash<QString, QString> &translations);
    // The language the interface speaks ("ko", "en"): QLocale's default, which main() sets.
    static QString displayLanguage();

    const Incident *incident(const QString &id) const;
    const Service *service(const QString &key) const;
    const FeedSource *feedSource(const QString &name) const;
    // Seconds since the service's source last reported, when that is past its stale-after
    // time; nullopt while fresh, or when the source has no stale-after time.
    std::optional<qint64> staleSeconds(const QString &service, TimeMs now) const;
    // The incident to open with: the one asked for, else the stored default (the demo's), else
    // IncidentChoice::preferred (open, most severe, most recent, maintenance last).
    const Incident *pickIncident(const QString &requested = {}) const;
};
