// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/incidentmarks.h"

#include "common/timeaxisticks.h"

#include <QLocale>
#include <QPainter>

namespace {
QString timeText(TimeMs t, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t, zone), IncidentMarks::tr("d MMM HH:mm")) + u' '
        + TimeAxisTicks::zoneAbbreviation(zone, t);
}
} // namespace

QList<IncidentMarks::Milestone> IncidentMarks::milestones(const IncidentAnalysis &analysis)
{
    QList<Milestone> out;
    const auto &incident = analysis.incident();
    if (!incident)
        return out;
    const std::tuple<QString, std::optional<TimeMs>, MilestoneWindow> all[]
        = {{tr("began"), incident->began, incident->beganWindow},
            {tr("detected"), incident->detected, incident->detectedWindow},
            {tr("mitigated"), incident->mitigated, incident->mitigatedWindow},
            {tr("resolved"), incident->resolved, incident->resolvedWindow}};
    for (const auto &[name, at, window] : all)
        if (at)
            out.append({name, *at, window, {}});
    return out;
}

QPolygonF IncidentMarks::diamond(qreal x, qreal centreY, qreal u)
{
    const qreal r = 0.3 * u;
    return QPolygonF(
        {QPointF(x, centreY - r), QPointF(x + r, centreY), QPointF(x, centreY + r), QPointF(x - r, centreY)});
}

void IncidentMarks::layout(
    QList<Milestone> &milestones, const QRectF &strip, const std::function<qreal(TimeMs)> &x, qreal u)
{
    for (Milestone &m : milestones) {
        const qreal at = x(m.at);
        m.hit = QRectF(at - 0.4 * u, strip.top(), 0.8 * u, strip.height());
        if (!m.window.isEmpty())
            m.hit = m.hit.united(QRectF(QPointF(x(m.window.earliest.value_or(m.at)), strip.top()),
                QPointF(x(m.window.latest.value_or(m.at)), strip.bottom())));
    }
}

void IncidentMarks::drawMilestones(QPainter &painter, const QRectF &strip, const std::function<qreal(TimeMs)> &x,
    QList<Milestone> &milestones, const Theme &theme, qreal u)
{
    layout(milestones, strip, x, u);
    painter.save();
    const qreal mid = strip.center().y();
    for (const Milestone &m : milestones) {
        const qreal at = x(m.at);
        if (!m.window.isEmpty()) {
            // The window: a bar from earliest to latest with end ticks, under the diamond.
            const qreal l = x(m.window.earliest.value_or(m.at)), r = x(m.window.latest.value_or(m.at));
            QColor fill = theme.accent;
            fill.setAlpha(70);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRect(QRectF(QPointF(l, mid - 0.18 * u), QPointF(r, mid + 0.18 * u)));
            painter.setPen(QPen(theme.accent, u / 10));
            painter.drawLine(QPointF(l, mid - 0.35 * u), QPointF(l, mid + 0.35 * u));
            painter.drawLine(QPointF(r, mid - 0.35 * u), QPointF(r, mid + 0.35 * u));
        }
        painter.setPen(QPen(theme.panel, u / 16));
        painter.setBrush(theme.accent);
        painter.drawPolygon(diamond(at, mid, u));
    }
    painter.restore();
}

QString IncidentMarks::milestoneText(const Milestone &m, const QTimeZone &zone)
{
    if (m.window.isEmpty())
        return tr("Incident %1 at %2").arg(m.name, timeText(m.at, zone));
    return tr("Incident %1 at %2; its sources leave %3 – %4 open. %5")
        .arg(m.name, timeText(m.at, zone), timeText(m.window.earliest.value_or(m.at), zone),
            timeText(m.window.latest.value_or(m.at), zone), m.window.note);
}

void IncidentMarks::drawConflict(QPainter &painter, const QRectF &rect, const Theme &theme, qreal u)
{
    if (rect.width() <= 0)
        return;
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(QPen(theme.accent, u / 7));
    // Strokes every 0.6 u, rising to the right: no state's pattern looks like this.
    const qreal step = 0.6 * u;
    for (qreal x = rect.left() - rect.height(); x < rect.right(); x += step)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(theme.accent, u / 10, Qt::DashLine));
    painter.drawRect(rect.adjusted(u / 20, u / 20, -u / 20, -u / 20));
    painter.restore();
}

QString IncidentMarks::conflictText(const SourceConflict &c, const QString &serviceName, const QTimeZone &zone)
{
    QStringList said;
    for (const StateChange &s : c.reports)
        said.append(tr("%1 says %2").arg(s.source, ServiceStates::displayName(s.state)));
    return tr("%1, %2 – %3: sources disagree. %4; %5.")
        .arg(serviceName, timeText(c.time, zone), timeText(c.until, zone), said.join(QStringLiteral("; ")),
            c.followedText());
}

QString IncidentMarks::milestoneLegend()
{
    return tr("incident milestone and its window");
}

QString IncidentMarks::conflictLegend()
{
    return tr("sources disagree");
}
