// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The state timeline's layout, apart from the widget that shows it: where lanes, notes,
// milestones, hatches and the legend go. Used by statetimelinechart.cpp only.

#include "charts/communicationmarks.h"
#include "charts/incidentmarks.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"

#include <QFont>
#include <QPolygonF>
#include <QRectF>

class QPaintDevice;
class QPainter;

namespace StateTimelinePicture {

// Legend entries after the states.
enum LegendMarker { MilestoneEntry = -1, NoteEntry = -2, IncidentEntry = -3, ConflictEntry = -4 };
struct LegendItem {
    int kind; // a ServiceState, or a LegendMarker
    QString text;
    QRectF swatch;
};
struct NoteGroup {
    QRectF icon;
    qreal x = 0;
    QList<Annotation> notes;
};
struct Milestone {
    QPolygonF triangle;
    QString text;
};
// Where everything goes. Every size is a multiple of the line height 'u', so the picture
// keeps its proportions on a 96 dpi screen and on a 1200 dpi PDF page alike.
struct Picture {
    qreal u = 0;
    QFont font, nameFont;
    QRectF notes, marks, plot, axis; // marks: the incident's milestones and their windows
    QList<IncidentMarks::Milestone> incidentMilestones;
    QList<QPair<QRectF, SourceConflict>> conflicts; // hatched stretches of lanes
    QList<QRectF> lanes; // band part of each lane, in service order
    // The communication lane (#21): a strip under the incident's milestones, when there is an
    // incident; and a lane of user reports for each service that has some, under the others.
    CommunicationLane communication;
    QRectF comms;
    QList<CommunicationMarks::Mark> commsMarks;
    QList<UserReportBaseline> reportBaselines;
    QList<QString> reportNames;
    QList<QRectF> reportLanes;
    QList<NoteGroup> noteGroups;
    QList<Milestone> milestones;
    QList<LegendItem> legend;
    TimeMs from = 0, to = 1;
    qreal x(TimeMs t) const { return plot.left() + double(t - from) / double(to - from) * plot.width(); }
};

QString timeText(TimeMs t, const QTimeZone &zone);
QRectF noteIcon(qreal x, qreal top, qreal u);
void drawNoteIcon(QPainter &p, const QRectF &r, const Theme &theme, qreal u);
QPolygonF milestoneTriangle(qreal x, qreal top, qreal u);
void drawMilestone(QPainter &p, const QPolygonF &triangle, const Theme &theme, qreal u);
Picture buildPicture(const QFont &font, const QPaintDevice *device, const QRectF &rect,
    const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, TimeMs from, TimeMs to);
} // namespace StateTimelinePicture
