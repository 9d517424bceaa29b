// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"

QT_BEGIN_NAMESPACE
class QPainter;
class QRectF;
QT_END_NAMESPACE

// A service's state over time, counted as the status tiles count it, and how a state is
// painted (colour plus a pattern, so states are told apart without colour). Shared by the
// state timeline and the dependency view so the two never disagree.
class ServiceStateBands final {
public:
    // A run of one state: from..to, half-open.
    struct Band {
        TimeMs from = 0;
        TimeMs to = 0;
        ServiceState state = ServiceState::Unknown;
    };

    // The last reported state at or before 't'; before any report, or for a service that
    // has none, read off its effective availability.
    static ServiceState stateAt(
        const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, const QString &service, TimeMs t);
    // The service's states over the analysis window, equal neighbours merged.
    static QList<Band> bands(
        const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, const QString &service);

    static Qt::BrushStyle pattern(ServiceState state);
    // 'unit' is the line height of the text beside it: patterns grow with it, so they
    // stay visible on a 1200 dpi page instead of turning into a flat tint.
    static void fill(QPainter &painter, const QRectF &rect, ServiceState state, const Theme &theme, qreal unit);
};
