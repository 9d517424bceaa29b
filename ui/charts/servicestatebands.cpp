// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/servicestatebands.h"

#include "impact/servicestateat.h"

#include <QPainter>

namespace {
QList<StateChange> reportedStates(const TimelineSnapshot &snapshot, const QString &service)
{
    return ServiceStateAt::reported(snapshot.states, service);
}

// ServiceStateAt, so a lane or node never disagrees with its tile.
ServiceState stateIn(const QList<StateChange> &sorted, const ServiceImpact *impact, TimeMs t)
{
    return ServiceStateAt::at(
        sorted, t, impact ? std::optional<double>(impact->at(t).effectiveAvailability) : std::nullopt);
}
} // namespace

ServiceState ServiceStateBands::stateAt(
    const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, const QString &service, TimeMs t)
{
    return stateIn(reportedStates(snapshot, service), analysis.result().find(service), t);
}

QList<ServiceStateBands::Band> ServiceStateBands::bands(
    const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, const QString &service)
{
    const QList<StateChange> reported = reportedStates(snapshot, service);
    const ServiceImpact *impact = analysis.result().find(service);
    // The state can only change where a report or an availability step is.
    QList<TimeMs> cuts {analysis.windowStart()};
    for (const StateChange &s : reported)
        cuts.append(s.time);
    if (impact)
        for (const ImpactPoint &p : impact->series)
            cuts.append(p.time);
    std::sort(cuts.begin(), cuts.end());
    QList<Band> out;
    for (TimeMs t : std::as_const(cuts)) {
        if (t < analysis.windowStart() || t >= analysis.windowEnd())
            continue;
        const ServiceState state = stateIn(reported, impact, t);
        if (!out.isEmpty() && out.constLast().state == state)
            continue;
        if (!out.isEmpty())
            out.last().to = t;
        out.append({t, analysis.windowEnd(), state});
    }
    return out;
}

Qt::BrushStyle ServiceStateBands::pattern(ServiceState state)
{
    // Sparser to denser as things get worse; operational stays plain.
    switch (state) {
    case ServiceState::Operational:
        return Qt::NoBrush;
    case ServiceState::Maintenance:
        return Qt::HorPattern;
    case ServiceState::Degraded:
        return Qt::Dense6Pattern;
    case ServiceState::PartialOutage:
        return Qt::BDiagPattern;
    case ServiceState::MajorOutage:
        return Qt::DiagCrossPattern;
    case ServiceState::Unknown:
        break;
    }
    return Qt::Dense5Pattern;
}

void ServiceStateBands::fill(QPainter &painter, const QRectF &rect, ServiceState state, const Theme &theme, qreal unit)
{
    painter.fillRect(rect, theme.stateColour(state));
    if (pattern(state) == Qt::NoBrush)
        return;
    // The pattern in the state's text colour, faint, so the colour still dominates.
    QColor ink = theme.stateTextColour(state);
    ink.setAlpha(110);
    // Qt's patterns are 8 device pixels, made for a screen line of about 16; the PDF
    // engine ignores a brush transform but follows the painter's, so scale that.
    const qreal scale = qMax(1.0, qRound(unit / 16.0) * 1.0);
    painter.save();
    painter.setRenderHint(QPainter::NonCosmeticBrushPatterns);
    painter.translate(rect.topLeft());
    painter.scale(scale, scale);
    painter.fillRect(QRectF(0, 0, rect.width() / scale, rect.height() / scale), QBrush(ink, pattern(state)));
    painter.restore();
}
