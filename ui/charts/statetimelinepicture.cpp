// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/statetimelinepicture.h"

#include "charts/recoverychartbuilder.h"
#include "charts/statetimelinechart.h"
#include "common/timeaxisticks.h"

#include <QChart>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace StateTimelinePicture {

QString timeText(TimeMs t, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t, zone), StateTimelineChart::tr("d MMM HH:mm")) + u' '
        + TimeAxisTicks::zoneAbbreviation(zone, t);
}

QRectF noteIcon(qreal x, qreal top, qreal u)
{
    return QRectF(x - 0.4 * u, top + 0.15 * u, 0.8 * u, 0.95 * u);
}

void drawNoteIcon(QPainter &p, const QRectF &r, const Theme &theme, qreal u)
{
    // A page with a folded corner: reads as "note" without relying on an emoji font.
    const qreal fold = r.width() * 0.35;
    p.setPen(QPen(theme.accent, u / 12));
    p.setBrush(theme.panel);
    p.drawPolygon(QPolygonF({r.topLeft(), QPointF(r.right() - fold, r.top()), QPointF(r.right(), r.top() + fold),
        r.bottomRight(), r.bottomLeft()}));
    for (qreal share : {0.6, 0.85})
        p.drawLine(QPointF(r.left() + r.width() * 0.2, r.top() + r.height() * share),
            QPointF(r.right() - r.width() * 0.2, r.top() + r.height() * share));
}

QPolygonF milestoneTriangle(qreal x, qreal top, qreal u)
{
    return QPolygonF({QPointF(x - 0.32 * u, top), QPointF(x + 0.32 * u, top), QPointF(x, top + 0.5 * u)});
}

void drawMilestone(QPainter &p, const QPolygonF &triangle, const Theme &theme, qreal u)
{
    p.setPen(QPen(theme.panel, u / 16));
    p.setBrush(theme.text);
    p.drawPolygon(triangle);
}

Picture buildPicture(const QFont &font, const QPaintDevice *device, const QRectF &rect,
    const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, TimeMs from, TimeMs to)
{
    Picture pic;
    pic.from = from;
    pic.to = qMax(from + 1, to);
    pic.font = pic.nameFont = font;
    const QFontMetricsF fm(font, device);
    const qreal u = pic.u = fm.height();
    // Names get at most 28 % of the width; longer names shrink rather than being cut.
    qreal nameWidth = fm.horizontalAdvance(RecoveryChartBuilder::axisTitle(analysis));
    for (const Service &s : analysis.services())
        nameWidth = qMax(nameWidth, fm.horizontalAdvance(s.name));
    if (analysis.incident())
        nameWidth = qMax(nameWidth, fm.horizontalAdvance(CommunicationMarks::laneName()));
    if (nameWidth > rect.width() * 0.28 && font.pointSizeF() > 0) {
        pic.nameFont.setPointSizeF(font.pointSizeF() * rect.width() * 0.28 / nameWidth);
        nameWidth = rect.width() * 0.28;
    }
    const qreal left = rect.left() + nameWidth + 1.0 * u, right = rect.right() - 0.8 * u;

    // The legend flows onto as many rows as the width needs, from the bottom up.
    for (ServiceState s : {ServiceState::Operational, ServiceState::Degraded, ServiceState::PartialOutage,
             ServiceState::MajorOutage, ServiceState::Maintenance, ServiceState::Unknown})
        pic.legend.append({int(s), Theme::stateSymbol(s) + u' ' + ServiceStates::displayName(s), {}});
    pic.legend.append({MilestoneEntry, StateTimelineChart::tr("recovery milestone"), {}});
    pic.legend.append({NoteEntry, StateTimelineChart::tr("annotation"), {}});
    pic.incidentMilestones = IncidentMarks::milestones(analysis);
    if (!pic.incidentMilestones.isEmpty())
        pic.legend.append({IncidentEntry, IncidentMarks::milestoneLegend(), {}});
    if (!analysis.conflicts().isEmpty())
        pic.legend.append({ConflictEntry, IncidentMarks::conflictLegend(), {}});
    qreal x = rect.left() + 0.5 * u, y = 0;
    for (LegendItem &item : pic.legend) {
        const qreal w = 3.2 * u + fm.horizontalAdvance(item.text);
        if (x + w > rect.right() && x > rect.left() + 0.5 * u) {
            x = rect.left() + 0.5 * u;
            y += 1.4 * u;
        }
        item.swatch = QRectF(x, y, 1.6 * u, 0.8 * u);
        x += w;
    }
    const qreal legendTop = rect.bottom() - y - 1.4 * u;
    for (LegendItem &item : pic.legend)
        item.swatch.translate(0, legendTop + 0.15 * u);

    pic.axis = QRectF(left, legendTop - 1.8 * u, right - left, 1.7 * u);
    pic.notes = QRectF(left, rect.top() + 0.2 * u, right - left, 1.3 * u);
    pic.marks = QRectF(left, pic.notes.bottom(), right - left, pic.incidentMilestones.isEmpty() ? 0.0 : 1.0 * u);
    if (analysis.incident()) {
        pic.communication = CommunicationLane::of(snapshot, analysis);
        pic.commsMarks = CommunicationMarks::marks(pic.communication);
    }
    pic.comms = QRectF(left, pic.marks.bottom(), right - left, analysis.incident() ? 1.1 * u : 0.0);
    pic.plot = QRectF(QPointF(left, pic.comms.bottom()), QPointF(right, pic.axis.top()));
    if (!snapshot.userReports.isEmpty()) {
        const std::optional<TimeMs> began = analysis.incident() ? analysis.incident()->began : std::nullopt;
        for (const Service &s : analysis.services()) {
            UserReportBaseline b = UserReportBaseline::of(
                snapshot.userReports, s.key, began, analysis.windowStart(), analysis.windowEnd());
            if (b.basis != UserReportBaseline::Basis::None) {
                pic.reportBaselines.append(b);
                pic.reportNames.append(CommunicationMarks::reportsLaneName(s.name));
            }
        }
    }
    const int n = int(analysis.services().size());
    const int lanes = n + int(pic.reportBaselines.size());
    const qreal gap = 0.2 * u;
    const qreal laneHeight = lanes > 0 ? qMax<qreal>(1.0, (pic.plot.height() - gap * (lanes - 1)) / lanes) : 0;
    for (int i = 0; i < n; ++i)
        pic.lanes.append(QRectF(left, pic.plot.top() + i * (laneHeight + gap), right - left, laneHeight));
    for (int i = n; i < lanes; ++i)
        pic.reportLanes.append(QRectF(left, pic.plot.top() + i * (laneHeight + gap), right - left, laneHeight));

    // This incident's notes; those whose icons would touch share one icon with a count.
    const QString incident = analysis.incident() ? analysis.incident()->id : QString();
    QList<Annotation> notes;
    for (const Annotation &a : snapshot.annotations)
        if ((a.incidentId.isEmpty() || a.incidentId == incident)
            && (a.service.isEmpty() || analysis.result().find(a.service)) && a.time >= pic.from && a.time <= pic.to)
            notes.append(a);
    std::stable_sort(
        notes.begin(), notes.end(), [](const Annotation &a, const Annotation &b) { return a.time < b.time; });
    for (const Annotation &a : std::as_const(notes)) {
        if (!pic.noteGroups.isEmpty() && pic.x(a.time) - pic.noteGroups.constLast().x < 1.6 * u)
            pic.noteGroups.last().notes.append(a);
        else
            pic.noteGroups.append({noteIcon(pic.x(a.time), pic.notes.top(), u), pic.x(a.time), {a}});
    }
    for (const SourceConflict &c : analysis.conflicts())
        for (int i = 0; i < n; ++i)
            if (analysis.services().at(i).key == c.service && c.until > pic.from && c.time < pic.to)
                pic.conflicts.append({QRectF(QPointF(pic.x(qMax(c.time, pic.from)), pic.lanes.at(i).top()),
                                          QPointF(pic.x(qMin(c.until, pic.to)), pic.lanes.at(i).bottom())),
                    c});
    for (int i = 0; i < n; ++i) {
        const ServiceImpact *impact = analysis.result().find(analysis.services().at(i).key);
        if (!impact)
            continue;
        const RecoveryMilestones &m = impact->milestones;
        const QList<QPair<std::optional<TimeMs>, QString>> marks
            = {{m.firstPartial, StateTimelineChart::tr("first partial recovery")},
                {m.recovered50, StateTimelineChart::tr("50 % recovered")},
                {m.recovered90, StateTimelineChart::tr("90 % recovered")},
                {m.full, StateTimelineChart::tr("full recovery")}};
        std::optional<TimeMs> last;
        for (const auto &[time, what] : marks) {
            if (!time || *time < pic.from || *time > pic.to)
                continue;
            const QString line = StateTimelineChart::tr("%1: %2 at %3")
                                     .arg(analysis.services().at(i).name, what, timeText(*time, analysis.timeZone()));
            if (last == time) // milestones at the same time share a marker
                pic.milestones.last().text += u'\n' + line;
            else
                pic.milestones.append({milestoneTriangle(pic.x(*time), pic.lanes.at(i).top(), u), line});
            last = time;
        }
    }
    return pic;
}

} // namespace StateTimelinePicture
