// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "impact/overlapmodel.h"

#include <QList>
#include <QStringList>
#include <optional>
#include <vector>

struct ImpactResult;

// The population a set of services draws on (Service::audience), and its size. A service
// with no audience is an audience of its own, of its own users.
struct Audience {
    QString key; // the audience key; the service's key for a service on its own
    QString name;
    qint64 size = 0; // what the figures use: the declared size, never below a member's users
    qint64 declaredSize = 0; // the largest size its services declare; 0 when none does
    QString note; // where the size comes from
    QStringList services; // member keys, in the services' order
    bool ownService = false; // a service with no audience
    bool raisedToUsers = false; // the declared size was below a member's users and was raised
    bool operator==(const Audience &) const = default;
};

// Distinct people affected at one moment: the central estimate under the chosen overlap model,
// and the range: nested on the lowest figures of each service up to disjoint on the highest.
struct DistinctPoint {
    TimeMs time = 0;
    double central = 0.0;
    double low = 0.0;
    double high = 0.0;
    double serviceUsers = 0.0; // the plain sum over services ("service-users affected")
    bool operator==(const DistinctPoint &) const = default;
};

// Peak and people-hours of one audience or of all of them.
struct DistinctFigures {
    double peak = 0.0;
    double peakLow = 0.0;
    double peakHigh = 0.0;
    std::optional<TimeMs> peakAt;
    double peopleHours = 0.0;
    double peopleHoursLow = 0.0;
    double peopleHoursHigh = 0.0;
    bool operator==(const DistinctFigures &) const = default;
};

struct DistinctResult {
    OverlapModel model = OverlapModel::Independent;
    QList<Audience> audiences;
    QList<DistinctFigures> perAudience; // in the order of 'audiences'
    QList<DistinctPoint> series; // all audiences added up, a step function
    DistinctFigures total;
    bool derived = false; // any figure it rests on is derived

    DistinctPoint at(TimeMs t) const;
    const Audience *audienceOf(const QString &service) const;
};

// Distinct people affected: within an audience, its services' people affected combined under an
// overlap model (never above the audience's size); across audiences, added up. Pure, like the engine.
class DistinctPeople final {
public:
    static QList<Audience> audiences(const QList<Service> &services);
    // The people affected by one audience whose services affect 'affected' people each.
    static double combine(OverlapModel model, const std::vector<double> &affected, double size);
    // 'services' in the order of result.services; 'to' ends the window the hours are counted over.
    static DistinctResult compute(
        const QList<Service> &services, const ImpactResult &result, TimeMs to, OverlapModel model);
};
