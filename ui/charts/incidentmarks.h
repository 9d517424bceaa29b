// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/incidentanalysis.h"

#include <QCoreApplication>
#include <QPolygonF>
#include <QRectF>
#include <functional>

class QPainter;

// What the state timeline adds for issue #20, apart from the lanes it draws: the incident's
// milestones (began, detected, mitigated, resolved) with the window their sources leave open,
// and the stretches where sources report different states for a service (hatched).
class IncidentMarks final {
    Q_DECLARE_TR_FUNCTIONS(IncidentMarks)

public:
    struct Milestone {
        QString name; // "mitigated", translated
        TimeMs at = 0;
        MilestoneWindow window;
        QRectF hit; // where it is drawn, for tooltips
    };
    // The incident's milestones in time order; empty without an incident.
    static QList<Milestone> milestones(const IncidentAnalysis &analysis);
    // Each milestone in 'strip': a bar over its window (when it has one) and a diamond at its
    // time. 'x' maps a time to the strip's x. Fills each milestone's hit box.
    static void drawMilestones(QPainter &painter, const QRectF &strip, const std::function<qreal(TimeMs)> &x,
        QList<Milestone> &milestones, const Theme &theme, qreal u);
    // Only the hit boxes drawMilestones would give.
    static void layout(
        QList<Milestone> &milestones, const QRectF &strip, const std::function<qreal(TimeMs)> &x, qreal u);
    static QString milestoneText(const Milestone &m, const QTimeZone &zone);
    // A conflict's stretch of a lane: diagonal strokes in the accent colour, wider apart than
    // any state's pattern, and a dashed outline; the same on screen and on paper.
    static void drawConflict(QPainter &painter, const QRectF &rect, const Theme &theme, qreal u);
    static QString conflictText(const SourceConflict &c, const QString &serviceName, const QTimeZone &zone);
    // The legend's words.
    static QString milestoneLegend();
    static QString conflictLegend();
    // The diamond of a milestone centred on (x, centreY).
    static QPolygonF diamond(qreal x, qreal centreY, qreal u);
};
