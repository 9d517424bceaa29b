// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

class IncidentAnalysis;

// One service's share of users affected over an incident, as a step function: what the
// regulators' availability tests measure. The share is 1 − effective availability (the
// service as its users meet it, dependencies included); each step holds until the next one
// or the end of the window.
class ServiceOutage final {
public:
    struct Step {
        TimeMs time = 0;
        double share = 0; // 0..1 of the service's users affected
    };
    struct Run {
        qint64 ms = 0;
        std::optional<TimeMs> from; // unset when the test never held
    };
    // "Completely unavailable": every user affected (allowing for rounding).
    static constexpr double kUnavailable = 0.999;

    ServiceOutage() = default;
    ServiceOutage(QString key, QString name, std::optional<qint64> users, QList<Step> steps, TimeMs end);
    // The incident's services, from the impact engine's series (own and through dependencies).
    static QList<ServiceOutage> of(const IncidentAnalysis &analysis);

    const QString &key() const { return m_key; }
    const QString &name() const { return m_name; }
    std::optional<qint64> users() const { return m_users; }
    const QList<Step> &steps() const { return m_steps; }
    TimeMs end() const { return m_end; }

    // The longest unbroken stretch in which 'test' holds for the share.
    Run longestRun(const std::function<bool(double)> &test) const;
    Run longestUnavailable() const;
    Run longestShareAbove(double share) const;
    // Unbroken stretch with more than 'people' users affected; nullopt when users are unknown.
    std::optional<Run> longestPeopleAbove(double people) const;
    double peakShare() const;
    std::optional<double> peakPeople() const;
    // First time any user was affected, and the time from which none was to the window's end.
    std::optional<TimeMs> outageStart() const;
    std::optional<TimeMs> recovered() const;

private:
    QString m_key;
    QString m_name;
    std::optional<qint64> m_users;
    QList<Step> m_steps;
    TimeMs m_end = 0;
};
